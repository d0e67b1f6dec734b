namespace Concord.BankGateway.Inbox;

/// <summary>The bank's own figures: how many of its reports have feedback, and the latest outcome of each as counts.</summary>
public sealed record BankFeedbackFigures(int ReportsFiled, int Acknowledged, int WithFeedback, int Useful, int LedToDissemination, int NoFurtherAction);
