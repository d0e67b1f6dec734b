using Concord.Fiu.Domain;

namespace Concord.Fiu;

/// <summary>Settings under <c>Concord:Fiu</c>. <see cref="OrganisationId"/> is required: an FIU without it does not start.</summary>
public sealed class FiuOptions
{
    public const string Section = "Concord:Fiu";

    /// <summary>This FIU's Concord organisation id, e.g. "fiu-gb": who acknowledges reports, and whose analysts may read them.</summary>
    public string OrganisationId { get; set; } = "";

    /// <summary>The report type codes this FIU accepts; empty means <see cref="AcceptanceRules.DefaultReportTypeCodes"/>.</summary>
    /// <remarks>Note: the default lives in code, not in the list, because configuration binding appends to a list's items.</remarks>
    public List<string> ReportTypeCodes { get; set; } = [];

    /// <summary>The indicator codes this FIU accepts; empty means any code is accepted (at least one is still required).</summary>
    public List<string> IndicatorCodes { get; set; } = [];

    /// <summary>The shortest narrative (reason for suspicion) accepted, in characters, ignoring surrounding white space.</summary>
    public int MinimumNarrativeLength { get; set; } = 50;

    public AcceptanceRules ToAcceptanceRules() => new(
        ReportTypeCodes.Count > 0 ? ReportTypeCodes : AcceptanceRules.DefaultReportTypeCodes,
        IndicatorCodes.Count > 0 ? IndicatorCodes : null,
        MinimumNarrativeLength);
}
