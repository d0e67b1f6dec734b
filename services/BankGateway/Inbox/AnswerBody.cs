namespace Concord.BankGateway.Inbox;

/// <summary>The body of <c>POST /api/v1/information-requests/{reference}/answers</c>: one answer per subject.</summary>
public sealed record AnswerBody
{
    public IReadOnlyList<AnswerItem?>? Answers { get; init; }
}
