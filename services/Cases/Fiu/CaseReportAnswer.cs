namespace Concord.Cases.Fiu;

public enum CaseReportAnswer
{
    Found,

    /// <summary>The FIU has no such report for this reader, agreement and case.</summary>
    NotFound,

    /// <summary>The FIU could not be asked (away, too slow, or refusing this service).</summary>
    Unavailable,
}
