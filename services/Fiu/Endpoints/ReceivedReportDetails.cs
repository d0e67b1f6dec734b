using System.Text.Json;
using Concord.Contracts.Filing;
using Concord.Fiu.Domain;
using Concord.ServiceDefaults.Messaging;

namespace Concord.Fiu.Endpoints;

/// <summary>One received report in full: the FIU's decision, its reasons when rejected, and the report as filed.</summary>
public sealed record ReceivedReportDetails(
    Guid ReportId,
    string ConcordReference,
    string? FiuReference,
    string BankOrganisationId,
    string BankReference,
    string ReportTypeCode,
    ReceivedReportStatus Status,
    DateTimeOffset FiledAt,
    DateTimeOffset ReceivedAt,
    IReadOnlyList<FieldError> RejectionReasons,
    SuspiciousActivityReport? Report)
{
    internal static ReceivedReportDetails From(ReceivedReport report) => new(
        report.Id, report.ConcordReference, report.FiuReference, report.BankOrganisationId, report.BankReference,
        report.ReportTypeCode, report.Status, report.FiledAt, report.ReceivedAt,
        report.RejectionReasons is null ? [] : JsonSerializer.Deserialize<List<FieldError>>(report.RejectionReasons, ContractJson.Options) ?? [],
        JsonSerializer.Deserialize<SuspiciousActivityReport>(report.Report, ContractJson.Options));
}
