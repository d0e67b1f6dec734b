using Concord.Contracts.Sharing;

namespace Concord.Typology.Statistics;

/// <summary>One line of the partnership export: a version of a typology and its figures.</summary>
public sealed record ExportRow(
    string Code,
    int Version,
    string Title,
    string CrimeArea,
    Tlp Marking,
    DateTimeOffset PublishedAt,
    bool Withdrawn,
    int Recipients,
    int Acknowledgements,
    int Citations,
    int RuleHits,
    int Disseminations);
