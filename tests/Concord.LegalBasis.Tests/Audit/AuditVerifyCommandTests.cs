using System.CommandLine;
using System.Text.Json;
using Concord.Cli;
using Concord.LegalBasis.Audit;
using Xunit;

namespace Concord.LegalBasis.Tests.Audit;

/// <summary><c>concord audit verify</c> against a real chain: its exit code and what it tells the oversight officer.</summary>
public sealed class AuditVerifyCommandTests
{
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApp.Build().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    private static Task AppendAsync(AuditDatabase database, int count) =>
        database.AppendAsync([.. Enumerable.Range(1, count).Select(i => new AuditRecord
        {
            Kind = AuditKind.Read,
            Actor = "fiu-gb/analyst-7",
            Action = "read report",
            Subject = $"report:CR-2026-{i:D10}",
            Outcome = AuditOutcome.Performed,
            RecordedAt = DateTimeOffset.UtcNow,
        })]);

    [Fact]
    public async Task Verify_WhenTheChainIsIntact_SaysSoAndExitsZero()
    {
        await using var database = await AuditDatabase.CreateAsync();
        await AppendAsync(database, 12);

        var (exitCode, output, _) = await RunAsync("audit", "verify", "--database", database.ConnectionString);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("Intact: 12 entries, the last 12 with hash ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_WhenAnEntryWasAltered_NamesItAndExitsOne()
    {
        await using var database = await AuditDatabase.CreateAsync();
        await AppendAsync(database, 12);
        await database.TamperAsync("UPDATE audit_entries SET actor = 'fiu-gb/someone-else' WHERE sequence = 9");

        var (exitCode, output, _) = await RunAsync("audit", "verify", "--database", database.ConnectionString);

        Assert.Equal(1, exitCode);
        Assert.Contains("BROKEN at entry 9: Entry 9 was altered", output, StringComparison.Ordinal);
        Assert.Contains("Entries 1 to 8 are intact", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_WhenACheckpointFileDisagrees_SaysTheHistoryWasRewritten()
    {
        await using var database = await AuditDatabase.CreateAsync();
        await AppendAsync(database, 5);
        var file = Path.Combine(Path.GetTempPath(), $"checkpoints-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new[] { new { sequence = 4, hash = new string('0', 64), takenAt = DateTimeOffset.UtcNow } }));
        try
        {
            var (exitCode, output, _) = await RunAsync("audit", "verify", "--database", database.ConnectionString, "--checkpoints", file);

            Assert.Equal(1, exitCode);
            Assert.Contains("BROKEN at entry 4", output, StringComparison.Ordinal);
            Assert.Contains("rewritten", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Verify_WhenTheDatabaseHasNoChain_SaysSoWithoutAStackTrace()
    {
        await using var database = await AuditDatabase.CreateAsync();
        await database.ExecuteAsync("DROP TABLE audit_entries");

        var (exitCode, _, error) = await RunAsync("audit", "verify", "--database", database.ConnectionString);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("This database has no audit chain", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_WithoutADatabase_SaysWhatIsMissing()
    {
        var (exitCode, _, error) = await RunAsync("audit", "verify", "--database", "");

        Assert.Equal(2, exitCode);
        Assert.Contains("--database", error, StringComparison.Ordinal);
    }
}
