using Concord.LegalBasis.Audit;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace Concord.LegalBasis.Tests.Audit;

/// <summary>The audit chain against a real PostgreSQL: appended with the change, append-only, and tampering found.</summary>
public sealed class AuditChainTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, 123, TimeSpan.Zero);

    private static AuditRecord Record(int i) => new()
    {
        Kind = i % 2 == 0 ? AuditKind.Decision : AuditKind.Read,
        Actor = "bank-alpha/bank-alpha-filing",
        Action = "share SuspiciousActivityReported",
        Subject = $"report:CR-2026-{i:D10}",
        Outcome = i % 3 == 0 ? AuditOutcome.Denied : AuditOutcome.Permitted,
        AgreementId = i % 5 == 0 ? null : Guid.Parse("0b6f3a52-2f0e-4d1c-9a55-6f1f7d0a0001"),
        AgreementVersion = i % 5 == 0 ? null : 2,
        Reasons = i % 3 == 0 ? "purpose-not-covered,marking-exceeds-agreement" : "",
        Details = i % 4 == 0 ? """{"note":"ünïcode ✓"}""" : null,
        RecordedAt = Now.AddTicks(i * 7),
    };

    private static Task AppendAsync(AuditDatabase database, int from, int count, bool commit = true) =>
        database.AppendAsync([.. Enumerable.Range(from, count).Select(Record)], commit);

    [Fact]
    public async Task Append_WhenCommitted_ChainsEveryEntryAndVerifies()
    {
        await using var database = await AuditDatabase.CreateAsync();

        await AppendAsync(database, 1, 3);
        await AppendAsync(database, 4, 100);

        var verification = await database.VerifyAsync();
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(103, verification.EntriesChecked);
        Assert.Equal(103, verification.LastSequence);
    }

    [Fact]
    public async Task Append_WhenTheChangeRollsBack_LeavesNothingAndTheChainIntact()
    {
        await using var database = await AuditDatabase.CreateAsync();
        await AppendAsync(database, 1, 2);

        await AppendAsync(database, 3, 5, commit: false);
        await AppendAsync(database, 3, 1);

        var verification = await database.VerifyAsync();
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(3, verification.LastSequence);
    }

    [Fact]
    public async Task Append_WithoutATransaction_Refuses()
    {
        await using var database = await AuditDatabase.CreateAsync();
        await using var context = database.NewContext();

        await Assert.ThrowsAsync<InvalidOperationException>(() => AuditLog.AppendAsync(context, [Record(1)], CancellationToken.None));
    }

    [Theory]
    [InlineData("UPDATE audit_entries SET actor = 'someone-else' WHERE sequence = 1")]
    [InlineData("DELETE FROM audit_entries WHERE sequence = 1")]
    [InlineData("TRUNCATE audit_entries")]
    public async Task Entries_WhenChangedOrRemoved_AreRefused(string sql)
    {
        await using var database = await AuditDatabase.CreateAsync();
        await AppendAsync(database, 1, 2);
        await using var connection = await database.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.True((await database.VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task Verify_WhenAnInsiderAltersAnEntry_NamesThatEntry()
    {
        await using var database = await AuditDatabase.CreateAsync();
        await AppendAsync(database, 1, 10);

        await database.TamperAsync("UPDATE audit_entries SET outcome = 'Permitted', reasons = '' WHERE sequence = 6");

        var verification = await database.VerifyAsync();
        Assert.Equal(6, verification.FirstBrokenSequence);
        Assert.Contains("altered", verification.Problem, StringComparison.Ordinal);
        Assert.Equal(5, verification.LastSequence);
    }

    [Fact]
    public async Task Verify_WhenAnEntrysKindIsForged_NamesThatEntryWithoutThrowing()
    {
        await using var database = await AuditDatabase.CreateAsync();
        await AppendAsync(database, 1, 5);

        await database.TamperAsync("UPDATE audit_entries SET kind = 'Nothing' WHERE sequence = 3");

        var verification = await database.VerifyAsync();
        Assert.Equal(3, verification.FirstBrokenSequence);
        Assert.Contains("altered", verification.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_WhenAnEntryIsRemoved_SaysItIsMissing()
    {
        await using var database = await AuditDatabase.CreateAsync();
        await AppendAsync(database, 1, 10);

        await database.TamperAsync("DELETE FROM audit_entries WHERE sequence = 4");

        var verification = await database.VerifyAsync();
        Assert.Equal(4, verification.FirstBrokenSequence);
        Assert.Equal("Entry 4 is missing.", verification.Problem);
    }

    [Fact]
    public async Task Verify_WhenTheLatestEntriesAndTheHeadAreRewound_TheCheckpointGivesItAway()
    {
        await using var database = await AuditDatabase.CreateAsync();
        await AppendAsync(database, 1, 10);
        var published = await database.VerifyAsync();
        var checkpoint = new AuditCheckpoint(published.LastSequence, published.LastHash, Now);
        var kept = await PrefixHeadAsync(database, 7);

        await database.TamperAsync($"DELETE FROM audit_entries WHERE sequence > 7; UPDATE audit_head SET sequence = 7, hash = '\\x{Convert.ToHexString(kept)}'");

        Assert.True((await database.VerifyAsync()).IsIntact);
        var verification = await database.VerifyAsync(checkpoint);
        Assert.Equal(8, verification.FirstBrokenSequence);
        Assert.Contains("checkpoint vouches for entry 10", verification.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_WhenACheckpointDisagrees_SaysTheHistoryWasRewritten()
    {
        await using var database = await AuditDatabase.CreateAsync();
        await AppendAsync(database, 1, 5);

        var verification = await database.VerifyAsync(new AuditCheckpoint(3, new byte[AuditChainModel.HashLength], Now));

        Assert.Equal(3, verification.FirstBrokenSequence);
        Assert.Contains("rewritten", verification.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Append_WhenManyTransactionsAppendAtOnce_TheChainHasNoGapAndVerifies()
    {
        await using var database = await AuditDatabase.CreateAsync();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            for (var batch = 0; batch < 25; batch++)
            {
                await AppendAsync(database, (worker * 1000) + (batch * 10), 10);
            }
        })));

        var verification = await database.VerifyAsync();
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(1000, verification.LastSequence);
    }

    private static async Task<byte[]> PrefixHeadAsync(AuditDatabase database, long sequence)
    {
        await using var context = database.NewContext();
        return await context.Set<AuditEntry>().Where(e => e.Sequence == sequence).Select(e => e.Hash).SingleAsync();
    }
}
