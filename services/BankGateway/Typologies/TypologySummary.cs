namespace Concord.BankGateway.Typologies;

/// <summary>
/// A typology version in the bank's list: what it is about, how to handle it, whether the bank acknowledged it, and
/// whether it changed since the version the bank held before.
/// </summary>
public sealed record TypologySummary(
    string Code,
    Guid TypologyId,
    int Version,
    TypologyStatus Status,
    string Title,
    string Summary,
    string CrimeArea,
    TypologyMarking Marking,
    int Indicators,
    DateTimeOffset PublishedAt,
    DateTimeOffset ReceivedAt,
    bool Acknowledged,
    DateTimeOffset? AcknowledgedAt,
    bool ChangedSinceYourLastVersion,
    int? PreviousVersion,
    int Changes,
    DateTimeOffset? WithdrawnAt,
    DateTimeOffset RetainUntil);
