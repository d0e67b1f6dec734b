namespace Concord.BankGateway.Inbox;

/// <summary>A request for information as the bank it was addressed to holds it, with the bank's answer once given.</summary>
public sealed class InboxRequest
{
    /// <summary>The FIU's id of this bank's copy (<c>InformationRequested.RequestId</c>), named again by the answer.</summary>
    public Guid Id { get; set; }

    /// <summary>The reference this bank sees; every bank asked has its own.</summary>
    public required string Reference { get; set; }

    /// <summary>The bank the request is addressed to. Every query is scoped by it.</summary>
    public required string BankOrganisationId { get; set; }

    /// <summary>The FIU that asks.</summary>
    public required string RequestedBy { get; set; }

    /// <summary>The subjects, as JSON (<c>RequestedSubject[]</c>).</summary>
    public required string Subjects { get; set; }

    public required string Reason { get; set; }

    public DateTimeOffset Deadline { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The envelope the request arrived under, as JSON: the answer goes back under the same agreement.</summary>
    public required string Envelope { get; set; }

    public Guid AgreementId { get; set; }

    /// <summary>When the request (and the bank's answer kept with it) must be purged, as the agreement set it.</summary>
    public DateTimeOffset RetainUntil { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    public string? WithdrawalReason { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>The bank's client or user that answered.</summary>
    public string? AnsweredBy { get; set; }

    /// <summary>The answer per subject, as JSON (<c>SubjectAnswer[]</c>), exactly as sent to the FIU.</summary>
    public string? Answers { get; set; }

    /// <summary>SHA-256 of <see cref="Answers"/>: tells an identical repeat of the answer from a different one.</summary>
    public string? AnswerHash { get; set; }
}
