using Concord.Fiu.Domain;

namespace Concord.Fiu.Endpoints;

/// <summary>A received report in a list: who filed it, when, and what the FIU decided.</summary>
public sealed record ReceivedReportSummary(
    Guid ReportId,
    string ConcordReference,
    string? FiuReference,
    string BankOrganisationId,
    string BankReference,
    string ReportTypeCode,
    ReceivedReportStatus Status,
    DateTimeOffset FiledAt,
    DateTimeOffset ReceivedAt)
{
    internal static ReceivedReportSummary From(ReceivedReport report) => new(
        report.Id, report.ConcordReference, report.FiuReference, report.BankOrganisationId, report.BankReference,
        report.ReportTypeCode, report.Status, report.FiledAt, report.ReceivedAt);
}
