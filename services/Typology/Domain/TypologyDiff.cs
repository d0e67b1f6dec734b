using Concord.Contracts.Typologies;

namespace Concord.Typology.Domain;

/// <summary>
/// What changed between two versions of a typology, field by field: the texts, crime area, marking, audience, and each
/// indicator (by code) added, removed or changed in its description, kind or rule.
/// </summary>
public static class TypologyDiff
{
    /// <param name="includeAudience">
    /// False for what a recipient is told: the audience names the other recipients, and a recipient never learns who
    /// else received a typology.
    /// </param>
    public static IReadOnlyList<TypologyChange> Between(TypologyDraftContent before, TypologyDraftContent after, bool includeAudience = true)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<TypologyChange>();
        Compare("title", before.Title, after.Title, changes);
        Compare("summary", before.Summary, after.Summary, changes);
        Compare("narrative", before.Narrative, after.Narrative, changes);
        Compare("crimeArea", before.CrimeArea, after.CrimeArea, changes);
        Compare("marking", before.Marking?.ToString(), after.Marking?.ToString(), changes);
        if (includeAudience)
        {
            Compare("audience", before.Audience?.Describe(), after.Audience?.Describe(), changes);
        }

        var earlier = before.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var later = after.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        foreach (var removed in before.Indicators.Where(i => !later.ContainsKey(i.Code)))
        {
            changes.Add(new TypologyChange { Field = $"indicators[{removed.Code}]", Change = TypologyChangeKind.Removed, Before = removed.Description });
        }

        foreach (var indicator in after.Indicators)
        {
            if (!earlier.TryGetValue(indicator.Code, out var old))
            {
                changes.Add(new TypologyChange { Field = $"indicators[{indicator.Code}]", Change = TypologyChangeKind.Added, After = indicator.Description });
                continue;
            }

            Compare($"indicators[{indicator.Code}].description", old.Description, indicator.Description, changes);
            Compare($"indicators[{indicator.Code}].kind", old.Kind.ToString(), indicator.Kind.ToString(), changes);
            Compare($"indicators[{indicator.Code}].rule", old.Rule, indicator.Rule, changes);
        }

        return changes;
    }

    private static void Compare(string field, string? before, string? after, List<TypologyChange> changes)
    {
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return;
        }

        var kind = before is null ? TypologyChangeKind.Added : after is null ? TypologyChangeKind.Removed : TypologyChangeKind.Changed;
        changes.Add(new TypologyChange { Field = field, Change = kind, Before = before, After = after });
    }
}
