namespace Concord.Fiu.Requests;

/// <summary>IBAN structure and ISO 7064 mod-97 checksum (ISO 13616), for the accounts an analyst names.</summary>
public static class Iban
{
    /// <summary>Removes spaces and upper-cases, the form IBANs are sent and compared in.</summary>
    public static string Normalise(string iban) => iban.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    public static bool IsValid(string iban)
    {
        ArgumentNullException.ThrowIfNull(iban);
        var value = Normalise(iban);
        if (value.Length is < 15 or > 34 || !char.IsAsciiLetterUpper(value[0]) || !char.IsAsciiLetterUpper(value[1])
            || !char.IsAsciiDigit(value[2]) || !char.IsAsciiDigit(value[3]))
        {
            return false;
        }

        // Move the country code and check digits to the end, turn letters into 10..35 and take the remainder mod 97.
        var remainder = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[(i + 4) % value.Length];
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
                return false;
            }
        }

        return remainder == 1;
    }
}
