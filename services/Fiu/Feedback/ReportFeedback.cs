using Concord.Contracts.Feedback;

namespace Concord.Fiu.Feedback;

/// <summary>Feedback the FIU gave the filing bank on one of its reports. A report may get several; the latest stands.</summary>
public sealed class ReportFeedback
{
    public Guid Id { get; set; }

    /// <summary>Orders the feedback on a report, so the latest is found without comparing clocks.</summary>
    public long Sequence { get; set; }

    public Guid ReportId { get; set; }

    public required string ConcordReference { get; set; }

    public string? FiuReference { get; set; }

    public required string BankOrganisationId { get; set; }

    public FeedbackOutcome Outcome { get; set; }

    public string? Comment { get; set; }

    /// <summary>The analyst, as the audit chain names them.</summary>
    public required string GivenBy { get; set; }

    public DateTimeOffset GivenAt { get; set; }

    /// <summary>The envelope the feedback went under, as JSON.</summary>
    public required string Envelope { get; set; }
}
