namespace Concord.Agreements.Tests.Integration;

/// <summary>The service with its background jobs on short intervals: expiry, heartbeat and its own audit checkpoints.</summary>
public sealed class FastHost : AgreementsHost
{
    protected override IReadOnlyDictionary<string, string> Settings() => new Dictionary<string, string>
    {
        ["Concord:Agreements:ExpiryInterval"] = "00:00:00.200",
        ["Concord:Agreements:HeartbeatInterval"] = "00:00:00.200",
        ["Concord:Audit:CheckpointInterval"] = "00:00:00.300",
    };
}
