using Concord.Contracts.Sharing;

namespace Concord.BankGateway.Production;

/// <summary>A task force's production request as the bank it was addressed to holds it, with the bank's answer once given.</summary>
public sealed class ProductionRequest
{
    /// <summary>The task force's id of this bank's copy (<c>ProductionRequested.ProductionRequestId</c>), named again by the answer.</summary>
    public Guid Id { get; set; }

    /// <summary>The reference this bank sees; every bank asked has its own.</summary>
    public required string Reference { get; set; }

    /// <summary>The bank the request is addressed to. Every query is scoped by it.</summary>
    public required string BankOrganisationId { get; set; }

    /// <summary>The task-force organisation that asks: the answer goes back to it.</summary>
    public required string RequestedBy { get; set; }

    public required string RequestedByPerson { get; set; }

    public required string Description { get; set; }

    /// <summary>The subjects and accounts, as JSON (<c>RequestedSubject[]</c>).</summary>
    public required string Subjects { get; set; }

    public string? LegalInstrument { get; set; }

    public DateTimeOffset Deadline { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The envelope the request arrived under, as JSON: the answer goes back under the same agreement.</summary>
    public required string Envelope { get; set; }

    public Guid AgreementId { get; set; }

    /// <summary>When the request (and the bank's answer kept with it) must be purged, as the agreement set it.</summary>
    public DateTimeOffset RetainUntil { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>The bank's client or user that answered.</summary>
    public string? AnsweredBy { get; set; }

    public string? AnswerComment { get; set; }

    /// <summary>The marking the answer went under (the bank's choice, as the decision point stamped it).</summary>
    public Tlp? AnswerMarking { get; set; }

    /// <summary>The documents produced, in the order the bank gave them.</summary>
    public List<ProductionDocument> Documents { get; set; } = [];
}
