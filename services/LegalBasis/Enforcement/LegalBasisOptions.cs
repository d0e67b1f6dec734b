namespace Concord.LegalBasis.Enforcement;

/// <summary>Who this service receives partnership data as, and how stale its replica may be.</summary>
public sealed class LegalBasisOptions
{
    public const string Section = "Concord:LegalBasis";

    /// <summary>The organisation this service takes delivery for, e.g. <c>fiu-gb</c> for the FIU's service.</summary>
    public string Organisation { get; set; } = "";

    /// <summary>
    /// More organisations the service acts for, when it serves several: a bank gateway run for the partnership serves
    /// each bank it lists here, and no other.
    /// </summary>
    public List<string> Organisations { get; set; } = [];

    /// <summary>Every organisation the service acts for: <see cref="Organisation"/> and <see cref="Organisations"/>.</summary>
    public IReadOnlySet<string> Hosted => field ??= new HashSet<string>(
        Organisations.Append(Organisation).Where(organisation => !string.IsNullOrWhiteSpace(organisation)), StringComparer.Ordinal);

    /// <summary>How old the replica of the agreements may be before the service refuses to share or receive.</summary>
    public TimeSpan MaxReplicaStaleness { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The suffix of the queue where a receive endpoint puts messages it refused.</summary>
    public string QuarantineSuffix { get; set; } = "-quarantine";
}
