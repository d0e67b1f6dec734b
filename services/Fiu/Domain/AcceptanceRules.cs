using System.Collections.Frozen;

namespace Concord.Fiu.Domain;

/// <summary>What this FIU accepts: its report types, its indicator list (when it has one) and the shortest narrative.</summary>
public sealed class AcceptanceRules
{
    /// <summary>Suspicious transaction / activity, currency transaction, additional information and terrorist financing reports.</summary>
    public static readonly IReadOnlyList<string> DefaultReportTypeCodes = ["STR", "SAR", "CTR", "AIF", "TFR"];

    public AcceptanceRules(IEnumerable<string> reportTypeCodes, IEnumerable<string>? indicatorCodes, int minimumNarrativeLength)
    {
        ArgumentNullException.ThrowIfNull(reportTypeCodes);
        ReportTypeCodes = reportTypeCodes.ToFrozenSet(StringComparer.Ordinal);
        IndicatorCodes = indicatorCodes?.ToFrozenSet(StringComparer.Ordinal);
        MinimumNarrativeLength = minimumNarrativeLength;
    }

    /// <summary>Codes compare exactly (ordinal): they are data the FIU publishes, not free text.</summary>
    public IReadOnlySet<string> ReportTypeCodes { get; }

    /// <summary>Null when the FIU has no indicator list: any code is then accepted.</summary>
    public IReadOnlySet<string>? IndicatorCodes { get; }

    public int MinimumNarrativeLength { get; }
}
