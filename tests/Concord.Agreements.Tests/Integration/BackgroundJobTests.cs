using System.Net;
using Concord.Agreements.Lifecycle;
using Concord.Contracts.Agreements;
using Concord.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Concord.Agreements.Tests.Integration;

/// <summary>What the service does by itself, on its clock: expiry at the end of validity, and the heartbeat.</summary>
public sealed class BackgroundJobTests(FastHost host) : IClassFixture<FastHost>
{
    [Fact]
    public async Task Expiry_WhenTheClockPassesValidUntil_ExpiresTheAgreementAndPublishesIt()
    {
        var validUntil = host.Clock.GetUtcNow().AddMinutes(10);
        var active = await host.ActiveAsync(validUntil: validUntil);
        var expiry = host.Service.Services.GetRequiredService<AgreementExpiry>();

        await expiry.ExpireDueAsync(CancellationToken.None);
        using var secretariat = await host.ClientAsync(Clients.Secretariat);
        Assert.Equal(AgreementStatus.Active, (await Api.GetAgreementAsync(secretariat, active.Id)).Status);

        host.Clock.Advance(TimeSpan.FromMinutes(11));
        var expired = await Eventually.GetAsync(() => Api.GetAgreementAsync(secretariat, active.Id), a => a.Status == AgreementStatus.Expired, "the expiry job expires the agreement");

        var change = await host.Events.WaitForAsync<AgreementChanged>(c => c.Terms.AgreementId == active.Id && c.Change == AgreementChange.Expired, "the expiry is published");
        Assert.Equal(("system", expired.Revision, AgreementStatus.Expired), (change.ChangedBy, change.Sequence, change.Terms.Status));
        Assert.True(expired.Revision > active.Revision);
        Assert.Equal(("system", Domain.AgreementEventKind.Expired), (expired.History[^1].By, expired.History[^1].Change));
        var (status, _) = await Api.PostAsync(secretariat, $"/api/v1/agreements/{active.Id}/resumption", new Endpoints.ReasonRequest { Reason = "Too late" });
        Assert.Equal(HttpStatusCode.Conflict, status);
    }

    [Fact]
    public async Task Heartbeat_CarriesTheCurrentChangeSequence()
    {
        var active = await host.ActiveAsync();

        var heartbeat = await host.Events.WaitForAsync<AgreementsHeartbeat>(h => h.Sequence >= active.Revision, "a heartbeat names the activation's change");

        Assert.Equal(await host.CurrentSequenceAsync(), heartbeat.Sequence);
        Assert.InRange(heartbeat.At, host.Clock.GetUtcNow().AddMinutes(-1), host.Clock.GetUtcNow());
    }
}
