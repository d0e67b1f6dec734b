using Concord.Contracts.Feedback;

namespace Concord.BankGateway.Inbox;

/// <summary>What the FIU said became of one of the bank's reports.</summary>
public sealed class ReceivedFeedback
{
    /// <summary>The FIU's id of the feedback: the same feedback delivered twice is stored once.</summary>
    public Guid Id { get; set; }

    /// <summary>Orders feedback given at the same moment, in the order it arrived.</summary>
    public long Sequence { get; set; }

    /// <summary>The bank's own report; the feedback goes with it.</summary>
    public Guid ReportId { get; set; }

    public required string BankOrganisationId { get; set; }

    public required string ConcordReference { get; set; }

    public FeedbackOutcome Outcome { get; set; }

    public string? Comment { get; set; }

    /// <summary>The FIU that gave it.</summary>
    public required string GivenBy { get; set; }

    public DateTimeOffset GivenAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The envelope the feedback arrived under, as JSON.</summary>
    public required string Envelope { get; set; }

    /// <summary>When the feedback must be purged: the envelope's <c>retainUntil</c>.</summary>
    public DateTimeOffset RetainUntil { get; set; }
}
