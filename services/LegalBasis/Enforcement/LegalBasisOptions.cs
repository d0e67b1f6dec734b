namespace Concord.LegalBasis.Enforcement;

/// <summary>Who this service receives partnership data as, and how stale its replica may be.</summary>
public sealed class LegalBasisOptions
{
    public const string Section = "Concord:LegalBasis";

    /// <summary>The organisation this service takes delivery for, e.g. <c>fiu-gb</c> for the FIU's service.</summary>
    public string Organisation { get; set; } = "";

    /// <summary>How old the replica of the agreements may be before the service refuses to share or receive.</summary>
    public TimeSpan MaxReplicaStaleness { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The suffix of the queue where a receive endpoint puts messages it refused.</summary>
    public string QuarantineSuffix { get; set; } = "-quarantine";
}
