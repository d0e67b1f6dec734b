using Concord.Contracts.Filing;

namespace Concord.Fiu.Domain;

/// <summary>
/// The FIU's acceptance checks on a filed report: a pure function from the message and the FIU's rules to the
/// reasons for rejection, empty when the report is accepted. Paths are JSON paths into the message, so the bank
/// sees exactly which field to correct.
/// </summary>
/// <remarks>
/// The gateway has already checked formats and sizes; these are the FIU's own rules. Every field is still read
/// defensively (a null where the contract says required is a rejection, never an exception), because one
/// exception would fail the whole batch the report arrived in.
/// </remarks>
public static class ReportAcceptance
{
    public static IReadOnlyList<FieldError> Check(SuspiciousActivityReported message, AcceptanceRules rules)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(rules);

        var report = message.Report;
        if (report is null)
        {
            return [Error("report", AcceptanceCodes.Required, "The message carries no report.")];
        }

        var errors = new List<FieldError>();
        CheckReportType(report, rules, errors);
        CheckIndicators(report, rules, errors);
        CheckReportingEntity(message, report, errors);
        CheckActivityWindow(report, errors);
        CheckNarrative(report, rules, errors);
        return errors;
    }

    private static void CheckReportType(SuspiciousActivityReport report, AcceptanceRules rules, List<FieldError> errors)
    {
        if (report.ReportTypeCode is not { } code || !rules.ReportTypeCodes.Contains(code))
        {
            errors.Add(Error("report.reportTypeCode", AcceptanceCodes.UnknownReportTypeCode,
                $"'{report.ReportTypeCode}' is not a report type this FIU accepts; accepted: {string.Join(", ", rules.ReportTypeCodes.Order(StringComparer.Ordinal))}."));
        }
    }

    private static void CheckIndicators(SuspiciousActivityReport report, AcceptanceRules rules, List<FieldError> errors)
    {
        var indicators = report.IndicatorCodes ?? [];
        if (indicators.Count == 0)
        {
            // goAML 5.0.2 requires at least one report indicator on every report.
            errors.Add(Error("report.indicatorCodes", AcceptanceCodes.IndicatorRequired, "A report cites at least one indicator code."));
            return;
        }

        if (rules.IndicatorCodes is not { } known)
        {
            return;
        }

        for (var i = 0; i < indicators.Count; i++)
        {
            if (indicators[i] is not { } code || !known.Contains(code))
            {
                errors.Add(Error($"report.indicatorCodes[{i}]", AcceptanceCodes.UnknownIndicatorCode,
                    $"'{indicators[i]}' is not on this FIU's indicator list."));
            }
        }
    }

    private static void CheckReportingEntity(SuspiciousActivityReported message, SuspiciousActivityReport report, List<FieldError> errors)
    {
        var organisationId = report.ReportingEntity?.OrganisationId;
        if (!string.Equals(organisationId, message.BankOrganisationId, StringComparison.Ordinal))
        {
            errors.Add(Error("report.reportingEntity.organisationId", AcceptanceCodes.ReportingEntityMismatch,
                $"The reporting entity '{organisationId}' is not the filing organisation '{message.BankOrganisationId}'."));
        }
    }

    private static void CheckActivityWindow(SuspiciousActivityReport report, List<FieldError> errors)
    {
        if (report.ActivityFrom is { } from && report.ActivityTo is { } to && from > to)
        {
            // Every transaction would fall outside an inverted window; one error says more than many.
            errors.Add(Error("report.activityTo", AcceptanceCodes.ActivityWindowInverted,
                $"The activity window ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})."));
            return;
        }

        var transactions = report.Transactions ?? [];
        for (var i = 0; i < transactions.Count; i++)
        {
            if (transactions[i] is not { } transaction)
            {
                continue;
            }

            // Note: the date as the bank recorded it (in the transaction's own offset), the calendar the
            // activity window is written in.
            var date = DateOnly.FromDateTime(transaction.OccurredAt.DateTime);
            if (date < report.ActivityFrom || date > report.ActivityTo)
            {
                errors.Add(Error($"report.transactions[{i}].occurredAt", AcceptanceCodes.TransactionOutsideActivityWindow,
                    $"The transaction on {date:yyyy-MM-dd} is outside the activity window {report.ActivityFrom:yyyy-MM-dd}..{report.ActivityTo:yyyy-MM-dd}."));
            }
        }
    }

    private static void CheckNarrative(SuspiciousActivityReport report, AcceptanceRules rules, List<FieldError> errors)
    {
        var length = (report.Narrative ?? "").Trim().Length;
        if (length < rules.MinimumNarrativeLength)
        {
            errors.Add(Error("report.narrative", AcceptanceCodes.NarrativeTooShort,
                $"The narrative has {length} characters; this FIU needs at least {rules.MinimumNarrativeLength} to understand the suspicion."));
        }
    }

    private static FieldError Error(string path, string code, string message) => new() { Path = path, Code = code, Message = message };
}
