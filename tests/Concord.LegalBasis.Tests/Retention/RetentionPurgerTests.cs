using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Retention;
using Concord.LegalBasis.Tests.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Concord.LegalBasis.Tests.Retention;

/// <summary>Purging on PostgreSQL: only what is due goes, each purge audited in the same transaction.</summary>
public sealed class RetentionPurgerTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task PurgeDue_WhenSomeItemsAreDue_DeletesThoseOnlyAndAuditsEach()
    {
        await using var database = await AuditDatabase.CreateAsync();
        await using (var db = database.NewContext())
        {
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE held_items (id uuid PRIMARY KEY, reference text NOT NULL, retain_until timestamptz NOT NULL)");
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO held_items (id, reference, retain_until) VALUES
                    (gen_random_uuid(), 'CR-1', {Now.AddDays(-30)}), (gen_random_uuid(), 'CR-2', {Now.AddDays(-1)}),
                    (gen_random_uuid(), 'CR-3', {Now.AddSeconds(-1)}), (gen_random_uuid(), 'CR-4', {Now}),
                    (gen_random_uuid(), 'CR-5', {Now.AddDays(365)})
                """);
        }

        await using var services = Services(database);
        var purger = services.GetRequiredService<RetentionPurger<AuditDatabase.AuditContext>>();

        var purged = await purger.PurgeDueAsync(CancellationToken.None);
        var again = await purger.PurgeDueAsync(CancellationToken.None);

        Assert.Equal(3, purged["held items"]);
        Assert.Equal(0, again["held items"]);
        await using var check = database.NewContext();
        Assert.Equal(["CR-4", "CR-5"], await check.Database.SqlQueryRaw<string>("SELECT reference AS \"Value\" FROM held_items ORDER BY reference").ToListAsync());
        var audited = await check.Set<AuditEntry>().OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(["item:CR-1", "item:CR-2", "item:CR-3"], audited.Select(e => e.Subject).Order(StringComparer.Ordinal));
        Assert.All(audited, entry => Assert.Equal((AuditKind.Purge, AuditOutcome.Performed, "purge held items"), (entry.Kind, entry.Outcome, entry.Action)));
        Assert.True((await database.VerifyAsync()).IsIntact);
    }

    [Fact]
    public void Constructor_WhenAnIdentifierIsNotPlain_Refuses()
    {
        Assert.Throws<ArgumentException>(() => new SqlRetentionPolicy<AuditDatabase.AuditContext>("x", "held_items; DROP TABLE audit_entries", "id", "retain_until", "reference", ""));
    }

    [Theory]
    [InlineData("fiu_reference = 'x'--")]
    [InlineData("")]
    public void Clearing_WhenAColumnIsNotPlain_Refuses(string column)
    {
        Assert.Throws<ArgumentException>(() => SqlRetentionPolicy.Clearing<AuditDatabase.AuditContext>(
            "x", "held_items", "id", "retain_until", ["payload", column], "purged_at", "reference", ""));
    }

    [Fact]
    public void Clearing_WithNoColumns_Refuses()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SqlRetentionPolicy.Clearing<AuditDatabase.AuditContext>(
            "x", "held_items", "id", "retain_until", [], "purged_at", "reference", ""));
    }

    private static ServiceProvider Services(AuditDatabase database)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<AuditDatabase.AuditContext>(options => options.UseNpgsql(database.ConnectionString));
        services.AddSingleton<TimeProvider>(new FixedClock(Now));
        // Note: a batch of two, so that three due items take two transactions.
        services.AddRetention<AuditDatabase.AuditContext>(options => options.BatchSize = 2);
        services.AddSingleton<IRetentionPolicy<AuditDatabase.AuditContext>>(
            new SqlRetentionPolicy<AuditDatabase.AuditContext>("held items", "held_items", "id", "retain_until", "reference", "item:"));
        return services.BuildServiceProvider();
    }
}
