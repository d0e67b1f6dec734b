using Concord.Contracts.Sharing;

namespace Concord.Contracts.Feedback;

/// <summary>The FIU told the bank that filed a report what became of it.</summary>
public sealed record ReportFeedbackGiven
{
    public required Guid FeedbackId { get; init; }

    public required Guid ReportId { get; init; }

    public required string ConcordReference { get; init; }

    public string? FiuReference { get; init; }

    /// <summary>The filing bank: the only recipient of the envelope.</summary>
    public required string BankOrganisationId { get; init; }

    public required FeedbackOutcome Outcome { get; init; }

    public string? Comment { get; init; }

    /// <summary>The FIU organisation that gave the feedback.</summary>
    public required string GivenBy { get; init; }

    public required DateTimeOffset GivenAt { get; init; }

    /// <summary>
    /// The basis the feedback travels under: from the FIU to the filing bank under the report's statutory agreement, for
    /// <c>Feedback</c>, category <c>Outcome</c>. A message without one is not delivered.
    /// </summary>
    public SharingEnvelope? Envelope { get; init; }
}
