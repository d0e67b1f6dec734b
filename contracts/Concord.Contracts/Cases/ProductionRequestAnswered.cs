using Concord.Contracts.Sharing;

namespace Concord.Contracts.Cases;

/// <summary>A bank answered a production request with documents (or with none, saying why); they arrive in the case as items.</summary>
public sealed record ProductionRequestAnswered
{
    /// <summary>The bank's copy of the request, as <see cref="ProductionRequested.ProductionRequestId"/> named it.</summary>
    public required Guid ProductionRequestId { get; init; }

    public required string RequestReference { get; init; }

    /// <summary>The answering bank, taken from its token (never from the body).</summary>
    public required string BankOrganisationId { get; init; }

    public required IReadOnlyList<ProducedDocument> Documents { get; init; }

    /// <summary>The bank's comment, e.g. why nothing is produced or what is still to come.</summary>
    public string? Comment { get; init; }

    public required string AnsweredBy { get; init; }

    public required DateTimeOffset AnsweredAt { get; init; }

    /// <summary>
    /// The basis it travels under: from the bank (originator and sender) back to the requesting organisation under the
    /// request's agreement, purpose <c>Investigation</c>, the categories the documents hold, the bank's marking and
    /// onward-sharing rule; its lineage names the request's reference.
    /// </summary>
    public SharingEnvelope? Envelope { get; init; }
}
