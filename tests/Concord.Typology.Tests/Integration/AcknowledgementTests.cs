using Concord.Contracts.Typologies;
using Concord.LegalBasis.Audit;
using Concord.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Concord.Typology.Tests.Integration;

public sealed class AcknowledgementTests(TypologyHost host) : IClassFixture<TypologyHost>
{
    [Fact]
    public async Task Acknowledged_WhenTheRecipientAcknowledgesItsCopy_MarksItOnceWhateverTheRedeliveries()
    {
        var copy = await PublishedCopyAsync("bank-alpha");
        var first = Acknowledgement(copy, "bank-alpha", at: DateTimeOffset.UtcNow.AddMinutes(-5));

        await host.PublishAndWaitAsync(first);
        await host.PublishAndWaitAsync(first with { AcknowledgedAt = DateTimeOffset.UtcNow, AcknowledgedBy = "someone-else" });

        var stored = await host.QueryAsync(db => db.Distributions.SingleAsync(d => d.Id == copy.DistributionId));
        Assert.Equal(("compliance-officer-7", first.AcknowledgedAt.ToUnixTimeMilliseconds()), (stored.AcknowledgedBy, stored.AcknowledgedAt!.Value.ToUnixTimeMilliseconds()));
        Assert.Equal(1, await AuditedAsync(copy.DistributionId, AuditOutcome.Permitted));
    }

    [Fact]
    public async Task Acknowledged_WhenAnotherBankAcknowledgesACopyNotSentToIt_IsNotStoredButAudited()
    {
        var copy = await PublishedCopyAsync("bank-alpha");

        await host.PublishAndWaitAsync(Acknowledgement(copy, "bank-beta"));

        Assert.Null((await host.QueryAsync(db => db.Distributions.SingleAsync(d => d.Id == copy.DistributionId))).AcknowledgedAt);
        var refused = (await EntriesAsync(copy.DistributionId)).Single(e => e.Outcome == AuditOutcome.Denied);
        Assert.Equal(("not-the-recipient", "bank-beta/compliance-officer-7"), (refused.Reasons, refused.Actor));
    }

    [Fact]
    public async Task Acknowledged_WhenTheCopyDoesNotExist_IsNotStoredButAudited()
    {
        var copy = await PublishedCopyAsync("bank-alpha");
        var unknown = copy with { DistributionId = Guid.NewGuid() };

        await host.PublishAndWaitAsync(Acknowledgement(unknown, "bank-alpha"));

        Assert.False(await host.QueryAsync(db => db.Distributions.AnyAsync(d => d.Id == unknown.DistributionId)));
        var refused = Assert.Single(await EntriesAsync(unknown.DistributionId));
        Assert.Equal((AuditOutcome.Denied, "distribution-unknown"), (refused.Outcome, refused.Reasons));
    }

    [Fact]
    public async Task Acknowledged_WhenItComesWithoutABasis_IsQuarantinedNotTaken()
    {
        var copy = await PublishedCopyAsync("bank-alpha");

        await host.PublishAndWaitAsync(Acknowledgement(copy, "bank-alpha") with { Envelope = null });

        await Eventually.AssertAsync(async () => await host.Broker.QueueDepthAsync("typology-acknowledgements-quarantine") == 1, "the acknowledgement waits in quarantine");
        Assert.Null((await host.QueryAsync(db => db.Distributions.SingleAsync(d => d.Id == copy.DistributionId))).AcknowledgedAt);
    }

    private async Task<TypologyPublished> PublishedCopyAsync(string bank)
    {
        var body = Drafts.Structuring(audience: Drafts.Named(bank));
        await Api.PublishAsync(host, body);
        return await host.Bus.WaitForAsync<TypologyPublished>(m => m.Typology.Code == body.Code, $"{body.Code} reached {bank}");
    }

    private static TypologyAcknowledged Acknowledgement(TypologyPublished copy, string bank, DateTimeOffset? at = null) => new()
    {
        DistributionId = copy.DistributionId,
        TypologyId = copy.Typology.TypologyId,
        Code = copy.Typology.Code,
        Version = copy.Typology.Version,
        OrganisationId = bank,
        AcknowledgedBy = "compliance-officer-7",
        AcknowledgedAt = at ?? DateTimeOffset.UtcNow,
        Envelope = TypologyAgreements.AcknowledgementEnvelope(bank, copy.Typology.Code),
    };

    private async Task<int> AuditedAsync(Guid distributionId, AuditOutcome outcome) => (await EntriesAsync(distributionId)).Count(e => e.Outcome == outcome);

    /// <summary>The audit chain's entries on acknowledgements of the copy (its id is in their lineage).</summary>
    private async Task<List<AuditEntry>> EntriesAsync(Guid distributionId) =>
        [.. (await host.QueryAsync(db => db.Set<AuditEntry>().Where(e => e.Action.StartsWith("take acknowledgement")).ToListAsync()))
            .Where(e => e.Details?.Contains(distributionId.ToString(), StringComparison.Ordinal) ?? false)];
}
