using System.CommandLine;
using Concord.LegalBasis.Audit;
using Npgsql;

namespace Concord.Cli;

/// <summary>The <c>concord</c> commands.</summary>
public static class CliApp
{
    public static RootCommand Build()
    {
        var database = new Option<string>("--database")
        {
            Description = "The service's PostgreSQL database (Npgsql connection string); default: CONCORD_AUDIT_DATABASE.",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CONCORD_AUDIT_DATABASE") ?? "",
        };
        var checkpoints = new Option<FileInfo?>("--checkpoints")
        {
            Description = "Checkpoints published outside the service, as JSON: [{\"sequence\":10,\"hash\":\"…\",\"takenAt\":\"…\"}].",
        };
        var verify = new Command("verify", "Recomputes a service's audit chain from the first entry to the last, compares it with its checkpoints, and names the first broken entry. Exit code 0: intact; 1: broken.")
        {
            database,
            checkpoints,
        };
        verify.SetAction((result, cancellationToken) => VerifyAsync(result.GetValue(database)!, result.GetValue(checkpoints), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, cancellationToken));

        return new RootCommand("Concord: financial-intelligence sharing under a legal basis.")
        {
            new Command("audit", "The tamper-evident audit chain of a service.") { verify },
        };
    }

    private static async Task<int> VerifyAsync(string database, FileInfo? checkpointFile, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(database))
        {
            await error.WriteLineAsync("Name the database with --database or CONCORD_AUDIT_DATABASE.");
            return 2;
        }

        IReadOnlyCollection<AuditCheckpoint> checkpoints;
        AuditVerification verification;
        try
        {
            checkpoints = await CheckpointFile.ReadAsync(checkpointFile, cancellationToken);
            await using var connection = new NpgsqlConnection(database);
            await connection.OpenAsync(cancellationToken);
            verification = await AuditVerifier.VerifyAsync(connection, checkpoints, cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            await error.WriteLineAsync($"This database has no audit chain: {exception.MessageText}.");
            return 2;
        }
        catch (Exception exception) when (exception is NpgsqlException or IOException or System.Text.Json.JsonException or FormatException or ArgumentException)
        {
            await error.WriteLineAsync($"Could not verify: {exception.Message}");
            return 2;
        }

        if (verification.IsIntact)
        {
            await output.WriteLineAsync($"Intact: {verification.EntriesChecked} entries, the last {verification.LastSequence} with hash {Convert.ToHexStringLower(verification.LastHash)}; {checkpoints.Count} checkpoints agree.");
            return 0;
        }

        await output.WriteLineAsync($"BROKEN at entry {verification.FirstBrokenSequence}: {verification.Problem}");
        await output.WriteLineAsync($"Entries 1 to {verification.LastSequence} are intact ({verification.EntriesChecked} checked).");
        return 1;
    }
}
