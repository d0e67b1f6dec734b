using Concord.BankGateway.CaseOutcomes;
using Concord.Contracts.Feedback;

namespace Concord.BankGateway.Inbox;

/// <summary>What the FIU said became of one of the bank's reports.</summary>
public sealed record ReportFeedbackEntry(string ConcordReference, FeedbackOutcome Outcome, string? Comment, string GivenBy, DateTimeOffset GivenAt, DateTimeOffset RetainUntil)
{
    /// <summary>The outcomes of the cases the report contributed to, as the task forces told the bank, latest closed first.</summary>
    public IReadOnlyList<CaseOutcomeEntry> CaseOutcomes { get; init; } = [];

    internal static ReportFeedbackEntry From(ReceivedFeedback feedback) =>
        new(feedback.ConcordReference, feedback.Outcome, feedback.Comment, feedback.GivenBy, feedback.GivenAt, feedback.RetainUntil);
}
