using System.Text.Json;
using System.Text.Json.Serialization;
using Concord.Cases.Domain;

namespace Concord.Cases.Workflow;

/// <summary>How case events are stored: camelCase, enums by name, the type as the <c>type</c> discriminator.</summary>
internal static class CaseEventJson
{
    public static readonly JsonSerializerOptions Options = Create();

    public static string Serialize(CaseEvent @event) => JsonSerializer.Serialize(@event, Options);

    public static CaseEvent Deserialize(string payload) =>
        JsonSerializer.Deserialize<CaseEvent>(payload, Options) ?? throw new JsonException("A stored case event is null.");

    private static JsonSerializerOptions Create()
    {
        // Note: jsonb keeps keys in its own order, so the type discriminator is not necessarily first when read back.
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { AllowOutOfOrderMetadataProperties = true };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
