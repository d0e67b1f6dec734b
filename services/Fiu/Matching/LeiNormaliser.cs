namespace Concord.Fiu.Matching;

/// <summary>Legal Entity Identifiers (ISO 17442): 20 letters and digits, the last two check digits (ISO 7064 mod 97-10).</summary>
public static class LeiNormaliser
{
    /// <summary>The LEI upper-cased without spaces, or null when it is not a valid LEI.</summary>
    public static string? Normalise(string? lei)
    {
        if (string.IsNullOrWhiteSpace(lei))
        {
            return null;
        }

        var value = string.Concat(lei.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (value.Length != 20 || !char.IsAsciiDigit(value[18]) || !char.IsAsciiDigit(value[19]))
        {
            return null;
        }

        var remainder = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                remainder = ((remainder * 100) + (c - 'A' + 10)) % 97;
            }
            else
            {
                return null;
            }
        }

        return remainder == 1 ? value : null;
    }
}
