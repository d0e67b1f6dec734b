namespace Concord.Fiu.Requests;

/// <summary>What one bank answered to its copy of a request, kept under the answer's own envelope and retention.</summary>
public sealed class RecipientAnswer
{
    /// <summary>The recipient (the bank's copy of the request) answered.</summary>
    public Guid RecipientId { get; set; }

    /// <summary>The bank's reference of the request, naming the answer in the audit chain.</summary>
    public required string Reference { get; set; }

    public required string BankOrganisationId { get; set; }

    /// <summary>The answers per subject, as JSON (<c>SubjectAnswer[]</c>).</summary>
    public required string Answers { get; set; }

    /// <summary>The envelope the answer arrived under, as JSON: what every read is decided on.</summary>
    public required string Envelope { get; set; }

    public Guid AgreementId { get; set; }

    public DateTimeOffset RetainUntil { get; set; }

    public required string AnsweredBy { get; set; }

    public DateTimeOffset AnsweredAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}
