namespace Concord.Fiu.Matching;

/// <summary>
/// How alike two names are, token by token and in any order: each token of the shorter name is paired with a distinct
/// token of the longer one (best pairs first, by <see cref="JaroWinkler"/>), every pair must reach
/// <see cref="TokenThreshold"/>, and the score is the pairs' mean. A missing middle name costs nothing
/// (<c>Daniel Whitcombe</c> ~ <c>Daniel James Whitcombe</c>); a different family name fails its pair
/// (<c>Petrov</c> ~ <c>Petrenko</c> is 0.89, <c>Whitcombe</c> ~ <c>Whitmore</c> 0.90). Two names are linked when the
/// score reaches <see cref="LinkThreshold"/>.
/// </summary>
public static class NameSimilarity
{
    /// <summary>
    /// The least similarity of each paired token: above Petrov ~ Petrenko (0.89) and Whitcombe ~ Whitmore (0.90), below
    /// Aleksandr ~ Alexandr (0.92) and Jon ~ John (0.93). Jaro-Winkler rewards a shared prefix, so different family names
    /// that start alike come close; the margin is narrow, and the tests hold both sides of it.
    /// </summary>
    public const double TokenThreshold = 0.91;

    /// <summary>The least score that links two names.</summary>
    public const double LinkThreshold = 0.92;

    /// <summary>
    /// The score of <paramref name="a"/> against <paramref name="b"/>, 0 to 1; 0 when a token of the shorter name has
    /// no counterpart, or the shorter name has fewer than <paramref name="minimumTokens"/> tokens (one-word names only
    /// meet one-word names when it is 1).
    /// </summary>
    public static double Score(IReadOnlyList<string> a, IReadOnlyList<string> b, int minimumTokens = 2)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (shorter, longer) = a.Count <= b.Count ? (a, b) : (b, a);
        if (shorter.Count == 0 || shorter.Count < Math.Min(minimumTokens, longer.Count) || (shorter.Count == 1 && longer.Count > 1))
        {
            return 0;
        }

        var pairs = new List<(double Similarity, int Short, int Long)>(shorter.Count * longer.Count);
        for (var i = 0; i < shorter.Count; i++)
        {
            for (var j = 0; j < longer.Count; j++)
            {
                pairs.Add((JaroWinkler.Similarity(shorter[i], longer[j]), i, j));
            }
        }

        pairs.Sort((x, y) => y.Similarity.CompareTo(x.Similarity));
        var usedShort = new bool[shorter.Count];
        var usedLong = new bool[longer.Count];
        var sum = 0.0;
        var paired = 0;
        foreach (var (similarity, i, j) in pairs)
        {
            if (usedShort[i] || usedLong[j])
            {
                continue;
            }

            if (similarity < TokenThreshold)
            {
                return 0;
            }

            usedShort[i] = true;
            usedLong[j] = true;
            sum += similarity;
            if (++paired == shorter.Count)
            {
                break;
            }
        }

        return paired == shorter.Count ? sum / paired : 0;
    }
}
