using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Concord.Fiu.Matching;

/// <summary>
/// One FollowTheMoney entity: an id, a schema and properties whose values are lists of strings. The id is a hash of
/// the report's id and the item's place in it: stable from one export to the next, and revealing nothing by itself.
/// </summary>
internal sealed class FtmEntity(string id, string schema)
{
    private readonly SortedDictionary<string, List<string>> _properties = new(StringComparer.Ordinal);

    public string Id { get; } = id;

    public string Schema { get; } = schema;

    public static string IdFor(Guid reportId, string item) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"concord:{reportId:N}:{item}")).AsSpan(0, 20));

    /// <summary>Adds a value (trimmed; nothing for an empty one, nor a repeated one).</summary>
    public FtmEntity Add(string property, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return this;
        }

        if (!_properties.TryGetValue(property, out var values))
        {
            _properties[property] = values = [];
        }

        var trimmed = value.Trim();
        if (!values.Contains(trimmed, StringComparer.Ordinal))
        {
            values.Add(trimmed);
        }

        return this;
    }

    public void Write(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("id", Id);
        writer.WriteString("schema", Schema);
        writer.WriteStartObject("properties");
        foreach (var (property, values) in _properties)
        {
            writer.WriteStartArray(property);
            values.ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
