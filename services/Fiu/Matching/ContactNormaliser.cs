using PhoneNumbers;

namespace Concord.Fiu.Matching;

/// <summary>Phone numbers in E.164 (through libphonenumber) and e-mail addresses.</summary>
public static class ContactNormaliser
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// The number in E.164 (<c>+447700900123</c>), or null when it is not a phone number. A number without a leading
    /// <c>+</c> (or <c>00</c>) is read as a national number of <paramref name="region"/>, the ISO 3166-1 country of the
    /// subject or institution; without a region it cannot be read.
    /// </summary>
    /// <remarks>
    /// Note: a number of full length for its country is accepted even when its range is not (yet) allocated, such as the
    /// UK's 07700 900xxx kept for drama: what matters here is that two banks' spellings of one number meet.
    /// </remarks>
    public static string? Phone(string? number, string? region)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return null;
        }

        var text = number.Trim();
        if (text.StartsWith("00", StringComparison.Ordinal))
        {
            text = "+" + text[2..];
        }

        try
        {
            var parsed = Phones.Parse(text, IdentifierText.Country(region) ?? "ZZ");
            var possible = Phones.IsValidNumber(parsed) || Phones.IsPossibleNumberWithReason(parsed) == PhoneNumberUtil.ValidationResult.IS_POSSIBLE;
            return possible ? Phones.Format(parsed, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>The address trimmed and lower-cased, or null when it is not one: one <c>@</c>, something before it, a dotted domain after it, no white space.</summary>
    public static string? Email(string? email)
    {
        var value = email?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(value) || value.Length > 254 || value.Any(char.IsWhiteSpace))
        {
            return null;
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        var domain = at > 0 ? value[(at + 1)..] : "";
        var valid = at > 0 && value.LastIndexOf('@') == at && domain.Contains('.', StringComparison.Ordinal)
            && !domain.StartsWith('.') && !domain.EndsWith('.');
        return valid ? value : null;
    }
}
