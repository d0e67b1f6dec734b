using System.Text.Json;
using System.Text.Json.Serialization;

namespace Concord.Identity.Seeding;

/// <summary>Reads a seed file (camelCase JSON, enums as strings). Unknown properties are errors, so a typo cannot pass unnoticed.</summary>
internal static class SeedFile
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    public static async Task<SeedDocument> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The seed file {path} does not exist (Concord:Identity:SeedFile).");
        }

        await using var stream = File.OpenRead(path);
        SeedDocument? seed;
        try
        {
            seed = await JsonSerializer.DeserializeAsync<SeedDocument>(stream, Options, cancellationToken);
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"The seed file {path} is not valid: {exception.Message}", exception);
        }

        var document = seed ?? throw new InvalidOperationException($"The seed file {path} is empty.");
        SeedValidation.ThrowIfInvalid(document, path);
        return document;
    }
}
