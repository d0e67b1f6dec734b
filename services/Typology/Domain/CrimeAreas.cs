namespace Concord.Typology.Domain;

/// <summary>
/// The crime areas a typology can address, as codes. Note: a closed list, so the partnership's figures add up per area;
/// a new area is a new code here (and in the README), never free text.
/// </summary>
public static class CrimeAreas
{
    public static readonly IReadOnlyList<string> All =
    [
        "DrugTraffickingProceeds",
        "PrecursorDiversion",
        "MoneyMules",
        "TradeBasedLaundering",
        "CryptoOffRamp",
        "CashStructuring",
        "ProfessionalEnablers",
        "ShellCompanies",
        "TerroristFinancing",
        "HumanTrafficking",
        "Fraud",
        "Corruption",
        "SanctionsEvasion",
    ];

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && Known.Contains(code);
}
