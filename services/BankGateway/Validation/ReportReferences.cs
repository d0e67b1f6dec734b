using Concord.Contracts.Filing;
using FluentValidation;
using FluentValidation.Results;

namespace Concord.BankGateway.Validation;

/// <summary>Checks that local ids are unique and that accounts and transactions refer to subjects and accounts that exist.</summary>
internal static class ReportReferences
{
    public static void Check(SuspiciousActivityReport report, ValidationContext<SuspiciousActivityReport> context)
    {
        var subjects = UniqueIds(report.Subjects, s => s.LocalId, "subjects", context);
        var accounts = UniqueIds(report.Accounts, a => a.LocalId, "accounts", context);

        for (var i = 0; i < (report.Accounts?.Count ?? 0); i++)
        {
            var holders = report.Accounts![i]?.HolderSubjectIds ?? [];
            for (var h = 0; h < holders.Count; h++)
            {
                if (!subjects.Contains(holders[h]))
                {
                    Fail(context, $"accounts[{i}].holderSubjectIds[{h}]", $"No subject has localId '{holders[h]}'.");
                }
            }
        }

        for (var i = 0; i < (report.Transactions?.Count ?? 0); i++)
        {
            var transaction = report.Transactions![i];
            if (transaction?.AccountId is { } accountId && !accounts.Contains(accountId))
            {
                Fail(context, $"transactions[{i}].accountId", $"No account has localId '{accountId}'.");
            }

            if (transaction?.Counterparty?.SubjectId is { } subjectId && !subjects.Contains(subjectId))
            {
                Fail(context, $"transactions[{i}].counterparty.subjectId", $"No subject has localId '{subjectId}'.");
            }
        }
    }

    private static HashSet<string> UniqueIds<T>(IReadOnlyList<T>? items, Func<T, string?> id, string collection, ValidationContext<SuspiciousActivityReport> context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            if (items![i] is { } item && id(item) is { Length: > 0 } value && !seen.Add(value))
            {
                context.AddFailure(new ValidationFailure($"{collection}[{i}].localId", $"localId '{value}' is used twice in '{collection}'.")
                {
                    ErrorCode = ErrorCodes.Duplicate,
                });
            }
        }

        return seen;
    }

    private static void Fail(ValidationContext<SuspiciousActivityReport> context, string path, string message) =>
        context.AddFailure(new ValidationFailure(path, message) { ErrorCode = ErrorCodes.UnknownReference });
}
