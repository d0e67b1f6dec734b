namespace Concord.Testing;

/// <summary>Finds files of the repository from a test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string DemoSeed => Path.Combine(Root, "deploy", "seed", "demo-seed.json");

    /// <summary>The Agreements service's demo seed: legal gateways and agreements.</summary>
    public static string DemoAgreements => Path.Combine(Root, "deploy", "seed", "demo-agreements.json");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Concord.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Concord.slnx above {AppContext.BaseDirectory}.");
    }
}
