using System.Text.Json;
using Concord.ServiceDefaults.Http;
using Concord.Testing;
using Concord.Typology.Domain;
using Xunit;

namespace Concord.Typology.Tests.Domain;

/// <summary>The demo's typologies (deploy/seed/demo-typologies.json) are what the service accepts, rules and all.</summary>
public sealed class DemoTypologiesTests
{
    [Fact]
    public async Task DemoTypologies_WhenReadAsTheServiceReadsBodies_AreValidWithParsingRules()
    {
        await using var file = File.OpenRead(Path.Combine(RepositoryPaths.Root, "deploy", "seed", "demo-typologies.json"));
        using var seed = await JsonDocument.ParseAsync(file);
        var validator = new DraftValidator(RuleCheckers.Service());

        var typologies = seed.RootElement.GetProperty("typologies").EnumerateArray()
            .Select(item => item.Deserialize<TypologyBody>(RequestJson.Options)!).ToList();

        Assert.Equal(["T-2026-014", "T-2026-015", "T-2026-016"], typologies.Select(t => t.Code));
        Assert.Equal(["DrugTraffickingProceeds", "MoneyMules", "PrecursorDiversion"], typologies.Select(t => t.CrimeArea));
        foreach (var typology in typologies)
        {
            var (content, errors) = validator.Validate(typology);
            Assert.True(errors.Count == 0, $"{typology.Code}: {string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}"))}");
            Assert.Empty(DraftValidator.PublicationErrors(content!));
            Assert.True(content!.Indicators.Count(i => i.Rule is not null) >= 3, $"{typology.Code} screens with at least three rules");
        }
    }
}
