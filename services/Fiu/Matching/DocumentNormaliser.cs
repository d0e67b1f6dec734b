namespace Concord.Fiu.Matching;

/// <summary>
/// Identity documents: the type folded to a code (with common spellings made one: <c>DriversLicense</c> and
/// <c>Driving licence</c> are <c>driverlicence</c>), the issuing country, and the number without separators,
/// as <c>passport|GB|533401289</c>. Company registration numbers are <c>GB|14820391</c>.
/// </summary>
public static class DocumentNormaliser
{
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["idcard"] = "nationalid",
        ["identitycard"] = "nationalid",
        ["nationalidcard"] = "nationalid",
        ["nationalidentitycard"] = "nationalid",
        ["nationalidentitynumber"] = "nationalid",
        ["driverlicense"] = "driverlicence",
        ["driverslicense"] = "driverlicence",
        ["driverslicence"] = "driverlicence",
        ["drivinglicence"] = "driverlicence",
        ["drivinglicense"] = "driverlicence",
        ["taxnumber"] = "taxid",
        ["tin"] = "taxid",
        ["taxidentificationnumber"] = "taxid",
        ["residencepermit"] = "residencepermit",
    };

    /// <summary>The document as <c>type|COUNTRY|NUMBER</c> (country empty when not given); null when the type or number is missing.</summary>
    public static string? Document(string? type, string? issuingCountry, string? number)
    {
        var code = IdentifierText.TypeCode(type);
        var compact = IdentifierText.Compact(number);
        if (code.Length == 0 || compact is null)
        {
            return null;
        }

        return $"{Synonyms.GetValueOrDefault(code, code)}|{IdentifierText.Country(issuingCountry)}|{compact}";
    }

    /// <summary>A company registration number as <c>COUNTRY|NUMBER</c> (country empty when not given); null without a number.</summary>
    public static string? Registration(string? country, string? number) =>
        IdentifierText.Compact(number) is { } compact ? $"{IdentifierText.Country(country)}|{compact}" : null;
}
