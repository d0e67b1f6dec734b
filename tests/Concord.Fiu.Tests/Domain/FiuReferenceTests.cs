using Concord.Fiu.Domain;
using Xunit;

namespace Concord.Fiu.Tests.Domain;

public sealed class FiuReferenceTests
{
    [Fact]
    public void New_WhenCalled_HasPrefixYearAndTenCrockfordCharacters()
    {
        var reference = FiuReference.New(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

        Assert.Matches("^FIU-2026-[0-9A-HJKMNP-TV-Z]{10}$", reference);
        Assert.True(FiuReference.IsWellFormed(reference));
    }

    [Fact]
    public void New_WhenLocalDateIsInAnotherYear_UsesTheUtcYear()
    {
        var reference = FiuReference.New(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.FromHours(-2)));

        Assert.StartsWith("FIU-2027-", reference, StringComparison.Ordinal);
    }

    [Fact]
    public void New_WhenCalledManyTimes_IsRandomNotSequential()
    {
        var now = DateTimeOffset.UtcNow;
        var references = Enumerable.Range(0, 10_000).Select(_ => FiuReference.New(now)).ToList();

        Assert.Equal(references.Count, references.Distinct(StringComparer.Ordinal).Count());
        // A sequence would share long prefixes; random references differ in their first character about 31 times in 32.
        var samePrefix = references.Zip(references.Skip(1)).Count(pair => pair.First[9] == pair.Second[9]);
        Assert.InRange(samePrefix, 0, 1_000);
        // Every character of the alphabet turns up in the first random position.
        Assert.Equal(32, references.Select(r => r[9]).Distinct().Count());
    }

    [Theory]
    [InlineData("FIU-2026-7KQ2M9XW4T", true)]
    [InlineData("FIU-2026-7kq2m9xw4t", false)]
    [InlineData("FIU-2026-7KQ2M9XW4", false)]
    [InlineData("FIU-2026-7KQ2M9XW4TT", false)]
    [InlineData("FIU-2026-7KQ2M9XWIL", false)]
    [InlineData("FIU-2026-7KQ2M9XWOU", false)]
    [InlineData("CR-2026-7KQ2M9XW4T", false)]
    [InlineData(null, false)]
    public void IsWellFormed_WhenGivenAReference_TellsItsFormat(string? reference, bool expected) =>
        Assert.Equal(expected, FiuReference.IsWellFormed(reference));
}
