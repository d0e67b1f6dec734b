using System.Globalization;
using Concord.Contracts.Filing;
using FluentValidation;

namespace Concord.BankGateway.Validation;

internal sealed class TransactionValidator : AbstractValidator<Transaction>
{
    private static readonly DateTimeOffset Earliest = new(FilingLimits.EarliestDate, TimeOnly.MinValue, TimeSpan.Zero);

    public TransactionValidator(Func<DateTimeOffset> latest)
    {
        RuleFor(t => t.Reference).MaxLength(64);
        RuleFor(t => t.OccurredAt)
            .Must(at => at >= Earliest).WithErrorCode(ErrorCodes.ImpossibleDate).WithMessage("'occurredAt' is before 1900.")
            .Must(at => at <= latest()).WithErrorCode(ErrorCodes.FutureDate).WithMessage((_, at) => $"'occurredAt' {at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)} is in the future.");
        RuleFor(t => t.Amount)
            .GreaterThan(0).WithErrorCode(ErrorCodes.NotPositive).WithMessage("'amount' must be greater than zero.")
            .LessThan(1_000_000_000_000_000m).WithErrorCode(ErrorCodes.InvalidValue).WithMessage("'amount' is implausibly large.")
            .Must(amount => amount.Scale <= 4 || decimal.Round(amount, 4) == amount).WithErrorCode(ErrorCodes.InvalidValue)
            .WithMessage("'amount' has more than four decimal places.");
        RuleFor(t => t.Currency).Required().Currency();
        RuleFor(t => t.Direction).IsInEnum().WithErrorCode(ErrorCodes.InvalidValue);
        RuleFor(t => t.Channel).Required().MaxLength(40);
        RuleFor(t => t.AccountId).MaxLength(32);
        RuleFor(t => t.Description).MaxLength(1_000);
        RuleFor(t => t.Counterparty!).ChildRules(counterparty =>
        {
            counterparty.RuleFor(c => c.SubjectId).MaxLength(32);
            counterparty.RuleFor(c => c.Name).MaxLength(300);
            counterparty.RuleFor(c => c.Iban).ValidIban();
            counterparty.RuleFor(c => c.AccountNumber).MaxLength(64);
            counterparty.RuleFor(c => c.InstitutionName).MaxLength(200);
            counterparty.RuleFor(c => c.Country).Country();
        }).When(t => t.Counterparty is not null);
    }
}
