using Concord.Testing;

namespace Concord.Agreements.Tests.Integration;

/// <summary>The service started with the demo seed of legal gateways and agreements.</summary>
public sealed class SeededHost : AgreementsHost
{
    public static string DemoAgreements => Path.Combine(RepositoryPaths.Root, "deploy", "seed", "demo-agreements.json");

    protected override IReadOnlyDictionary<string, string> Settings() => new Dictionary<string, string>
    {
        ["Concord:Agreements:SeedFile"] = DemoAgreements,
        ["Concord:Agreements:ExpiryInterval"] = "01:00:00",
        ["Concord:Agreements:HeartbeatInterval"] = "01:00:00",
        ["Concord:Audit:CheckpointInterval"] = "01:00:00",
    };
}
