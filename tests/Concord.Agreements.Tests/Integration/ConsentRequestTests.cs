using System.Net;
using System.Text.Json;
using Concord.Agreements.Domain;
using Concord.Agreements.Endpoints;
using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Audit;
using Concord.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Concord.Agreements.Tests.Integration;

/// <summary>
/// Consent requests: sent by a service for one of its organisations, answered by the originator alone — a grant is a
/// consent scoped to the request's recipient and purpose, a refusal needs a reason — and the answer goes back to the
/// requesting service.
/// </summary>
public sealed class ConsentRequestTests(AgreementsHost host) : IClassFixture<AgreementsHost>
{
    [Fact]
    public async Task Grant_ByTheOriginator_CreatesAConsentForTheRequestsRecipientAndPurpose_AndAnswersTheRequester()
    {
        var request = await ReceivedAsync(Requested(originator: "bank-alpha", requestedBy: "police-ecu", recipient: "cps-demo", Purpose.Prosecution));
        using var alpha = await host.ClientAsync(Clients.BankAlpha);
        var expiresAt = DateTimeOffset.UtcNow.AddDays(14);

        var (status, body) = await Api.PostAsync(alpha, $"/api/v1/consent-requests/{request.RequestId}/grant", new ConsentGrantRequest { ExpiresAt = expiresAt });

        Assert.True(status == HttpStatusCode.OK, $"{(int)status} {body}");
        var answered = body.Deserialize<ConsentRequestResponse>(Api.Json)!;
        Assert.Equal(ConsentRequestStatus.Granted, answered.Status);
        var consentId = Assert.NotNull(answered.ConsentId);
        var published = await host.Events.WaitForAsync<OnwardSharingConsentChanged>(c => c.Consent.ConsentId == consentId, "the consent reaches the replicas");
        Assert.Equal(("bank-alpha", "cps-demo", Purpose.Prosecution), (published.Consent.Originator, published.Consent.Recipient, published.Consent.Purpose));
        Assert.Equal(expiresAt.ToStoredPrecision(), published.Consent.ExpiresAt);
        var answer = await host.Events.WaitForAsync<OnwardSharingConsentRequestAnswered>(a => a.RequestId == request.RequestId, "the requester is told");
        Assert.Equal((true, consentId, "police-ecu", request.SubjectReference), (answer.Granted, answer.ConsentId!.Value, answer.RequestedBy, answer.SubjectReference));
        var audited = await host.QueryAsync(db => db.Set<AuditEntry>().Where(e => e.Subject == $"consent-request:{request.RequestId}").OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());
        Assert.Equal(["request consent", "grant consent request"], audited);
    }

    [Fact]
    public async Task Refuse_ByTheOriginator_NeedsAReason_CreatesNoConsent_AndAnswersTheRequester()
    {
        var request = await ReceivedAsync(Requested(originator: "fiu-gb", requestedBy: "police-ecu", recipient: "cps-demo", Purpose.Prosecution));
        using var fiu = await host.ClientAsync(Clients.Fiu);
        var consents = await host.QueryAsync(db => db.Consents.CountAsync());

        var (withoutReason, problem) = await Api.PostAsync(fiu, $"/api/v1/consent-requests/{request.RequestId}/refusal", Api.Raw("{}"));
        var (status, body) = await Api.PostAsync(fiu, $"/api/v1/consent-requests/{request.RequestId}/refusal", new ReasonRequest { Reason = "Source protection: not before charge." });

        Assert.Equal(HttpStatusCode.BadRequest, withoutReason);
        Assert.Contains(("reason", "Required"), Api.FieldErrors(problem));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((ConsentRequestStatus.Refused, "Source protection: not before charge."), (body.Deserialize<ConsentRequestResponse>(Api.Json)!.Status, body.Deserialize<ConsentRequestResponse>(Api.Json)!.Reason));
        var answer = await host.Events.WaitForAsync<OnwardSharingConsentRequestAnswered>(a => a.RequestId == request.RequestId, "the requester is told");
        Assert.False(answer.Granted);
        Assert.Null(answer.ConsentId);
        Assert.Equal(consents, await host.QueryAsync(db => db.Consents.CountAsync()));
    }

    [Fact]
    public async Task Answer_ByTheRequester_Is403_ByAStranger_Is404_AndAgainAfterAnAnswer_Is409()
    {
        var request = await ReceivedAsync(Requested(originator: "bank-alpha", requestedBy: "fiu-gb", recipient: "police-ecu", Purpose.Investigation));
        using var alpha = await host.ClientAsync(Clients.BankAlpha);
        using var fiu = await host.ClientAsync(Clients.Fiu);
        using var beta = await host.ClientAsync(Clients.BankBeta);
        var grant = new ConsentGrantRequest { ExpiresAt = DateTimeOffset.UtcNow.AddDays(1) };

        var (byRequester, forbidden) = await Api.PostAsync(fiu, $"/api/v1/consent-requests/{request.RequestId}/grant", grant);
        var (byStranger, _) = await Api.PostAsync(beta, $"/api/v1/consent-requests/{request.RequestId}/grant", grant);
        var (strangerReads, _) = await Api.GetAsync(beta, $"/api/v1/consent-requests/{request.RequestId}");
        var (byOriginator, _) = await Api.PostAsync(alpha, $"/api/v1/consent-requests/{request.RequestId}/grant", grant);
        var (again, conflict) = await Api.PostAsync(alpha, $"/api/v1/consent-requests/{request.RequestId}/refusal", new ReasonRequest { Reason = "changed my mind" });

        Assert.Equal(
            (HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.OK, HttpStatusCode.Conflict),
            (byRequester, byStranger, strangerReads, byOriginator, again));
        Assert.Contains("bank-alpha", forbidden.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("already granted", conflict.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Single(await host.QueryAsync(db => db.Consents.Where(c => c.Originator == "bank-alpha" && c.Recipient == "police-ecu" && c.GrantedAt >= request.RequestedAt).ToListAsync()));
    }

    [Theory]
    [InlineData(null, "expiresAt", "Required")]
    [InlineData("2020-01-01T00:00:00Z", "expiresAt", "InThePast")]
    public async Task Grant_WithoutAFutureExpiry_Is400_AndLeavesTheRequestPending(string? expiresAt, string path, string code)
    {
        var request = await ReceivedAsync(Requested(originator: "bank-alpha", requestedBy: "police-ecu", recipient: "cps-demo", Purpose.Prosecution));
        using var alpha = await host.ClientAsync(Clients.BankAlpha);

        var (status, problem) = await Api.PostAsync(alpha, $"/api/v1/consent-requests/{request.RequestId}/grant",
            Api.Raw(expiresAt is null ? "{}" : $$"""{"expiresAt":"{{expiresAt}}"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains((path, code), Api.FieldErrors(problem));
        var stored = await host.QueryAsync(db => db.ConsentRequests.AsNoTracking().SingleAsync(r => r.Id == request.RequestId));
        Assert.Equal((ConsentRequestStatus.Pending, null), (stored.Status, stored.ConsentId));
    }

    [Fact]
    public async Task List_ShowsTheOriginatorAndTheRequesterTheirOwn_PendingFirst_AndNobodyElse()
    {
        var request = await ReceivedAsync(Requested(originator: "bank-beta", requestedBy: "police-ecu", recipient: "cps-demo", Purpose.Prosecution));
        using var beta = await host.ClientAsync(Clients.BankBeta);
        using var alpha = await host.ClientAsync(Clients.BankAlpha);
        using var oversight = await host.ClientAsync(Clients.Oversight);

        var byOriginator = await PageAsync(beta, "?status=Pending");
        var byStranger = await PageAsync(alpha, "");
        var byOversight = await PageAsync(oversight, "?pageSize=200");

        Assert.Contains(byOriginator.Items, r => r.Id == request.RequestId);
        Assert.All(byOriginator.Items, r => Assert.Equal(ConsentRequestStatus.Pending, r.Status));
        Assert.DoesNotContain(byStranger.Items, r => r.Id == request.RequestId);
        Assert.All(byStranger.Items, r => Assert.True(r.Originator == "bank-alpha" || r.RequestedBy == "bank-alpha"));
        Assert.Contains(byOversight.Items, r => r.Id == request.RequestId);
    }

    [Fact]
    public async Task Request_DeliveredTwice_IsStoredOnce_AndAMalformedOneIsDropped()
    {
        var request = Requested(originator: "bank-alpha", requestedBy: "police-ecu", recipient: "cps-demo", Purpose.Prosecution);
        var malformed = Requested(originator: "police-ecu", requestedBy: "police-ecu", recipient: "cps-demo", Purpose.Prosecution);
        var tooLong = Requested(originator: "bank-alpha", requestedBy: "police-ecu", recipient: "cps-demo", Purpose.Prosecution) with { Justification = new string('x', 4001) };

        var deliveries = new[] { (request, Guid.NewGuid()), (request, Guid.NewGuid()), (malformed, Guid.NewGuid()), (tooLong, Guid.NewGuid()) };
        foreach (var (message, messageId) in deliveries)
        {
            await host.Events.Bus.Publish<OnwardSharingConsentRequested>(message, context => context.MessageId = messageId);
        }

        await Eventually.AssertAsync(() => Task.FromResult(deliveries.All(d => host.Consumed.Completed(d.Item2) > 0)), "every delivery is consumed");
        Assert.Equal(1, await host.QueryAsync(db => db.ConsentRequests.CountAsync(r => r.Id == request.RequestId)));
        Assert.Equal(1, await host.QueryAsync(db => db.Set<AuditEntry>().CountAsync(e => e.Subject == $"consent-request:{request.RequestId}")));
        Assert.False(await host.QueryAsync(db => db.ConsentRequests.AnyAsync(r => r.Id == malformed.RequestId || r.Id == tooLong.RequestId)));
    }

    [Theory]
    [InlineData("police-ecu", "police-ecu", "cps-demo", "the originator needs no consent")]
    [InlineData("bank-alpha", "police-ecu", "bank-alpha", "the originator needs no consent")]
    [InlineData("Bank Alpha", "police-ecu", "cps-demo", "originator is not an organisation id")]
    public void Problem_NamesWhatMakesARequestUnusable(string originator, string requestedBy, string recipient, string expected)
    {
        var problem = Consumers.ConsentRequestConsumer.Problem(Requested(originator, requestedBy, recipient, Purpose.Prosecution));

        Assert.StartsWith(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_IsNullForAWellFormedRequest() =>
        Assert.Null(Consumers.ConsentRequestConsumer.Problem(Requested("bank-alpha", "police-ecu", "cps-demo", Purpose.Prosecution)));

    private static OnwardSharingConsentRequested Requested(string originator, string requestedBy, string recipient, Purpose purpose)
    {
        var id = Guid.NewGuid();
        return new OnwardSharingConsentRequested
        {
            RequestId = id,
            Originator = originator,
            RequestedBy = requestedBy,
            RequestedByPerson = "police-ecu-cases",
            Recipient = recipient,
            Purpose = purpose,
            Subject = "case CASE-2026-TEST, item 3 (ProducedDocuments, AMBER)",
            SubjectReference = $"cases:item:{id}",
            Justification = "The prosecutor needs the statements to decide on charges.",
            RequestedUntil = DateTimeOffset.UtcNow.AddDays(30),
            RequestedAt = DateTimeOffset.UtcNow,
        };
    }

    /// <summary>Publishes the request as the Cases service would, and returns once the service has stored it.</summary>
    private async Task<OnwardSharingConsentRequested> ReceivedAsync(OnwardSharingConsentRequested request)
    {
        await host.Events.Bus.Publish(request);
        await Eventually.AssertAsync(() => host.QueryAsync(db => db.ConsentRequests.AnyAsync(r => r.Id == request.RequestId)), "the consent request is stored");
        return request;
    }

    private static async Task<ConsentRequestPage> PageAsync(HttpClient http, string query)
    {
        var (status, body) = await Api.GetAsync(http, $"/api/v1/consent-requests{query}");
        Assert.Equal(HttpStatusCode.OK, status);
        return body.Deserialize<ConsentRequestPage>(Api.Json)!;
    }
}
