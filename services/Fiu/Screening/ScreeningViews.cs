using System.Text.Json;
using Concord.Contracts.Typologies;
using Concord.Screening;
using Concord.ServiceDefaults.Messaging;

namespace Concord.Fiu.Screening;

/// <summary>An indicator rule of a typology version that fired on a report at intake.</summary>
public sealed record TypologyHitView(Guid TypologyId, string Code, int Version, string IndicatorCode, DateTimeOffset MatchedAt)
{
    internal static TypologyHitView From(ReportTypologyHit hit) => new(hit.TypologyId, hit.Code, hit.Version, hit.IndicatorCode, hit.MatchedAt);
}

/// <summary>The typology rules a report matched when it was screened at intake.</summary>
public sealed record ReportTypologyHits(string ConcordReference, string? FiuReference, IReadOnlyList<TypologyHitView> Hits);

/// <summary>
/// One indicator of a typology the FIU screens with: its rule (null when only a person can judge it), whether the rule
/// screens reports here, and if not, why (the rule's errors as the FIU's compiler reports them).
/// </summary>
public sealed record ScreeningIndicatorView(string Code, string Description, IndicatorKind Kind, string? Rule, bool Screened, IReadOnlyList<RuleError> RuleErrors);

/// <summary>A typology version the FIU screens incoming reports with now, since when, and its indicators.</summary>
public sealed record ScreeningTypologyView(Guid TypologyId, string Code, int Version, DateTimeOffset Since, DateTimeOffset ReceivedAt, IReadOnlyList<ScreeningIndicatorView> Indicators)
{
    internal static ScreeningTypologyView From(ScreeningTypology typology)
    {
        var indicators = JsonSerializer.Deserialize<List<TypologyIndicator>>(typology.Indicators, ContractJson.Options) ?? [];
        return new(typology.TypologyId, typology.Code, typology.Version, typology.ChangedAt, typology.ReceivedAt, [.. indicators.Select(Indicator)]);
    }

    private static ScreeningIndicatorView Indicator(TypologyIndicator indicator)
    {
        var parsed = indicator.Rule is { } rule ? ScreeningRule.Parse(rule) : null;
        return new(indicator.Code, indicator.Description, indicator.Kind, indicator.Rule, parsed?.IsValid ?? false, parsed?.Errors ?? []);
    }
}
