namespace Concord.LegalBasis.Quarantine;

/// <summary>Settings under <c>Concord:LegalBasis:Quarantine</c>.</summary>
public sealed class QuarantineReleaseOptions
{
    public const string Section = "Concord:LegalBasis:Quarantine";

    /// <summary>The broker URI; defaults to <c>ConnectionStrings:rabbitmq</c>, the one the bus uses.</summary>
    public Uri? BrokerUri { get; set; }

    /// <summary>How often the replica is looked at for a change that may release quarantined messages (default 30 s).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);
}
