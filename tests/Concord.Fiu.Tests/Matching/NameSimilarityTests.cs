using Concord.Fiu.Matching;
using Xunit;

namespace Concord.Fiu.Tests.Matching;

public sealed class NameSimilarityTests
{
    [Theory]
    [InlineData("martha", "marhta", 0.9611)]
    [InlineData("dwayne", "duane", 0.84)]
    [InlineData("dixon", "dicksonx", 0.8133)]
    [InlineData("petrov", "petrenko", 0.8917)]
    [InlineData("abc", "abc", 1.0)]
    [InlineData("abc", "xyz", 0.0)]
    public void JaroWinkler_MatchesTheReferenceValues(string a, string b, double expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 3);

    [Theory]
    [InlineData("Ivan Petrov", "Petrov, Ivan")]
    [InlineData("Daniel James Whitcombe", "Whitcomb, Dániel")]
    [InlineData("Daniel James Whitcombe", "Daniel Whitcombe")]
    [InlineData("Jon Smith", "John Smith")]
    [InlineData("Aleksandr Ivanov", "Alexandr Ivanov")]
    public void Score_WhenNamesAreTheSamePersonSpelledDifferently_ReachesTheLinkThreshold(string a, string b) =>
        Assert.True(Score(a, b) >= NameSimilarity.LinkThreshold, $"{a} ~ {b}: {Score(a, b)}");

    [Theory]
    [InlineData("Ivan Petrov", "Ivan Petrenko")]
    [InlineData("Ivan Petrov", "Igor Petrov")]
    [InlineData("Daniel Whitcombe", "Daniel Whitmore")]
    [InlineData("Maria Garcia Lopez", "Maria Lopez Fernandez")]
    [InlineData("Petrov", "Ivan Petrov")]
    public void Score_WhenNamesAreNearMisses_StaysBelowTheLinkThreshold(string a, string b) =>
        Assert.True(Score(a, b) < NameSimilarity.LinkThreshold, $"{a} ~ {b}: {Score(a, b)}");

    [Fact]
    public void Score_IsSymmetricAndOneForTheSameName()
    {
        Assert.Equal(Score("Daniel James Whitcombe", "Whitcomb Daniel"), Score("Whitcomb Daniel", "Daniel James Whitcombe"), 10);
        Assert.Equal(1.0, Score("Ivan Petrov", "PETROV Ivan"), 10);
    }

    [Fact]
    public void Score_ForOneWordEntityNames_MeetsOnlyOneWordNames()
    {
        Assert.Equal(1.0, NameSimilarity.Score(["northgate"], ["northgate"], minimumTokens: 1), 10);
        Assert.Equal(0.0, NameSimilarity.Score(["northgate"], ["northgate", "trading"], minimumTokens: 1), 10);
    }

    private static double Score(string a, string b) => NameSimilarity.Score(NameNormaliser.Person(a)!.Tokens, NameNormaliser.Person(b)!.Tokens);
}
