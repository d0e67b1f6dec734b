using System.Text.RegularExpressions;

namespace Concord.Typology.Domain;

/// <summary>Codes of typologies (<c>T-2026-014</c>) and of their indicators (<c>STRUCT-1</c>), as banks cite them in reports.</summary>
public static partial class TypologyCode
{
    /// <summary>What a typology code looks like, for messages.</summary>
    public const string Format = "T-YYYY-NNN (e.g. T-2026-014: the year, then three or four digits)";

    public const string IndicatorFormat = "upper-case letters and digits in groups joined by '-', starting with a letter (e.g. STRUCT-1), at most 32 characters";

    public static bool IsValid(string? code) => code is not null && Typology().IsMatch(code);

    public static bool IsValidIndicator(string? code) => code is { Length: <= 32 } && Indicator().IsMatch(code);

    [GeneratedRegex("^T-[0-9]{4}-[0-9]{3,4}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Typology();

    [GeneratedRegex("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Indicator();
}
