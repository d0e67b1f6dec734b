namespace Concord.Fiu.Matching;

/// <summary>
/// Decides the links of one batch of new reports, in memory, from the earlier occurrences of their keys: every earlier
/// report sharing a strong identifier; every earlier name a blocking key brings that scores high enough; and, in the
/// same way, every earlier report of the batch itself. Never a report with itself.
/// </summary>
internal sealed class BatchMatcher(
    IReadOnlyList<ReportToIndex> reports,
    IReadOnlyList<IReadOnlyList<ExtractedIdentifier>> extracted,
    IReadOnlyDictionary<(string Kind, string Value), List<EarlierIdentifier>> earlier,
    DateTimeOffset now)
{
    private readonly Dictionary<(string Kind, string Value), List<EarlierIdentifier>> _inBatch = [];
    private readonly HashSet<(Guid, Guid, IdentifierKind, string, string, string)> _linked = [];
    private readonly List<NewLink> _links = [];

    public int NameCandidatesScored { get; private set; }

    public int CommonKeys { get; private set; }

    public List<NewLink> Match()
    {
        for (var i = 0; i < reports.Count; i++)
        {
            var report = reports[i];
            var identifiers = extracted[i];
            foreach (var identifier in identifiers.Where(id => id.IsStrong))
            {
                foreach (var other in Occurrences(identifier))
                {
                    Add(report, identifier.Kind, identifier.Value, identifier.Display, identifier.Holder, other, score: null);
                }
            }

            foreach (var name in identifiers.Where(id => id.Kind == IdentifierKind.NameBlock).GroupBy(id => (id.Holder, id.Name)))
            {
                MatchName(report, name.ToList());
            }

            // Only now: a report is matched with the batch's earlier reports, and later ones are matched with it.
            foreach (var identifier in identifiers.Where(id => id.IsStrong || id.Kind == IdentifierKind.NameBlock))
            {
                var key = (identifier.Kind.ToString(), identifier.Value);
                if (!_inBatch.TryGetValue(key, out var list))
                {
                    _inBatch[key] = list = [];
                }

                list.Insert(0, new EarlierIdentifier(report.ReportId, identifier.Holder, identifier.Display, identifier.Name, report.BankOrganisationId));
            }
        }

        return _links;
    }

    /// <summary>Scores every name the holder's blocking keys bring (once each) and links those above the threshold.</summary>
    private void MatchName(ReportToIndex report, List<ExtractedIdentifier> blocks)
    {
        var first = blocks[0];
        var person = first.Value.StartsWith("p:", StringComparison.Ordinal);
        var tokens = NormalisedName.TokensOf(first.Name!);
        var candidates = new Dictionary<(Guid, string), EarlierIdentifier>();
        foreach (var block in blocks)
        {
            foreach (var other in Occurrences(block))
            {
                candidates.TryAdd((other.ReportId, other.Holder), other);
            }
        }

        foreach (var candidate in candidates.Values)
        {
            if (candidate.ReportId == report.ReportId || candidate.Name is null)
            {
                continue;
            }

            NameCandidatesScored++;
            var score = NameSimilarity.Score(tokens, NormalisedName.TokensOf(candidate.Name), minimumTokens: person ? 2 : 1);
            if (score >= NameSimilarity.LinkThreshold)
            {
                var kind = person ? IdentifierKind.PersonName : IdentifierKind.EntityName;
                Add(report, kind, first.Name!, first.Display, first.Holder, candidate, Math.Round(score, 4));
            }
        }
    }

    /// <summary>
    /// The earlier occurrences of an identifier's key: the batch's own first, then the index's, newest first. A name
    /// block with more than <see cref="SubjectIndex.MaxNamesPerBlock"/> is common and not followed at all (it would
    /// bring too many names to score); a strong identifier with more than <see cref="SubjectIndex.MaxMatchesPerKey"/>
    /// is followed to its most recent occurrences only.
    /// </summary>
    private IEnumerable<EarlierIdentifier> Occurrences(ExtractedIdentifier identifier)
    {
        var key = (identifier.Kind.ToString(), identifier.Value);
        var inBatch = _inBatch.GetValueOrDefault(key) ?? [];
        var stored = earlier.GetValueOrDefault(key) ?? [];
        var limit = identifier.Kind == IdentifierKind.NameBlock ? SubjectIndex.MaxNamesPerBlock : SubjectIndex.MaxMatchesPerKey;
        if (inBatch.Count + stored.Count > limit)
        {
            CommonKeys++;
            if (identifier.Kind == IdentifierKind.NameBlock)
            {
                return [];
            }
        }

        return inBatch.Concat(stored).Take(limit);
    }

    private void Add(ReportToIndex report, IdentifierKind kind, string value, string display, string holder, EarlierIdentifier other, double? score)
    {
        if (other.ReportId == report.ReportId || !_linked.Add((report.ReportId, other.ReportId, kind, value, holder, other.Holder)))
        {
            return;
        }

        var sameBank = string.Equals(report.BankOrganisationId, other.BankOrganisationId, StringComparison.Ordinal);
        _links.Add(new NewLink(report.ReportId, other.ReportId, kind, value, display, other.Display, holder, other.Holder, score, sameBank, now));
    }
}
