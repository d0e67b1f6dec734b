using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;

namespace Concord.BankGateway.Validation;

/// <summary>The rules every filing field is checked with, each with its stable error code.</summary>
internal static class RuleExtensions
{
    public static IRuleBuilderOptions<T, string?> Required<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithErrorCode(ErrorCodes.Required).WithMessage("A value is required.");

    public static IRuleBuilderOptions<T, string?> MaxLength<T>(this IRuleBuilder<T, string?> rule, int length) =>
        rule.MaximumLength(length).WithErrorCode(ErrorCodes.TooLong)
            .WithMessage($"At most {length} characters are allowed; this value has {{TotalLength}}.");

    public static IRuleBuilderOptions<T, string?> Currency<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(code => code is null || IsoCodes.Currencies.Contains(code)).WithErrorCode(ErrorCodes.UnknownCurrency)
            .WithMessage("'{PropertyValue}' is not an ISO 4217 currency code.");

    public static IRuleBuilderOptions<T, string?> Country<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(code => code is null || IsoCodes.Countries.Contains(code)).WithErrorCode(ErrorCodes.UnknownCountry)
            .WithMessage("'{PropertyValue}' is not an ISO 3166-1 alpha-2 country code.");

    public static IRuleBuilderOptions<T, string?> ValidIban<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(iban => iban is null || Iban.IsValid(iban)).WithErrorCode(ErrorCodes.InvalidIban)
            .WithMessage("'{PropertyValue}' is not a valid IBAN (structure or checksum).");

    public static IRuleBuilderOptions<T, string?> Pattern<T>(this IRuleBuilder<T, string?> rule, Regex pattern, string description) =>
        rule.Matches(pattern).WithErrorCode(ErrorCodes.InvalidFormat).WithMessage($"The value {description}.");

    public static IRuleBuilderOptions<T, DateOnly> PastDate<T>(this IRuleBuilder<T, DateOnly> rule, Func<DateOnly> latest) =>
        rule.Must(date => date >= FilingLimits.EarliestDate).WithErrorCode(ErrorCodes.ImpossibleDate)
                .WithMessage((_, date) => $"{Iso(date)} is before {Iso(FilingLimits.EarliestDate)}.")
            .Must(date => date <= latest()).WithErrorCode(ErrorCodes.FutureDate)
                .WithMessage((_, date) => $"{Iso(date)} is in the future.");

    public static IRuleBuilderOptions<T, DateOnly?> PastDate<T>(this IRuleBuilder<T, DateOnly?> rule, Func<DateOnly> latest) =>
        rule.Must(date => date is null || date >= FilingLimits.EarliestDate).WithErrorCode(ErrorCodes.ImpossibleDate)
                .WithMessage((_, date) => $"{Iso(date)} is before {Iso(FilingLimits.EarliestDate)}.")
            .Must(date => date is null || date <= latest()).WithErrorCode(ErrorCodes.FutureDate)
                .WithMessage((_, date) => $"{Iso(date)} is in the future.");

    /// <summary>Dates in messages are ISO 8601, whatever the culture, as they are in the JSON the bank sent.</summary>
    public static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static IRuleBuilderOptions<T, IReadOnlyList<TItem>> AtMost<T, TItem>(this IRuleBuilder<T, IReadOnlyList<TItem>> rule, int count) =>
        rule.Must(items => items is null || items.Count <= count).WithErrorCode(ErrorCodes.TooMany)
            .WithMessage($"At most {count} items are allowed.");
}
