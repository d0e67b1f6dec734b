using Concord.Contracts.Filing;

namespace Concord.BankGateway.Typologies;

/// <summary>What became of an acknowledgement: the receipt when taken, else why not, in words and as stable codes.</summary>
public sealed record AcknowledgementResult(AcknowledgementOutcome Outcome, AcknowledgementReceipt? Receipt, IReadOnlyList<FieldError> Errors, string? Detail = null)
{
    public static AcknowledgementResult Refused(AcknowledgementOutcome outcome, string code, string detail) =>
        new(outcome, null, [new FieldError { Path = "version", Code = code, Message = detail }], detail);
}
