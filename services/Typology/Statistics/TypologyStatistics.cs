namespace Concord.Typology.Statistics;

/// <summary>A typology's figures per version, per bank and per period (<c>week</c>: 2026-W14, <c>month</c>: 2026-04).</summary>
public sealed record TypologyStatistics(
    string Code,
    string Period,
    IReadOnlyList<VersionFigures> Versions,
    IReadOnlyList<BankFigures> ByBank,
    IReadOnlyList<PeriodFigures> ByPeriod);
