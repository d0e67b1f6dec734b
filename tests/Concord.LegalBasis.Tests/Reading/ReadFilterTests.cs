using Concord.Contracts.Agreements;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;
using Concord.LegalBasis.Reading;
using Concord.LegalBasis.Tests.Audit;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Concord.LegalBasis.Tests.Decisions.PartnershipFixture;
using static Concord.LegalBasis.Tests.Reading.ReadingFixture;

namespace Concord.LegalBasis.Tests.Reading;

/// <summary>The read filter, its audit in the real PostgreSQL chain.</summary>
public sealed class ReadFilterTests : IAsyncLifetime
{
    private static readonly Reader Alpha = new("bank-alpha", "alice");
    private AuditDatabase _database = null!;
    private AuditDatabase.AuditContext _context = null!;

    public async Task InitializeAsync()
    {
        _database = await AuditDatabase.CreateAsync();
        _context = _database.NewContext();
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task ReadAllAsync_ForABank_ReturnsItsOwnDataAndWhatItMayReadOnly()
    {
        var visible = await Filter().ReadAllAsync(Alpha, Items, All, CancellationToken.None);

        // Its own data (also as passed to the police) and the FIU's feedback to it; nothing of bank-beta's.
        Assert.Equal([AlphaReport.Id, FeedbackToAlpha.Id, AlphaDataForPolice.Id], Ids(visible));
    }

    [Fact]
    public async Task ReadAllAsync_ForTheFiu_ReturnsWhatBanksFiledWithIt()
    {
        var visible = await Filter().ReadAllAsync(new Reader("fiu-gb"), Items, All, CancellationToken.None);

        // Its own feedback too, but not bank-alpha's data passed on to the police.
        Assert.Equal([AlphaReport.Id, BetaReport.Id, FeedbackToAlpha.Id, FeedbackToBeta.Id], Ids(visible));
    }

    [Fact]
    public async Task ReadAllAsync_AuditsEachReadAndEachDenialInOneBatch()
    {
        await Filter().ReadAllAsync(Alpha, Items, All, CancellationToken.None);

        var entries = await Entries();
        Assert.Equal(5, entries.Count);
        var reads = entries.Where(e => e.Kind == AuditKind.Read).ToList();
        Assert.Equal(["item:alpha-report", "item:feedback-alpha", "item:alpha-for-police"], reads.Select(e => e.Subject));
        Assert.All(reads, e => Assert.Equal((AuditOutcome.Performed, "bank-alpha/alice", "read item"), (e.Outcome, e.Actor, e.Action)));
        Assert.Equal("""{"basis":"originator"}""", reads[0].Details);
        Assert.Equal(AgreementId, reads[1].AgreementId);
        var denials = entries.Where(e => e.Kind == AuditKind.Decision).ToDictionary(e => e.Subject);
        Assert.Equal(2, denials.Count);
        Assert.All(denials.Values, e => Assert.Equal(AuditOutcome.Denied, e.Outcome));
        Assert.Equal("no-flow,recipient-not-addressed", denials["item:beta-report"].Reasons);
        Assert.Equal("recipient-not-addressed", denials["item:feedback-beta"].Reasons);
        Assert.Equal("read item for bank-alpha", denials["item:beta-report"].Action);
        // Note: one batch is one transaction: the five entries are consecutive and the chain is intact.
        Assert.Equal(entries[0].Sequence + 4, entries[^1].Sequence);
        var verification = await _database.VerifyAsync();
        Assert.True(verification.IsIntact, verification.Problem);
    }

    [Fact]
    public async Task ReadPageAsync_CountsOnlyTheVisibleItems()
    {
        var filter = Filter();

        var first = await filter.ReadPageAsync(Alpha, Items, All, offset: 0, limit: 2, CancellationToken.None);
        var second = await filter.ReadPageAsync(Alpha, Items, All, offset: 2, limit: 2, CancellationToken.None);
        var beyond = await filter.ReadPageAsync(Alpha, Items, All, offset: 3, limit: 2, CancellationToken.None);

        Assert.Equal([AlphaReport.Id, FeedbackToAlpha.Id], Ids(first.Items));
        Assert.Equal([AlphaDataForPolice.Id], Ids(second.Items));
        Assert.Empty(beyond.Items);
        Assert.Equal([3, 3, 3], [first.Total, second.Total, beyond.Total]);
    }

    [Fact]
    public async Task ReadPageAsync_AuditsThePagesReadsOnly_AndEveryDenial()
    {
        await Filter().ReadPageAsync(Alpha, Items, All, offset: 0, limit: 1, CancellationToken.None);

        var entries = await Entries();
        Assert.Equal(["item:alpha-report"], entries.Where(e => e.Kind == AuditKind.Read).Select(e => e.Subject));
        Assert.Equal(2, entries.Count(e => e.Outcome == AuditOutcome.Denied));
        Assert.DoesNotContain(entries, e => e.Subject == "item:feedback-alpha");
    }

    [Fact]
    public async Task ReadAllAsync_WhenTheAgreementIsSuspended_OnlyOwnDataIsVisible()
    {
        var visible = await Filter(Replica(Agreement(AgreementStatus.Suspended))).ReadAllAsync(Alpha, Items, All, CancellationToken.None);

        Assert.Equal([AlphaReport.Id, AlphaDataForPolice.Id], Ids(visible));
        var feedback = (await Entries()).Single(e => e.Subject == "item:feedback-alpha");
        Assert.Equal((AuditOutcome.Denied, "agreement-suspended"), (feedback.Outcome, feedback.Reasons));
    }

    [Fact]
    public async Task ReadAllAsync_WhenTheReplicaIsStale_OnlyOwnDataIsVisible()
    {
        var stale = Replica(currentAsOf: Now - MaxStaleness - TimeSpan.FromSeconds(1));

        var forAlpha = await Filter(stale).ReadAllAsync(Alpha, Items, All, CancellationToken.None);
        var forFiu = await Filter(stale).ReadAllAsync(new Reader("fiu-gb"), Items, All, CancellationToken.None);

        Assert.Equal([AlphaReport.Id, AlphaDataForPolice.Id], Ids(forAlpha));
        Assert.Equal([FeedbackToAlpha.Id, FeedbackToBeta.Id], Ids(forFiu));
        var denials = (await Entries()).Where(e => e.Outcome == AuditOutcome.Denied).ToList();
        Assert.Equal(6, denials.Count);
        Assert.All(denials, e => Assert.StartsWith("agreements-replica-stale", e.Reasons, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadOneAsync_WhenTheItemMayNotBeSeen_ReturnsNullAsIfNotFound_AndAuditsTheDenial()
    {
        var filter = Filter();

        var hidden = await filter.ReadOneAsync(Alpha, Items, BetaReport, CancellationToken.None);
        var missing = await filter.ReadOneAsync<Item>(Alpha, Items, null, CancellationToken.None);
        var own = await filter.ReadOneAsync(Alpha, Items, AlphaReport, CancellationToken.None);

        Assert.Null(hidden);
        Assert.Null(missing);
        Assert.Same(AlphaReport, own);
        var entries = await Entries();
        Assert.Equal([("item:beta-report", AuditOutcome.Denied), ("item:alpha-report", AuditOutcome.Performed)], entries.Select(e => (e.Subject, e.Outcome)));
    }

    [Fact]
    public async Task ReadAllAsync_WhenTheScopeAlreadyAuditedTheRead_DoesNotAuditItAgain()
    {
        var filter = Filter();

        await filter.ReadAllAsync(Alpha, Items, All, CancellationToken.None);
        await filter.ReadAllAsync(Alpha, Items, [AlphaReport, FeedbackToAlpha], CancellationToken.None);

        Assert.Equal(3, (await Entries()).Count(e => e.Kind == AuditKind.Read));
    }

    [Fact]
    public void Decide_WhenTheEnvelopeOrTheReaderIsMissing_Denies()
    {
        var filter = Filter();

        Assert.Equal(DenyReasons.EnvelopeIncomplete, filter.Decide(null, "bank-alpha").Reasons);
        Assert.False(filter.Decide(AlphaReport.Envelope! with { Originator = "" }, "").IsPermitted);
        Assert.True(filter.Decide(AlphaReport.Envelope! with { Handling = null! }, "bank-alpha").IsPermitted);
        Assert.Equal(DenyReasons.EnvelopeIncomplete, filter.Decide(AlphaReport.Envelope! with { Handling = null! }, "fiu-gb").Reasons);
    }

    private ReadFilter Filter(AgreementReplica? replica = null)
    {
        var holder = new AgreementReplicaHolder();
        holder.Replace(replica ?? Replica());
        var clock = new FixedClock(Now);
        return new ReadFilter(holder, new LegalBasisGuard(holder, clock, MaxStaleness), new AuditSink<AuditDatabase.AuditContext>(_context), clock);
    }

    private async Task<List<AuditEntry>> Entries()
    {
        await using var db = _database.NewContext();
        return await db.Set<AuditEntry>().OrderBy(e => e.Sequence).ToListAsync();
    }
}
