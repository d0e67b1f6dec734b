using System.Text.Json;
using Concord.Fiu.Persistence;
using Xunit;

namespace Concord.Fiu.Tests.Domain;

public sealed class JsonTextTests
{
    [Fact]
    public void ContainsNul_WhenAStringHoldsNul_IsTrueAndReplaceNulRemovesIt()
    {
        var json = JsonSerializer.Serialize(new { narrative = "before\0after" });

        Assert.True(JsonText.ContainsNul(json));
        var replaced = JsonText.ReplaceNul(json);
        Assert.False(JsonText.ContainsNul(replaced));
        Assert.Equal("before\uFFFDafter", JsonDocument.Parse(replaced).RootElement.GetProperty("narrative").GetString());
    }

    [Fact]
    public void ContainsNul_WhenTextMerelySpellsTheEscape_IsFalseAndNothingChanges()
    {
        var json = JsonSerializer.Serialize(new { narrative = "a literal \\u0000 and \\\\u0000" });

        Assert.False(JsonText.ContainsNul(json));
        Assert.Equal(json, JsonText.ReplaceNul(json));
    }

    [Fact]
    public void ReplaceNul_WhenEscapedBackslashPrecedesNul_ReplacesOnlyTheNul()
    {
        var json = JsonSerializer.Serialize(new { narrative = "x\\\0y\0" });

        var replaced = JsonText.ReplaceNul(json);

        Assert.Equal("x\\\uFFFDy\uFFFD", JsonDocument.Parse(replaced).RootElement.GetProperty("narrative").GetString());
    }
}
