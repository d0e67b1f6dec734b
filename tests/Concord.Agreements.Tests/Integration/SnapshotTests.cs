using Concord.Contracts.Agreements;
using Concord.Contracts.Grpc.Agreements.V1;
using Concord.LegalBasis.Replication;
using Grpc.Core;
using Xunit;
using AgreementStatus = Concord.Contracts.Agreements.AgreementStatus;

namespace Concord.Agreements.Tests.Integration;

/// <summary>The gRPC snapshot a replica starts from: the terms in force and the consents, as of one change number.</summary>
public sealed class SnapshotTests(AgreementsHost host) : IClassFixture<AgreementsHost>
{
    [Fact]
    public async Task GetSnapshot_HoldsTheTermsInForceNotDraftsAndTheCurrentSequence()
    {
        var active = await host.ActiveAsync("bank-alpha");
        var draft = await host.DraftAsync("bank-beta");
        await host.SecretariatAsync(active.Id, "amendments", new Endpoints.AmendmentRequest { Title = "Pending amendment" }, System.Net.HttpStatusCode.Created);
        var suspended = await host.ActiveAsync("bank-gamma");
        suspended = await host.SecretariatAsync(suspended.Id, "suspension", new Endpoints.ReasonRequest { Reason = "Review" });
        using var alpha = await host.ClientAsync(Clients.BankAlpha);
        var (_, consent) = await Api.PostAsync(alpha, "/api/v1/consents", new Endpoints.ConsentRequest { Recipient = "fiu-gb", Purpose = Contracts.Sharing.Purpose.Analysis, ExpiresAt = DateTimeOffset.UtcNow.AddDays(3) });

        var snapshot = await SnapshotAsync(Clients.GatewayReplica);

        Assert.Equal(await host.CurrentSequenceAsync(), snapshot.Sequence);
        var agreements = snapshot.Agreements.Select(AgreementProto.FromProto).ToDictionary(t => t.AgreementId);
        Assert.DoesNotContain(draft.Id, agreements.Keys);
        var inForce = agreements[active.Id];
        Assert.Equal((1, active.Revision, AgreementStatus.Active, active.Title), (inForce.Version, inForce.Revision, inForce.Status, inForce.Title));
        Assert.Equal(active.Versions[0].Flows.Count, inForce.Flows.Count);
        Assert.Equal(active.Versions[0].Flows[0].Retention.Single().Days, inForce.Flows[0].Retention.Single().Days);
        Assert.Equal(["bank-alpha", "fiu-gb"], inForce.Parties.Select(p => p.OrganisationId));
        Assert.Equal((AgreementStatus.Suspended, suspended.Revision), (agreements[suspended.Id].Status, agreements[suspended.Id].Revision));
        Assert.All(agreements.Values, terms => Assert.True(terms.Revision <= snapshot.Sequence));
        var consentId = consent.GetProperty("id").GetGuid();
        var granted = snapshot.Consents.Select(AgreementProto.FromProto).Single(c => c.ConsentId == consentId);
        Assert.Equal(("bank-alpha", "fiu-gb"), (granted.Originator, granted.Recipient));
    }

    [Fact]
    public async Task GetSnapshot_WithTheFiusReplicaClient_IsAllowed()
    {
        var snapshot = await SnapshotAsync(Clients.FiuReplica);

        Assert.True(snapshot.Sequence >= 0);
        Assert.NotNull(snapshot.TakenAt);
    }

    [Fact]
    public async Task GetSnapshot_WithoutToken_IsUnauthenticated_WithAPartyToken_IsDenied()
    {
        var client = new AgreementReplication.AgreementReplicationClient(host.GrpcChannel());
        var party = new Metadata { { "Authorization", $"Bearer {await host.TokenAsync(Clients.BankAlpha)}" } };
        var filing = new Metadata { { "Authorization", $"Bearer {await host.TokenAsync(Clients.BankAlphaFiling)}" } };

        var anonymous = await Assert.ThrowsAsync<RpcException>(async () => await client.GetSnapshotAsync(new GetSnapshotRequest()));
        var denied = await Assert.ThrowsAsync<RpcException>(async () => await client.GetSnapshotAsync(new GetSnapshotRequest(), party));
        var otherAudience = await Assert.ThrowsAsync<RpcException>(async () => await client.GetSnapshotAsync(new GetSnapshotRequest(), filing));

        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, otherAudience.StatusCode);
    }

    private async Task<AgreementSnapshot> SnapshotAsync((string Id, string Secret, string Scope) client)
    {
        var grpc = new AgreementReplication.AgreementReplicationClient(host.GrpcChannel());
        return await grpc.GetSnapshotAsync(new GetSnapshotRequest(), new Metadata { { "Authorization", $"Bearer {await host.TokenAsync(client)}" } });
    }
}
