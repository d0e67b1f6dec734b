using System.Text.Json;
using Concord.BankGateway.CaseOutcomes;
using Concord.BankGateway.Domain;
using Concord.BankGateway.Inbox;
using Concord.Contracts.Filing;
using Concord.ServiceDefaults.Messaging;

namespace Concord.BankGateway.Endpoints;

/// <summary>What the filing bank sees of one of its reports.</summary>
public sealed record ReportStatusResponse(
    string ConcordReference,
    string BankReference,
    string ReportTypeCode,
    ReportStatus Status,
    DateTimeOffset FiledAt,
    DateTimeOffset StatusChangedAt,
    string? FiuReference,
    IReadOnlyList<FieldError> RejectionReasons,
    DateTimeOffset? FeedbackRetainUntil,
    DateTimeOffset? FeedbackPurgedAt)
{
    /// <summary>What the FIU said became of the report, oldest first.</summary>
    public IReadOnlyList<ReportFeedbackEntry> Feedback { get; init; } = [];

    /// <summary>The outcomes of the cases the report contributed to, as the task forces told the bank, latest closed first.</summary>
    public IReadOnlyList<CaseOutcomeEntry> CaseOutcomes { get; init; } = [];

    public static ReportStatusResponse From(FiledReport report) => new(
        report.ConcordReference,
        report.BankReference,
        report.ReportTypeCode,
        report.Status,
        report.FiledAt,
        report.StatusChangedAt,
        report.FiuReference,
        report.RejectionReasons is null ? [] : JsonSerializer.Deserialize<List<FieldError>>(report.RejectionReasons, ContractJson.Options) ?? [],
        report.FeedbackRetainUntil,
        report.FeedbackPurgedAt);
}
