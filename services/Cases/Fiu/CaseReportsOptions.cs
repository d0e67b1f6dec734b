namespace Concord.Cases.Fiu;

/// <summary>Where the FIU's CaseReports gRPC service is, and the scope this service's token for it carries.</summary>
public sealed class CaseReportsOptions
{
    public const string Section = "Concord:Cases";

    /// <summary>The FIU's gRPC address, e.g. <c>http://127.0.0.1:5402</c>; required (the service does not start without it).</summary>
    public Uri? FiuAddress { get; set; }

    /// <summary>The scope of the token the FIU's CaseReports takes (its resource gives the audience, concord-fiu).</summary>
    public string Scope { get; set; } = "concord.fiu.case-reports";

    /// <summary>How long a call may take before the FIU counts as unavailable.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
