using System.Net;
using System.Text.Json;
using Concord.Agreements.Endpoints;
using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Audit;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Concord.Agreements.Tests.Integration;

/// <summary>Onward-sharing consents: granted and withdrawn by the originator, seen by both ends, published with the next change number.</summary>
public sealed class ConsentTests(AgreementsHost host) : IClassFixture<AgreementsHost>
{
    [Fact]
    public async Task Grant_ThenWithdraw_PublishesBothWithRisingSequencesAndAuditsThem()
    {
        using var alpha = await host.ClientAsync(Clients.BankAlpha);

        var granted = await GrantAsync(alpha, "fiu-gb", Purpose.Investigation);
        var published = await host.Events.WaitForAsync<OnwardSharingConsentChanged>(c => c.Consent.ConsentId == granted.Id, "the consent is published");
        var (status, body) = await Api.PostAsync(alpha, $"/api/v1/consents/{granted.Id}/withdrawal");
        var withdrawn = body.Deserialize<ConsentResponse>(Api.Json)!;
        var revocation = await host.Events.WaitForAsync<OnwardSharingConsentChanged>(c => c.Consent.ConsentId == granted.Id && c.Consent.RevokedAt is not null, "the withdrawal is published");

        Assert.Equal(("bank-alpha", "fiu-gb", Purpose.Investigation, granted.Sequence), (published.Consent.Originator, published.Consent.Recipient, published.Consent.Purpose, published.Sequence));
        Assert.Null(published.Consent.RevokedAt);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(withdrawn.Sequence, revocation.Sequence);
        Assert.True(revocation.Sequence > published.Sequence);
        Assert.Equal(withdrawn.RevokedAt, revocation.Consent.RevokedAt);
        var audited = await host.QueryAsync(db => db.Set<AuditEntry>().Where(e => e.Subject == $"consent:{granted.Id}").OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());
        Assert.Equal(["grant consent", "withdraw consent"], audited);
    }

    [Fact]
    public async Task Withdraw_ByTheRecipient_Returns403_ByAnyoneElse_Returns404_Twice_Returns409()
    {
        using var alpha = await host.ClientAsync(Clients.BankAlpha);
        using var fiu = await host.ClientAsync(Clients.Fiu);
        using var beta = await host.ClientAsync(Clients.BankBeta);
        var consent = await GrantAsync(alpha, "fiu-gb", Purpose.Analysis);

        var (byRecipient, _) = await Api.PostAsync(fiu, $"/api/v1/consents/{consent.Id}/withdrawal");
        var (byStranger, _) = await Api.PostAsync(beta, $"/api/v1/consents/{consent.Id}/withdrawal");
        var (first, _) = await Api.PostAsync(alpha, $"/api/v1/consents/{consent.Id}/withdrawal");
        var (again, problem) = await Api.PostAsync(alpha, $"/api/v1/consents/{consent.Id}/withdrawal");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.OK, HttpStatusCode.Conflict), (byRecipient, byStranger, first, again));
        Assert.Contains("already withdrawn", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ShowsOriginatorAndRecipientTheirOwnOnly()
    {
        using var alpha = await host.ClientAsync(Clients.BankAlpha);
        using var fiu = await host.ClientAsync(Clients.Fiu);
        using var beta = await host.ClientAsync(Clients.BankBeta);
        var consent = await GrantAsync(alpha, "fiu-gb", Purpose.Prosecution);

        var byOriginator = await PageAsync(alpha);
        var byRecipient = await PageAsync(fiu);
        var byStranger = await PageAsync(beta);
        var (single, _) = await Api.GetAsync(beta, $"/api/v1/consents/{consent.Id}");

        Assert.Contains(byOriginator.Items, c => c.Id == consent.Id);
        Assert.Contains(byRecipient.Items, c => c.Id == consent.Id);
        Assert.DoesNotContain(byStranger.Items, c => c.Id == consent.Id);
        Assert.All(byStranger.Items, c => Assert.True(c.Originator == "bank-beta" || c.Recipient == "bank-beta"));
        Assert.Equal(HttpStatusCode.NotFound, single);
    }

    [Theory]
    [InlineData("""{"recipient":"bank-alpha","purpose":"Analysis","expiresAt":"2099-01-01T00:00:00Z"}""", "recipient", "SameParty")]
    [InlineData("""{"recipient":"fiu-gb","purpose":"Analysis","expiresAt":"2020-01-01T00:00:00Z"}""", "expiresAt", "InThePast")]
    [InlineData("""{"recipient":"fiu-gb","expiresAt":"2099-01-01T00:00:00Z"}""", "purpose", "Required")]
    [InlineData("""{"recipient":"FIU GB","purpose":"Analysis","expiresAt":"2099-01-01T00:00:00Z"}""", "recipient", "InvalidFormat")]
    [InlineData("""{"recipient":"fiu-gb","purpose":"Gossip","expiresAt":"2099-01-01T00:00:00Z"}""", "purpose", "MalformedJson")]
    public async Task Grant_WhenInvalid_Returns400AndStoresNothing(string json, string path, string errorCode)
    {
        using var alpha = await host.ClientAsync(Clients.BankAlpha);
        var before = await host.QueryAsync(db => db.Consents.CountAsync());

        var (status, problem) = await Api.PostAsync(alpha, "/api/v1/consents", Api.Raw(json));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains((path, errorCode), Api.FieldErrors(problem));
        Assert.Equal(before, await host.QueryAsync(db => db.Consents.CountAsync()));
    }

    private static async Task<ConsentResponse> GrantAsync(HttpClient originator, string recipient, Purpose purpose)
    {
        var (status, body) = await Api.PostAsync(originator, "/api/v1/consents",
            new ConsentRequest { Recipient = recipient, Purpose = purpose, ExpiresAt = DateTimeOffset.UtcNow.AddDays(30) });
        Assert.True(status == HttpStatusCode.Created, $"granting: {(int)status} {body}");
        return body.Deserialize<ConsentResponse>(Api.Json)!;
    }

    private static async Task<ConsentPage> PageAsync(HttpClient http)
    {
        var (status, body) = await Api.GetAsync(http, "/api/v1/consents?pageSize=200");
        Assert.Equal(HttpStatusCode.OK, status);
        return body.Deserialize<ConsentPage>(Api.Json)!;
    }
}
