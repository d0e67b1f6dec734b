using System.Net;
using Concord.Agreements.Endpoints;
using Concord.Contracts.Sharing;
using Xunit;

namespace Concord.Agreements.Tests.Integration;

/// <summary>The common first steps of a test, over the REST API with real tokens.</summary>
public static class Steps
{
    /// <summary>Registers a legal gateway of the test's own and returns its code.</summary>
    public static async Task<string> RegisterGatewayAsync(this AgreementsHost host, params Purpose[] purposes)
    {
        var code = Drafts.NewCode("GB-TEST");
        using var secretariat = await host.ClientAsync(Clients.Secretariat);
        var (status, body) = await Api.PostAsync(secretariat, "/api/v1/legal-gateways", Drafts.Gateway(code, purposes));
        Assert.True(status == HttpStatusCode.Created, $"registering {code}: {(int)status} {body}");
        return code;
    }

    /// <summary>Drafts a statutory agreement between <paramref name="bank"/> and fiu-gb on a new gateway.</summary>
    public static async Task<AgreementDetails> DraftAsync(this AgreementsHost host, string bank = "bank-gamma", DateTimeOffset? validUntil = null)
    {
        var gateway = await host.RegisterGatewayAsync();
        using var secretariat = await host.ClientAsync(Clients.Secretariat);
        return await Api.ExpectAsync(secretariat, HttpMethod.Post, "/api/v1/agreements", Drafts.Statutory(Drafts.NewCode(), gateway, bank, validUntil: validUntil), HttpStatusCode.Created);
    }

    /// <summary>Drafts an agreement between <paramref name="bank"/> and fiu-gb, and has both approve it.</summary>
    public static async Task<AgreementDetails> ActiveAsync(this AgreementsHost host, string bank = "bank-gamma", DateTimeOffset? validUntil = null)
    {
        var draft = await host.DraftAsync(bank, validUntil);
        await host.ApproveAsync(draft.Id, BankClient(bank));
        return await host.ApproveAsync(draft.Id, Clients.Fiu);
    }

    public static async Task<AgreementDetails> ApproveAsync(this AgreementsHost host, Guid id, (string Id, string Secret, string Scope) party)
    {
        using var http = await host.ClientAsync(party);
        return await Api.ExpectAsync(http, HttpMethod.Post, $"/api/v1/agreements/{id}/approvals", null, HttpStatusCode.OK);
    }

    public static async Task<AgreementDetails> SecretariatAsync(this AgreementsHost host, Guid id, string action, object? body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var secretariat = await host.ClientAsync(Clients.Secretariat);
        return await Api.ExpectAsync(secretariat, HttpMethod.Post, $"/api/v1/agreements/{id}/{action}", body, expected);
    }

    public static (string Id, string Secret, string Scope) BankClient(string bank) => bank switch
    {
        "bank-alpha" => Clients.BankAlpha,
        "bank-beta" => Clients.BankBeta,
        "bank-gamma" => Clients.BankGamma,
        _ => throw new ArgumentOutOfRangeException(nameof(bank), bank, "No demo client acts for this bank."),
    };
}
