using System.Globalization;
using Concord.Contracts.Filing;
using Concord.Contracts.Typologies;

namespace Concord.Fiu.Triage;

/// <summary>
/// Scores a report for the analysts' queue, and says why: a pure function of the report, the number of banks that
/// reported a subject it shares within the window, the typology rules it matched when screened, and the FIU's rules.
/// The same inputs give the same score.
/// </summary>
public static class TriageScorer
{
    public const int MaxScore = 100;

    /// <param name="banksReportingSharedSubject">
    /// How many banks, this one included, reported a subject this report shares within <see cref="TriageRules.MultiBankWindow"/>.
    /// </param>
    /// <param name="hits">The indicator rules of published typologies the report matched, in screening order.</param>
    public static TriageAssessment Score(
        SuspiciousActivityReport? report, int banksReportingSharedSubject, TriageRules rules, IReadOnlyList<TypologyHit>? hits = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (report is null)
        {
            return TriageAssessment.None;
        }

        var factors = new List<TriageFactor>();
        if (MultipleBanks(banksReportingSharedSubject, rules) is { } banks)
        {
            factors.Add(banks);
        }

        foreach (var typology in report.TypologyCodes.Distinct(StringComparer.Ordinal).Take(2))
        {
            factors.Add(new TriageFactor(TriageFactorCodes.CitesTypology, rules.TypologyPoints, $"cites typology {typology}"));
        }

        // Note: one factor per matched typology, naming the indicators that fired, so an analyst sees which red flags the
        // report shows; only the first few score, so a report matching many broad typologies does not swamp the queue.
        foreach (var typology in (hits ?? []).GroupBy(h => (h.TypologyId, h.Code, h.Version)).Take(rules.MatchedTypologiesCounted))
        {
            factors.Add(new TriageFactor(
                TriageFactorCodes.MatchesTypology,
                rules.MatchedTypologyPoints,
                $"matches {string.Join(", ", typology.Select(h => h.IndicatorCode))} of {typology.Key.Code} v{typology.Key.Version}"));
        }

        var above = report.Transactions
            .GroupBy(t => t.Currency, StringComparer.Ordinal)
            .Select(g => (Currency: g.Key, Total: g.Sum(t => t.Amount), Threshold: rules.AmountThresholds.TryGetValue(g.Key, out var limit) ? limit : (decimal?)null))
            .Where(x => x.Threshold is { } limit && x.Total > limit)
            .OrderByDescending(x => x.Total / x.Threshold!.Value)
            .FirstOrDefault();
        if (above.Currency is not null)
        {
            factors.Add(new TriageFactor(
                TriageFactorCodes.AmountAboveThreshold,
                rules.AmountPoints,
                string.Create(CultureInfo.InvariantCulture, $"amount above threshold: {above.Currency} {above.Total:#,0.00} in transactions (threshold {above.Threshold:#,0})")));
        }

        var risky = Jurisdictions(report).Where(rules.HighRiskJurisdictions.Contains).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (risky.Count > 0)
        {
            factors.Add(new TriageFactor(
                TriageFactorCodes.HighRiskJurisdiction,
                rules.HighRiskJurisdictionPoints,
                $"high-risk jurisdiction: {string.Join(", ", risky)}"));
        }

        foreach (var indicator in report.IndicatorCodes.Distinct(StringComparer.Ordinal).Take(3))
        {
            factors.Add(new TriageFactor(TriageFactorCodes.Indicator, rules.IndicatorPoints, $"indicator {indicator}"));
        }

        var ordered = Ordered(factors);
        return new TriageAssessment(Math.Min(MaxScore, ordered.Sum(f => f.Points)), ordered);
    }

    /// <summary>
    /// <paramref name="factors"/> with the <see cref="TriageFactorCodes.MultipleBanks"/> factor for
    /// <paramref name="banksReportingSharedSubject"/> in place of the one they had, the score summed again.
    /// </summary>
    public static TriageAssessment WithBanks(IReadOnlyList<TriageFactor> factors, int banksReportingSharedSubject, TriageRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var kept = factors.Where(f => f.Code != TriageFactorCodes.MultipleBanks).ToList();
        if (MultipleBanks(banksReportingSharedSubject, rules) is { } banks)
        {
            kept.Add(banks);
        }

        var ordered = Ordered(kept);
        return new TriageAssessment(Math.Min(MaxScore, ordered.Sum(f => f.Points)), ordered);
    }

    private static TriageFactor? MultipleBanks(int banks, TriageRules rules) => banks > 1
        ? new TriageFactor(
            TriageFactorCodes.MultipleBanks,
            Math.Min(banks - 1, 3) * rules.OtherBankPoints,
            $"subject reported by {banks} banks in {rules.MultiBankWindow.TotalDays:0} days")
        : null;

    // Note: ordered by weight, then as found, so the first reason an analyst reads is the one that counts most.
    private static List<TriageFactor> Ordered(List<TriageFactor> factors) =>
        [.. factors.Select((f, i) => (f, i)).OrderByDescending(x => x.f.Points).ThenBy(x => x.i).Select(x => x.f)];

    /// <summary>Every country the report names: addresses, nationalities, documents, registrations, institutions, counterparties.</summary>
    private static IEnumerable<string> Jurisdictions(SuspiciousActivityReport report)
    {
        foreach (var subject in report.Subjects)
        {
            foreach (var address in subject.Addresses)
            {
                yield return address.Country;
            }

            foreach (var nationality in subject.Person?.Nationalities ?? [])
            {
                yield return nationality;
            }

            if (subject.LegalEntity?.RegistrationCountry is { } registered)
            {
                yield return registered;
            }

            foreach (var identifier in subject.Identifiers)
            {
                if (identifier.IssuingCountry is { } issuer)
                {
                    yield return issuer;
                }
            }
        }

        foreach (var account in report.Accounts)
        {
            if (account.InstitutionCountry is { } country)
            {
                yield return country;
            }
        }

        foreach (var transaction in report.Transactions)
        {
            if (transaction.Counterparty?.Country is { } country)
            {
                yield return country;
            }
        }
    }
}
