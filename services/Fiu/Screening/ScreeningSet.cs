using Concord.Contracts.Filing;
using Concord.Contracts.Typologies;
using Concord.Screening;

namespace Concord.Fiu.Screening;

/// <summary>One indicator's rule, compiled.</summary>
public sealed record ScreeningIndicator(string Code, CompiledRule Rule);

/// <summary>A typology version the FIU screens with, its rules compiled.</summary>
public sealed record ScreenedTypology(Guid TypologyId, string Code, int Version, DateTimeOffset Since, IReadOnlyList<ScreeningIndicator> Indicators);

/// <summary>
/// The compiled rules of every current typology, as of one <see cref="Generation"/> of the screening table. Immutable,
/// so intake batches share it without locks.
/// </summary>
public sealed class ScreeningSet(long generation, IReadOnlyList<ScreenedTypology> typologies)
{
    public static ScreeningSet Empty { get; } = new(-1, []);

    public long Generation => generation;

    public IReadOnlyList<ScreenedTypology> Typologies => typologies;

    /// <summary>Every indicator rule the report matches, typology by typology; empty when none does.</summary>
    public IReadOnlyList<TypologyHit> Screen(SuspiciousActivityReport report)
    {
        // Note: index loops; foreach over an IReadOnlyList boxes an enumerator per list, a hundred per report here.
        List<TypologyHit>? hits = null;
        for (var t = 0; t < typologies.Count; t++)
        {
            var typology = typologies[t];
            for (var i = 0; i < typology.Indicators.Count; i++)
            {
                var indicator = typology.Indicators[i];
                if (indicator.Rule.Matches(report))
                {
                    (hits ??= []).Add(new TypologyHit
                    {
                        TypologyId = typology.TypologyId,
                        Code = typology.Code,
                        Version = typology.Version,
                        IndicatorCode = indicator.Code,
                    });
                }
            }
        }

        return hits ?? [];
    }
}
