using System.Text.Json;
using Concord.LegalBasis.Audit;

namespace Concord.Cli;

/// <summary>
/// Reads checkpoints published outside the service: a JSON array of <c>{ "sequence": 10, "hash": "hex", "takenAt": "…" }</c>.
/// </summary>
internal static class CheckpointFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<IReadOnlyCollection<AuditCheckpoint>> ReadAsync(FileInfo? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return [];
        }

        await using var stream = file.OpenRead();
        var entries = await JsonSerializer.DeserializeAsync<List<Entry>>(stream, Json, cancellationToken)
            ?? throw new InvalidDataException($"{file.Name} holds no checkpoints.");
        return [.. entries.Select(entry => new AuditCheckpoint(entry.Sequence, Convert.FromHexString(entry.Hash), entry.TakenAt))];
    }

    private sealed record Entry(long Sequence, string Hash, DateTimeOffset TakenAt);
}
