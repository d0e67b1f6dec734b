using System.Text.Json;
using System.Text.Json.Serialization;

namespace Concord.ServiceDefaults.Messaging;

/// <summary>The JSON shape of contract messages at rest (outbox rows, stored reports): camelCase, string enums.</summary>
public static class ContractJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
