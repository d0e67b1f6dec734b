namespace Concord.Agreements;

/// <summary>Settings under <c>Concord:Agreements</c>; every one has a default.</summary>
public sealed class AgreementsOptions
{
    public const string Section = "Concord:Agreements";

    /// <summary>How often the current change sequence is published as an <c>AgreementsHeartbeat</c>.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often agreements past their <c>validUntil</c> are looked for and expired.</summary>
    public TimeSpan ExpiryInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Legal gateways and agreements to create at start when missing (the demo uses deploy/seed/demo-agreements.json); none when unset.</summary>
    public string? SeedFile { get; set; }
}
