namespace Concord.Fiu.Feedback;

/// <summary>
/// What became of one bank's reports received in the period: how many, how many the FIU acknowledged, how many have
/// feedback, and the latest outcome of each as counts.
/// </summary>
public sealed record BankFeedbackFigures(
    string Bank,
    int ReportsReceived,
    int Acknowledged,
    int Rejected,
    int WithFeedback,
    int AwaitingFeedback,
    int Useful,
    int LedToDissemination,
    int NoFurtherAction);
