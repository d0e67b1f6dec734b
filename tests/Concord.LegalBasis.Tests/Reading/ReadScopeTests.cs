using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;
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

/// <summary>The part of the visibility rule a query carries to the database, and that it never hides a visible item.</summary>
public sealed class ReadScopeTests
{
    private static readonly string[] Readers = ["bank-alpha", "bank-beta", "fiu-gb", "police-gb", "bank-gamma"];

    [Fact]
    public void For_WhenTheReaderIsTheRecipientOfAFlow_NamesTheAgreement()
    {
        Assert.Equal([AgreementId], Scope("fiu-gb").AgreementIds);
        Assert.Equal([AgreementId], Scope("bank-alpha").AgreementIds);
        Assert.Empty(Scope("bank-gamma").AgreementIds);
    }

    [Fact]
    public void For_WhenNoFlowLeadsToTheReader_LeavesTheAgreementOut()
    {
        var filingOnly = Agreement() with { Flows = [Agreement().Flows[0]] };

        Assert.Empty(Scope("bank-alpha", Replica(filingOnly)).AgreementIds);
        Assert.Equal([AgreementId], Scope("fiu-gb", Replica(filingOnly)).AgreementIds);
    }

    [Theory]
    [InlineData(AgreementStatus.Draft)]
    [InlineData(AgreementStatus.Suspended)]
    [InlineData(AgreementStatus.Terminated)]
    [InlineData(AgreementStatus.Expired)]
    public void For_WhenTheAgreementIsNotActive_LeavesItOut(AgreementStatus status) =>
        Assert.Empty(Scope("fiu-gb", Replica(Agreement(status))).AgreementIds);

    [Fact]
    public void For_WhenTheAgreementIsOutOfForce_LeavesItOut()
    {
        Assert.Empty(Scope("fiu-gb", Replica(Agreement() with { ValidUntil = Now })).AgreementIds);
        Assert.Empty(Scope("fiu-gb", Replica(Agreement() with { ValidFrom = Now.AddSeconds(1) })).AgreementIds);
    }

    [Fact]
    public void For_WhenTheReplicaIsStale_AdmitsOwnDataOnly()
    {
        var scope = Scope("bank-alpha", Replica(currentAsOf: Now - MaxStaleness - TimeSpan.FromSeconds(1)));

        Assert.True(scope.ReplicaStale);
        Assert.Empty(scope.AgreementIds);
        Assert.Equal([AlphaReport.Id, AlphaDataForPolice.Id], Ids(All.Where(item => scope.Admits(item.Envelope))));
    }

    [Fact]
    public void Admits_EveryItemTheReaderMaySee()
    {
        var holder = new AgreementReplicaHolder();
        holder.Replace(Replica());
        var filter = new ReadFilter(holder, new LegalBasisGuard(holder, new FixedClock(Now), MaxStaleness), null!, new FixedClock(Now));
        var items = All.Concat(All.Select(item => item with { Envelope = item.Envelope! with { Purpose = Purpose.Prosecution } }))
            .Concat(All.Select(item => item with { Envelope = item.Envelope! with { Recipients = [.. item.Envelope.Recipients, "bank-alpha", "police-gb"] } }));

        foreach (var reader in Readers)
        {
            var scope = filter.ScopeFor(reader);
            foreach (var item in items)
            {
                Assert.False(filter.Decide(item.Envelope, reader).IsPermitted && !scope.Admits(item.Envelope), $"{reader} may see {item.Id} ({item.Envelope!.Purpose}) but the scope leaves it out");
            }
        }
    }

    [Fact]
    public async Task Predicate_InAnEfCoreQuery_SelectsTheCandidatesInPostgreSql_AndTheFilterTheVisibleOnes()
    {
        await using var database = await AuditDatabase.CreateAsync();
        await database.ExecuteAsync("CREATE TABLE items (id text PRIMARY KEY, originator text NOT NULL, agreement_id uuid NOT NULL, recipients text[] NOT NULL)");
        // Addressed to bank-alpha under the agreement, but for a purpose no flow to it covers: a candidate, not visible.
        var notCovered = FeedbackToAlpha with { Id = "feedback-alpha-prosecution", Envelope = FeedbackToAlpha.Envelope! with { Purpose = Purpose.Prosecution } };
        var stored = All.Append(notCovered).ToDictionary(item => item.Id);
        await using (var db = new ItemsContext(database.ConnectionString))
        {
            db.Items.AddRange(stored.Values.Select(item => new StoredItem
            {
                Id = item.Id,
                Originator = item.Envelope!.Originator,
                AgreementId = item.Envelope.AgreementId,
                Recipients = [.. item.Envelope.Recipients],
            }));
            await db.SaveChangesAsync();
        }

        var holder = new AgreementReplicaHolder();
        holder.Replace(Replica());
        var clock = new FixedClock(Now);
        await using var context = database.NewContext();
        var filter = new ReadFilter(holder, new LegalBasisGuard(holder, clock, MaxStaleness), new AuditSink<AuditDatabase.AuditContext>(context), clock);
        var scope = filter.ScopeFor("bank-alpha");
        List<string> candidates;
        await using (var db = new ItemsContext(database.ConnectionString))
        {
            var query = db.Items.Where(scope.Predicate<StoredItem, string[]>(item => item.Originator, item => item.AgreementId, item => item.Recipients))
                .OrderBy(item => item.Id).Select(item => item.Id);
            Assert.Contains("ANY", query.ToQueryString(), StringComparison.Ordinal);
            candidates = await query.ToListAsync();
        }

        var page = await filter.ReadPageAsync(new Reader("bank-alpha"), Items, candidates.Select(id => stored[id]), 0, 10, CancellationToken.None);

        Assert.Equal(["alpha-for-police", "alpha-report", "feedback-alpha", "feedback-alpha-prosecution"], candidates);
        Assert.Equal(["alpha-for-police", "alpha-report", "feedback-alpha"], Ids(page.Items));
        Assert.Equal(3, page.Total);
    }

    private static ReadScope Scope(string reader, AgreementReplica? replica = null) => ReadScope.For(replica ?? Replica(), MaxStaleness, reader, Now);

    public sealed class StoredItem
    {
        public string Id { get; set; } = "";

        public string Originator { get; set; } = "";

        public Guid AgreementId { get; set; }

        public string[] Recipients { get; set; } = [];
    }

    private sealed class ItemsContext(string connectionString) : DbContext(new DbContextOptionsBuilder<ItemsContext>().UseNpgsql(connectionString).Options)
    {
        public DbSet<StoredItem> Items => Set<StoredItem>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<StoredItem>(item =>
        {
            item.ToTable("items");
            item.Property(i => i.Id).HasColumnName("id");
            item.Property(i => i.Originator).HasColumnName("originator");
            item.Property(i => i.AgreementId).HasColumnName("agreement_id");
            item.Property(i => i.Recipients).HasColumnName("recipients");
        });
    }
}
