namespace Concord.BankGateway.Inbox;

/// <summary>Bounds on one answer, so that no answer can exhaust the gateway or the FIU.</summary>
public static class AnswerLimits
{
    public const int AccountsPerSubject = 100;

    public const int TransactionsPerSubject = 1_000;

    public const int NarrativeLength = 20_000;

    public const long BodyBytes = 5 * 1024 * 1024;
}
