using System.Globalization;
using Concord.Contracts.Typologies;

namespace Concord.Benchmarks.Screening;

/// <summary>
/// Published typologies with rule indicators drawn from the patterns FIUs publish: structured cash, mule fan-in,
/// high-risk corridors, new companies, precursor keywords, crypto off-ramps, rapid in-and-out, cited indicators.
/// Thresholds, windows, countries and codes vary, so no two typologies are the same.
/// </summary>
internal static class SyntheticTypologies
{
    private static readonly string[] Countries = ["MX", "CO", "PE", "PA", "AE", "HK", "TR", "NG", "CN", "VE", "BO", "EC", "CY", "MT", "LV"];
    private static readonly string[] Keywords = ["acetone", "precursor", "pill press", "safrole", "ephedrine", "courier", "cash-intensive", "crypto", "kiosk", "casino"];

    private static readonly Func<Random, string>[] Templates =
    [
        r => $"count(transactions where channel = \"Cash\" and direction = \"In\" and amount >= {Pick(r, 3_000, 5_000)} and amount < {Pick(r, 9_000, 10_000)} within {Pick(r, 3, 7)} days) >= {Pick(r, 3, 4)}",
        r => $"any(transactions where counterparty.country in [{List(r, Countries, 3)}])",
        r => $"indicatorCodes contains \"{Code(r)}\"",
        r => $"indicatorCodes contains any [\"{Code(r)}\", \"{Code(r)}\"]",
        r => $"sum(transactions where direction = \"Out\" and channel = \"Wire\" within {Pick(r, 7, 30)} days, amount) > {Pick(r, 100_000, 250_000)}",
        r => $"distinct(transactions where direction = \"In\", counterparty.iban) >= {Pick(r, 10, 15, 20)}",
        r => $"any(accounts where heldAtReportingEntity and ageInDays < {Pick(r, 30, 60, 90)})",
        r => $"any(subjects where kind = \"Person\" and person.age < {Pick(r, 21, 25)}) and count(transactions where direction = \"In\") >= {Pick(r, 10, 20)}",
        r => $"any(subjects where kind = \"LegalEntity\" and legalEntity.ageInDays < {Pick(r, 180, 365)} and legalEntity.registrationCountry in [{List(r, Countries, 4)}])",
        r => $"narrative contains any [{List(r, Keywords, 3)}]",
        r => $"any(transactions where channel = \"Crypto\" or description contains \"{Pick(r, "exchange", "wallet", "bitcoin")}\")",
        r => $"sum(transactions where direction = \"In\", amount) > {Pick(r, 250_000, 500_000)} and sum(transactions where direction = \"Out\", amount) >= {Pick(r, 200_000, 400_000)}",
        r => $"any(transactions where currency != report.localCurrency and amount > {Pick(r, 15_000, 30_000)})",
        r => $"any(transactions where counterparty.name contains \"{Pick(r, "trading", "import", "logistics", "chemical")}\" and counterparty.country != \"GB\")",
        r => $"any(subjects where person.nationalities contains any [{List(r, Countries, 2)}])",
        r => $"any(subjects where addresses.country contains \"{Pick(r, Countries)}\")",
        r => $"max(transactions where channel = \"Cash\", amount) >= {Pick(r, 20_000, 40_000)}",
        r => $"typologyCodes contains \"T-2026-{r.Next(1, 120):000}\"",
        r => $"all(transactions where channel = \"Wire\") and count(transactions) > {Pick(r, 10, 25)}",
        r => $"count(transactions where channel = \"Cash\" within {Pick(r, 24, 48)} hours) >= {Pick(r, 5, 8)}",
        r => $"count(transactions where direction = \"In\" and amount >= 1000 and amount < 3000) >= {Pick(r, 30, 50)} and not any(subjects where kind = \"LegalEntity\")",
    ];

    public static List<TypologyIndicator[]> Create(int count, Random random) =>
        [.. Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, random.Next(2, 5)).Select(i => new TypologyIndicator
        {
            Code = $"IND-{i + 1}",
            Description = "A synthetic indicator.",
            Kind = IndicatorKind.Transactional,
            Rule = Templates[random.Next(Templates.Length)](random),
        }).ToArray())];

    // Note: typologies cite an FIU indicator code in two cases of three; banks use a few broad ones far more often.
    private static string Code(Random random) => random.Next(3) == 0 ? Pick(random, SyntheticReports.IndicatorCodes) : $"T-IND-{random.Next(1, 60):00}";

    private static T Pick<T>(Random random, params T[] values) => values[random.Next(values.Length)];

    private static string Pick(Random random, params int[] values) => values[random.Next(values.Length)].ToString(CultureInfo.InvariantCulture);

    private static string List(Random random, string[] values, int count) =>
        string.Join(", ", values.OrderBy(_ => random.Next()).Take(count).Select(v => $"\"{v}\""));
}
