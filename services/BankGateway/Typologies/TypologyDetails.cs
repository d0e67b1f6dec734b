using Concord.BankGateway.Inbox;
using Concord.Contracts.Typologies;

namespace Concord.BankGateway.Typologies;

/// <summary>
/// A typology version in full, as the bank it reached sees it: the narrative and indicators with their rules, its
/// marking, what changed since the version the bank held before, the bank's acknowledgement, the basis it came under,
/// and the other versions the bank holds. Nothing in it names another recipient.
/// </summary>
public sealed record TypologyDetails(
    string Code,
    Guid TypologyId,
    int Version,
    TypologyStatus Status,
    string Title,
    string Summary,
    string Narrative,
    string CrimeArea,
    IReadOnlyList<TypologyIndicator> Indicators,
    TypologyMarking Marking,
    string PublishedBy,
    DateTimeOffset PublishedAt,
    DateTimeOffset ReceivedAt,
    bool Acknowledged,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedBy,
    int? PreviousVersion,
    IReadOnlyList<TypologyChange> Changes,
    DateTimeOffset? WithdrawnAt,
    string? WithdrawalReason,
    InboxBasis Basis,
    IReadOnlyList<TypologyVersionEntry> Versions);
