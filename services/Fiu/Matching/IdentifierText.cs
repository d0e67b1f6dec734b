using System.Text;

namespace Concord.Fiu.Matching;

/// <summary>Pieces the identifier normalisers share: numbers without separators, country codes, type codes.</summary>
public static class IdentifierText
{
    /// <summary>
    /// Letters and digits only, upper-cased; spaces, hyphens, dots, slashes and other separators removed
    /// (<c>"12-34 56/7"</c> → <c>"1234567"</c>). Null when nothing is left.
    /// </summary>
    public static string? Compact(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return null;
        }

        var builder = new StringBuilder(number.Length);
        foreach (var c in number)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
            else if (char.IsLetterOrDigit(c))
            {
                // Note: a non-ASCII letter or digit is not a separator; folded, so "Ä" and "A" compare equal.
                builder.Append(TextFolding.Fold(c.ToString()).ToUpperInvariant());
            }
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    /// <summary>An ISO 3166-1 alpha-2 code upper-cased; null when there is none or it is not two letters.</summary>
    public static string? Country(string? country)
    {
        var value = country?.Trim().ToUpperInvariant();
        return value is { Length: 2 } && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiLetterUpper(value[1]) ? value : null;
    }

    /// <summary>A type code folded to lower-case letters and digits: <c>"Driver's licence"</c> → <c>"driverslicence"</c>.</summary>
    public static string TypeCode(string? type)
    {
        var builder = new StringBuilder();
        foreach (var c in TextFolding.Fold(type ?? ""))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
