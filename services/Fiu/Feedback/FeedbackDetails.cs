using Concord.Contracts.Feedback;

namespace Concord.Fiu.Feedback;

/// <summary>One piece of feedback on a report, as the FIU gave it.</summary>
public sealed record FeedbackDetails(
    Guid FeedbackId,
    string ConcordReference,
    string? FiuReference,
    string Bank,
    FeedbackOutcome Outcome,
    string? Comment,
    string GivenBy,
    DateTimeOffset GivenAt)
{
    internal static FeedbackDetails From(ReportFeedback feedback) => new(
        feedback.Id, feedback.ConcordReference, feedback.FiuReference, feedback.BankOrganisationId, feedback.Outcome, feedback.Comment,
        feedback.GivenBy, feedback.GivenAt);
}
