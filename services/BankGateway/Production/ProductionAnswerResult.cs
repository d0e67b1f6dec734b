using Concord.Contracts.Filing;

namespace Concord.BankGateway.Production;

/// <summary>What became of an answer: the receipt when taken, else the errors or why not.</summary>
public sealed record ProductionAnswerResult(ProductionAnswerOutcome Outcome, ProductionAnswerReceipt? Receipt, IReadOnlyList<FieldError> Errors, string? Detail = null)
{
    public static ProductionAnswerResult Failed(ProductionAnswerOutcome outcome, IReadOnlyList<FieldError>? errors = null, string? detail = null) => new(outcome, null, errors ?? [], detail);
}
