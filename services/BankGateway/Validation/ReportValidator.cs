using Concord.Contracts.Filing;
using FluentValidation;

namespace Concord.BankGateway.Validation;

/// <summary>
/// The gateway's checks on a report before it is stored: presence, sizes, formats, ISO codes, IBAN checksums,
/// dates that are neither impossible nor in the future, and references between subjects, accounts and
/// transactions. Which report and indicator codes are acceptable is the FIU's business, not the gateway's.
/// </summary>
public sealed class ReportValidator : AbstractValidator<SuspiciousActivityReport>
{

    public ReportValidator(TimeProvider time)
    {
        // Note: a bank's local date may run up to 14 hours ahead of UTC, so "today" ends a day later than in UTC.
        DateOnly Latest() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(1);
        DateTimeOffset LatestInstant() => time.GetUtcNow().AddMinutes(5);

        RuleFor(r => r.BankReference).Required().MaxLength(64)
            .Pattern(Patterns.Code(), "may contain only letters, digits and . _ / - and must start with a letter or digit");
        RuleFor(r => r.ReportTypeCode).Required().MaxLength(10).Pattern(Patterns.ReportTypeCode(), "must be an upper-case code such as STR or SAR");
        RuleFor(r => r.ReportingEntity).NotNull().WithErrorCode(ErrorCodes.Required).WithMessage("'reportingEntity' is required.")
            .SetValidator(new ReportingEntityValidator());
        RuleFor(r => r.FiuRequestReference).MaxLength(64);
        RuleFor(r => r.DetectedOn).PastDate(Latest);
        RuleFor(r => r.ActivityFrom).PastDate(Latest);
        RuleFor(r => r.ActivityTo).PastDate(Latest)
            .Must((report, to) => report.ActivityFrom is null || to is null || report.ActivityFrom <= to)
            .WithErrorCode(ErrorCodes.DateOrder).WithMessage("'activityTo' must not be before 'activityFrom'.");
        RuleFor(r => r.Narrative).Required().MaxLength(FilingLimits.NarrativeLength);
        RuleFor(r => r.ActionTaken).MaxLength(4_000);
        RuleFor(r => r.LocalCurrency).Currency();

        RuleFor(r => r.Subjects).NotEmpty().WithErrorCode(ErrorCodes.Required).WithMessage("A report names at least one subject.")
            .AtMost(FilingLimits.Subjects);
        RuleForEach(r => r.Subjects).NotNull().WithErrorCode(ErrorCodes.Required).SetValidator(new SubjectValidator(Latest));
        RuleFor(r => r.Accounts).NotNull().WithErrorCode(ErrorCodes.Required).AtMost(FilingLimits.Accounts);
        RuleForEach(r => r.Accounts).NotNull().WithErrorCode(ErrorCodes.Required).SetValidator(new AccountValidator(Latest));
        RuleFor(r => r.Transactions).NotNull().WithErrorCode(ErrorCodes.Required).AtMost(FilingLimits.Transactions);
        RuleForEach(r => r.Transactions).NotNull().WithErrorCode(ErrorCodes.Required).SetValidator(new TransactionValidator(LatestInstant));

        RuleFor(r => r.IndicatorCodes).NotNull().WithErrorCode(ErrorCodes.Required).AtMost(FilingLimits.Codes);
        RuleForEach(r => r.IndicatorCodes).Required().MaxLength(40).Pattern(Patterns.Code(), "must be a code such as ML-STRUCT");
        RuleFor(r => r.TypologyCodes).NotNull().WithErrorCode(ErrorCodes.Required).AtMost(FilingLimits.Codes);
        RuleForEach(r => r.TypologyCodes).Required().MaxLength(40).Pattern(Patterns.Code(), "must be a code such as T-2026-014");

        RuleFor(r => r).Custom(ReportReferences.Check);
    }
}
