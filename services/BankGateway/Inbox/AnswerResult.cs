using Concord.Contracts.Filing;

namespace Concord.BankGateway.Inbox;

/// <summary>What became of an answer: the receipt when taken (or taken before), else the errors or why not.</summary>
public sealed record AnswerResult(AnswerOutcome Outcome, AnswerReceipt? Receipt, IReadOnlyList<FieldError> Errors, string? Detail = null)
{
    public static AnswerResult Failed(AnswerOutcome outcome, IReadOnlyList<FieldError>? errors = null, string? detail = null) => new(outcome, null, errors ?? [], detail);
}
