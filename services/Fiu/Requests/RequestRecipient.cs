namespace Concord.Fiu.Requests;

/// <summary>One bank a request went to: its own copy, with its own id and reference, and where its answer stands.</summary>
public sealed class RequestRecipient
{
    /// <summary>The id the bank's copy carries (<c>InformationRequested.RequestId</c>) and its answer names.</summary>
    public Guid Id { get; set; }

    public Guid RequestId { get; set; }

    public InformationRequest? Request { get; set; }

    public required string BankOrganisationId { get; set; }

    /// <summary>The reference this bank sees; random and distinct for every bank.</summary>
    public required string Reference { get; set; }

    /// <summary>Sent, Answered or Withdrawn; Overdue is Sent past the deadline and is never stored.</summary>
    public RecipientStatus Status { get; set; }

    /// <summary>The envelope the request went to this bank under, as JSON: its withdrawal travels under it too.</summary>
    public required string Envelope { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    /// <summary>The answer's content, until its retention ends (the status stays Answered after).</summary>
    public RecipientAnswer? Answer { get; set; }
}
