namespace Concord.Screening.Lexing;

/// <summary>One token: its kind, where it stands in the source, and its value (a name, a string's content, a number).</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int Length, string Text, decimal Number)
{
    public int End => Start + Length;

    /// <summary>True for an identifier spelled <paramref name="keyword"/> in any case (keywords are not reserved words of the catalogue).</summary>
    public bool Is(string keyword) =>
        Kind == TokenKind.Identifier && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    public string Describe() => Kind switch
    {
        TokenKind.End => "the end of the rule",
        TokenKind.Identifier => $"'{Text}'",
        TokenKind.Number => $"the number {Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
        TokenKind.String => "a string",
        _ => $"'{Text}'",
    };
}
