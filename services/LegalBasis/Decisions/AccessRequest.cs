using Concord.Contracts.Sharing;

namespace Concord.LegalBasis.Decisions;

/// <summary>One question to the decision point: may the actor do this with this data, now?</summary>
public readonly record struct AccessRequest
{
    /// <summary>The organisation acting, from its token or its service identity.</summary>
    public required string Actor { get; init; }

    public required AccessAction Action { get; init; }

    public required string Sender { get; init; }

    public required string Recipient { get; init; }

    /// <summary>The organisation the data came from in the first place; the sender itself unless it passes data on.</summary>
    public required string Originator { get; init; }

    public required Guid AgreementId { get; init; }

    public required string? LegalGateway { get; init; }

    public required Purpose Purpose { get; init; }

    public required DataCategorySet Categories { get; init; }

    public required Tlp Marking { get; init; }

    /// <summary>The originator's rule for the data.</summary>
    public required OnwardSharingRule OnwardSharing { get; init; }

    public Guid? ConsentId { get; init; }

    /// <summary>
    /// The moment of the decision, from the enforcement point's own clock — never from a message or a caller: validity
    /// windows, consents and the replica's staleness are all judged at this moment.
    /// </summary>
    public required DateTimeOffset At { get; init; }
}
