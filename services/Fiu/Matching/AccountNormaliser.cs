namespace Concord.Fiu.Matching;

/// <summary>
/// Account numbers with the institution that keeps them: the number without separators, upper-cased, and the
/// institution as the first eight characters of its BIC (the bank, without the branch) or, without a BIC, its name
/// normalised as a legal entity's (<c>"Alpha Bank plc"</c> → <c>alpha bank</c>). An account given with both is indexed
/// under both, so a report naming the bank only meets one giving its BIC.
/// </summary>
public static class AccountNormaliser
{
    /// <summary>The values an account is indexed under: <c>bic:WESTGB2L|12345678</c> and/or <c>name:west bank|12345678</c>; empty when the number or the institution is missing or unusable.</summary>
    public static IReadOnlyList<string> Normalise(string? accountNumber, string? bic, string? institutionName)
    {
        var number = IdentifierText.Compact(accountNumber);
        if (number is null)
        {
            return [];
        }

        var values = new List<string>(2);
        if (Bank(bic) is { } bank)
        {
            values.Add($"bic:{bank}|{number}");
        }

        if (NameNormaliser.Entity(institutionName) is { } name)
        {
            values.Add($"name:{name.Key}|{number}");
        }

        return values;
    }

    /// <summary>The institution part of a BIC (ISO 9362): its first eight characters; null when it is not a BIC of 8 or 11 letters and digits.</summary>
    public static string? Bank(string? bic)
    {
        var value = bic?.Trim().ToUpperInvariant();
        if (value is not ({ Length: 8 } or { Length: 11 }))
        {
            return null;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var valid = i < 6 ? char.IsAsciiLetterUpper(value[i]) : char.IsAsciiLetterOrDigit(value[i]);
            if (!valid)
            {
                return null;
            }
        }

        return value[..8];
    }
}
