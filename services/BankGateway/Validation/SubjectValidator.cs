using Concord.Contracts.Filing;
using FluentValidation;

namespace Concord.BankGateway.Validation;

internal sealed class SubjectValidator : AbstractValidator<Subject>
{

    public SubjectValidator(Func<DateOnly> latest)
    {
        RuleFor(s => s.LocalId).Required().MaxLength(32);
        RuleFor(s => s.Kind).IsInEnum().WithErrorCode(ErrorCodes.InvalidValue);
        RuleFor(s => s.Role).MaxLength(40);

        RuleFor(s => s.Person).NotNull().WithErrorCode(ErrorCodes.Required)
            .WithMessage("A subject of kind Person needs 'person'.").When(s => s.Kind == SubjectKind.Person);
        RuleFor(s => s.LegalEntity).NotNull().WithErrorCode(ErrorCodes.Required)
            .WithMessage("A subject of kind LegalEntity needs 'legalEntity'.").When(s => s.Kind == SubjectKind.LegalEntity);
        RuleFor(s => s.Person).Null().WithErrorCode(ErrorCodes.InvalidValue)
            .WithMessage("A subject of kind LegalEntity has no 'person'.").When(s => s.Kind == SubjectKind.LegalEntity);
        RuleFor(s => s.LegalEntity).Null().WithErrorCode(ErrorCodes.InvalidValue)
            .WithMessage("A subject of kind Person has no 'legalEntity'.").When(s => s.Kind == SubjectKind.Person);

        RuleFor(s => s.Person!).ChildRules(person =>
        {
            person.RuleFor(p => p.FamilyName).Required().MaxLength(200);
            person.RuleFor(p => p.GivenNames).MaxLength(200);
            person.RuleFor(p => p.DateOfBirth).PastDate(latest);
            person.RuleFor(p => p.PlaceOfBirth).MaxLength(200);
            person.RuleFor(p => p.Occupation).MaxLength(200);
            person.RuleFor(p => p.Nationalities).NotNull().WithErrorCode(ErrorCodes.Required).AtMost(10);
            person.RuleForEach(p => p.Nationalities).Required().Country();
        }).When(s => s.Person is not null);

        RuleFor(s => s.LegalEntity!).ChildRules(entity =>
        {
            entity.RuleFor(e => e.Name).Required().MaxLength(300);
            entity.RuleFor(e => e.LegalForm).MaxLength(100);
            entity.RuleFor(e => e.RegistrationNumber).MaxLength(100);
            entity.RuleFor(e => e.RegistrationCountry).Country();
            entity.RuleFor(e => e.IncorporatedOn).PastDate(latest);
        }).When(s => s.LegalEntity is not null);

        RuleFor(s => s.Identifiers).NotNull().WithErrorCode(ErrorCodes.Required).AtMost(50);
        RuleForEach(s => s.Identifiers).NotNull().WithErrorCode(ErrorCodes.Required).ChildRules(identifier =>
        {
            identifier.RuleFor(i => i.Type).Required().MaxLength(40);
            identifier.RuleFor(i => i.Number).Required().MaxLength(128);
            identifier.RuleFor(i => i.IssuingCountry).Country();
        });

        RuleFor(s => s.Addresses).NotNull().WithErrorCode(ErrorCodes.Required).AtMost(20);
        RuleForEach(s => s.Addresses).NotNull().WithErrorCode(ErrorCodes.Required).ChildRules(address =>
        {
            address.RuleFor(a => a.Type).MaxLength(40);
            address.RuleFor(a => a.Line1).Required().MaxLength(200);
            address.RuleFor(a => a.Line2).MaxLength(200);
            address.RuleFor(a => a.City).Required().MaxLength(100);
            address.RuleFor(a => a.PostalCode).MaxLength(20);
            address.RuleFor(a => a.Region).MaxLength(100);
            address.RuleFor(a => a.Country).Required().Country();
        });

        RuleFor(s => s.Phones).NotNull().WithErrorCode(ErrorCodes.Required).AtMost(20);
        RuleForEach(s => s.Phones).NotNull().WithErrorCode(ErrorCodes.Required).ChildRules(phone =>
        {
            phone.RuleFor(p => p.Type).MaxLength(40);
            phone.RuleFor(p => p.Number).Required().Pattern(Patterns.Phone(), "must be a phone number such as +441632960961");
        });

        RuleFor(s => s.Emails).NotNull().WithErrorCode(ErrorCodes.Required).AtMost(20);
        RuleForEach(s => s.Emails).Required().MaxLength(254)
            .EmailAddress().WithErrorCode(ErrorCodes.InvalidFormat).WithMessage("'{PropertyValue}' is not an e-mail address.");
    }
}
