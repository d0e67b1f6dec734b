namespace Concord.BankGateway.Inbox;

/// <summary>One page of the bank's feedback, newest first, the number in all, and the bank's figures.</summary>
public sealed record FeedbackPage(IReadOnlyList<ReportFeedbackEntry> Items, int Page, int PageSize, int Total, BankFeedbackFigures Figures);
