using System.Text.Json;
using Concord.Contracts.Typologies;
using Concord.ServiceDefaults.Messaging;
using Concord.Typology.Domain;

namespace Concord.Typology.Persistence;

/// <summary>How indicators and audiences are kept in <c>jsonb</c> columns: the contracts' JSON shape (camelCase, string enums).</summary>
internal static class StoredJson
{
    public static string Indicators(IReadOnlyList<TypologyIndicator> indicators) => JsonSerializer.Serialize(indicators, ContractJson.Options);

    public static IReadOnlyList<TypologyIndicator> Indicators(string json) =>
        JsonSerializer.Deserialize<List<TypologyIndicator>>(json, ContractJson.Options) ?? [];

    public static string? Audience(Audience? audience) => audience is null ? null : JsonSerializer.Serialize(audience, ContractJson.Options);

    public static Audience? Audience(string? json) => json is null ? null : JsonSerializer.Deserialize<Audience>(json, ContractJson.Options);
}
