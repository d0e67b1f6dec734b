using Concord.Contracts.Filing;
using FluentValidation;

namespace Concord.BankGateway.Validation;

internal sealed class ReportingEntityValidator : AbstractValidator<ReportingEntity>
{
    public ReportingEntityValidator()
    {
        RuleFor(e => e.OrganisationId).Required().MaxLength(64);
        RuleFor(e => e.FiuRegistrationId).MaxLength(64);
        RuleFor(e => e.Branch).MaxLength(200);
        RuleFor(e => e.ReportingPerson!).ChildRules(person =>
        {
            person.RuleFor(p => p.FullName).Required().MaxLength(200);
            person.RuleFor(p => p.Role).MaxLength(100);
            person.RuleFor(p => p.Email).MaxLength(254).EmailAddress().WithErrorCode(ErrorCodes.InvalidFormat).WithMessage("'{PropertyValue}' is not an e-mail address.");
            person.RuleFor(p => p.Phone).MaxLength(32).Pattern(Patterns.Phone(), "must be a phone number such as +441632960961");
        }).When(e => e.ReportingPerson is not null);
    }
}
