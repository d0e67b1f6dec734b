using Concord.Contracts.Filing;
using FluentValidation;

namespace Concord.BankGateway.Validation;

internal sealed class AccountValidator : AbstractValidator<Account>
{
    public AccountValidator(Func<DateOnly> latest)
    {
        RuleFor(a => a.LocalId).Required().MaxLength(32);
        RuleFor(a => a.Iban).ValidIban();
        RuleFor(a => a.AccountNumber).MaxLength(64)
            .NotEmpty().When(a => string.IsNullOrEmpty(a.Iban)).WithErrorCode(ErrorCodes.Required)
            .WithMessage("An account needs an 'iban' or an 'accountNumber'.");
        RuleFor(a => a.InstitutionName).Required().MaxLength(200);
        RuleFor(a => a.InstitutionBic).Pattern(Patterns.Bic(), "must be an 8- or 11-character BIC");
        RuleFor(a => a.InstitutionCountry).Country();
        RuleFor(a => a.Currency).Currency();
        RuleFor(a => a.HolderSubjectIds).NotNull().WithErrorCode(ErrorCodes.Required).AtMost(20);
        RuleForEach(a => a.HolderSubjectIds).Required().MaxLength(32);
        RuleFor(a => a.OpenedOn).PastDate(latest);
        RuleFor(a => a.ClosedOn).PastDate(latest)
            .Must((account, closed) => account.OpenedOn is null || closed is null || account.OpenedOn <= closed)
            .WithErrorCode(ErrorCodes.DateOrder).WithMessage("'closedOn' must not be before 'openedOn'.");
    }
}
