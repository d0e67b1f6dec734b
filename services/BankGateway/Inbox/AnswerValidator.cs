using Concord.BankGateway.Validation;
using Concord.Contracts.Filing;
using Concord.Contracts.Requests;
using FluentValidation;

namespace Concord.BankGateway.Inbox;

/// <summary>
/// The checks on a bank's answer: every subject of the request answered exactly once, a result for each, details only
/// with a Match, and details checked as a filing's accounts and transactions are. Every field error at once.
/// </summary>
public sealed class AnswerValidator(TimeProvider time)
{
    public List<FieldError> Validate(AnswerBody body, IReadOnlyList<string> subjects)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(subjects);
        // Note: a bank's local date may run up to 14 hours ahead of UTC, as in filing.
        DateOnly Latest() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(1);
        DateTimeOffset LatestInstant() => time.GetUtcNow().AddMinutes(5);
        var accounts = new AccountValidator(Latest);
        var transactions = new TransactionValidator(LatestInstant);

        var errors = new List<FieldError>();
        if (body.Answers is not { Count: > 0 } answers)
        {
            errors.Add(Error("answers", ErrorCodes.Required, $"Answer every subject of the request: {string.Join(", ", subjects)}."));
            return errors;
        }

        if (answers.Count > subjects.Count)
        {
            errors.Add(Error("answers", ErrorCodes.TooMany, $"The request has {subjects.Count} subject(s); this answer has {answers.Count} items."));
        }

        var known = subjects.ToHashSet(StringComparer.Ordinal);
        var answered = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < answers.Count; i++)
        {
            var path = $"answers[{i}]";
            if (answers[i] is not { } answer)
            {
                errors.Add(Error(path, ErrorCodes.Required, "An answer is required here, not null."));
                continue;
            }

            if (string.IsNullOrEmpty(answer.Subject))
            {
                errors.Add(Error($"{path}.subject", ErrorCodes.Required, "Name the subject answered (its local id in the request, e.g. S1)."));
            }
            else if (!known.Contains(answer.Subject))
            {
                errors.Add(Error($"{path}.subject", InboxErrorCodes.UnknownSubject, $"The request has no subject '{Shorten(answer.Subject)}'; its subjects are {string.Join(", ", subjects)}."));
            }
            else if (!answered.Add(answer.Subject))
            {
                errors.Add(Error($"{path}.subject", ErrorCodes.Duplicate, $"'{answer.Subject}' is answered more than once."));
            }

            if (answer.Result is not { } result || !Enum.IsDefined(result))
            {
                errors.Add(Error($"{path}.result", ErrorCodes.Required, "The result is Match or NoMatch."));
            }
            else if (result == MatchResult.NoMatch && answer.Details is not null)
            {
                errors.Add(Error($"{path}.details", InboxErrorCodes.DetailsWithoutMatch, "Details go with a Match only; a NoMatch says nothing more."));
            }
            else if (answer.Details is { } details)
            {
                Details(errors, $"{path}.details", details, accounts, transactions);
            }
        }

        foreach (var missing in subjects.Where(subject => !answered.Contains(subject)))
        {
            errors.Add(Error("answers", InboxErrorCodes.NotAnswered, $"Subject '{missing}' is not answered; every subject of the request is answered exactly once."));
        }

        return errors;
    }

    private static void Details(List<FieldError> errors, string path, MatchDetails details, AccountValidator accounts, TransactionValidator transactions)
    {
        if (details.Accounts is null || details.Accounts.Count > AnswerLimits.AccountsPerSubject)
        {
            errors.Add(Error($"{path}.accounts", details.Accounts is null ? ErrorCodes.Required : ErrorCodes.TooMany,
                $"Up to {AnswerLimits.AccountsPerSubject} accounts (an empty list for none)."));
        }
        else
        {
            for (var j = 0; j < details.Accounts.Count; j++)
            {
                errors.AddRange(details.Accounts[j] is { } account
                    ? accounts.Validate(account).ToFieldErrors($"{path}.accounts[{j}]")
                    : [Error($"{path}.accounts[{j}]", ErrorCodes.Required, "An account is required here, not null.")]);
            }
        }

        if (details.Transactions is null || details.Transactions.Count > AnswerLimits.TransactionsPerSubject)
        {
            errors.Add(Error($"{path}.transactions", details.Transactions is null ? ErrorCodes.Required : ErrorCodes.TooMany,
                $"Up to {AnswerLimits.TransactionsPerSubject} transactions (an empty list for none)."));
        }
        else
        {
            for (var j = 0; j < details.Transactions.Count; j++)
            {
                errors.AddRange(details.Transactions[j] is { } transaction
                    ? transactions.Validate(transaction).ToFieldErrors($"{path}.transactions[{j}]")
                    : [Error($"{path}.transactions[{j}]", ErrorCodes.Required, "A transaction is required here, not null.")]);
            }
        }

        if (details.Narrative is { Length: > AnswerLimits.NarrativeLength })
        {
            errors.Add(Error($"{path}.narrative", ErrorCodes.TooLong, $"At most {AnswerLimits.NarrativeLength} characters are allowed; this value has {details.Narrative.Length}."));
        }
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    private static FieldError Error(string path, string code, string message) => new() { Path = path, Code = code, Message = message };
}
