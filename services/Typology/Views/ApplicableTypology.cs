using Concord.Contracts.Typologies;

namespace Concord.Typology.Views;

/// <summary>
/// A typology as a recipient holds it: the latest version it was sent, whether it is current or was withdrawn from it,
/// and the distribution id its acknowledgement names.
/// </summary>
public sealed record ApplicableTypology(
    Guid DistributionId,
    string Status,
    DateTimeOffset SentAt,
    DateTimeOffset? AcknowledgedAt,
    DateTimeOffset? WithdrawnAt,
    string? WithdrawalReason,
    TypologyContent Typology);
