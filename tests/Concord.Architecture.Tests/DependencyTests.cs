using System.Xml.Linq;
using Concord.Testing;
using Xunit;

namespace Concord.Architecture.Tests;

/// <summary>Services talk only through contracts: no service project references another, and contracts reference nothing of ours.</summary>
public sealed class DependencyTests
{
    private static readonly string[] SharedLibraries = ["ServiceDefaults", "LegalBasis", "Screening"];

    public static TheoryData<string> ServiceProjects() => new(ServiceProjectPaths());

    private static IEnumerable<string> ServiceProjectPaths() =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "services"), "*.csproj", SearchOption.AllDirectories)
            .Select(project => Path.GetRelativePath(RepositoryPaths.Root, project));

    [Theory]
    [MemberData(nameof(ServiceProjects))]
    public void ServiceProject_References_OnlyContractsAndSharedLibraries(string project)
    {
        var offending = References(project)
            .Where(reference => reference.Contains($"{Path.DirectorySeparatorChar}services{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(reference => !SharedLibraries.Any(shared => reference.Contains($"{Path.DirectorySeparatorChar}services{Path.DirectorySeparatorChar}{shared}{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            .ToList();

        Assert.True(offending.Count == 0, $"{project} references other services: {string.Join(", ", offending)}");
    }

    [Fact]
    public void Solution_HasTheServicesOfTheDesign()
    {
        var services = ServiceProjectPaths().ToList();
        Assert.Contains(services, p => p.EndsWith("Concord.Identity.csproj", StringComparison.Ordinal));
        Assert.Contains(services, p => p.EndsWith("Concord.BankGateway.csproj", StringComparison.Ordinal));
        Assert.Contains(services, p => p.EndsWith("Concord.Fiu.csproj", StringComparison.Ordinal));
        Assert.Contains(services, p => p.EndsWith("Concord.Agreements.csproj", StringComparison.Ordinal));
    }

    [Fact]
    public void Contracts_ReferenceNothingOfOurs()
    {
        var contracts = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "contracts"), "*.csproj", SearchOption.AllDirectories);
        Assert.NotEmpty(contracts);
        Assert.All(contracts, project => Assert.Empty(References(Path.GetRelativePath(RepositoryPaths.Root, project))));
        Assert.All(typeof(Contracts.Filing.SuspiciousActivityReported).Assembly.GetReferencedAssemblies(),
            reference => Assert.False(reference.Name!.StartsWith("Concord", StringComparison.Ordinal), $"contracts reference {reference.Name}"));
    }

    private static List<string> References(string project)
    {
        var path = Path.Combine(RepositoryPaths.Root, project);
        var directory = Path.GetDirectoryName(path)!;
        return XDocument.Load(path).Descendants("ProjectReference")
            .Select(reference => Path.GetFullPath(Path.Combine(directory, reference.Attribute("Include")!.Value.Replace('\\', Path.DirectorySeparatorChar))))
            .ToList();
    }
}
