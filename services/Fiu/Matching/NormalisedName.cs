namespace Concord.Fiu.Matching;

/// <summary>A name as matching sees it: folded tokens, and the key they make in any order.</summary>
/// <param name="Tokens">The name's tokens, folded, in the order written (honorifics and legal forms removed).</param>
public sealed record NormalisedName(IReadOnlyList<string> Tokens)
{
    /// <summary>The tokens sorted and joined by one space: <c>"Ivan PETROV"</c> and <c>"Petrov, Ivan"</c> both give <c>"ivan petrov"</c>.</summary>
    public string Key { get; } = string.Join(' ', Tokens.Order(StringComparer.Ordinal));

    /// <summary>The tokens of a <see cref="Key"/>.</summary>
    public static IReadOnlyList<string> TokensOf(string key) => key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
