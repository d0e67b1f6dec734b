using System.Text.Json;
using Concord.Contracts.Filing;
using Concord.Contracts.Grpc.Fiu.V1;
using Concord.Fiu.Endpoints;
using Concord.Fiu.Persistence;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;
using Concord.LegalBasis.Reading;
using Concord.ServiceDefaults.Messaging;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Concord.Fiu.Grpc;

/// <summary>
/// Report details for task-force cases (<c>concord.fiu.v1.CaseReports</c>). The caller is the Cases service acting for
/// the member organisation it names, so the decision is taken here for that organisation, not by the read filter for the
/// caller's own. A report not disseminated under the agreement named, or one the member may not see, is NOT_FOUND —
/// exactly as an unknown reference is. Every answer and every refusal is audited.
/// </summary>
[Authorize(Policy = FiuAuthorization.CaseReports)]
public sealed partial class CaseReportsGrpcService(
    FiuDbContext db,
    LegalBasisGuard guard,
    IAuditSink audit,
    IOptions<FiuOptions> options,
    TimeProvider time,
    ILogger<CaseReportsGrpcService> logger) : CaseReports.CaseReportsBase
{
    public override async Task<CaseReport> GetCaseReport(GetCaseReportRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.CancellationToken;
        var caller = Reader.TryFrom(context.GetHttpContext().User, out var reader) ? reader.Actor : "(unknown)";
        var fiu = options.Value.OrganisationId;
        var now = time.GetUtcNow();
        if (string.IsNullOrWhiteSpace(request.ConcordReference) || string.IsNullOrWhiteSpace(request.ReaderOrganisationId)
            || string.IsNullOrWhiteSpace(request.CaseReference) || request.CaseReference.Length > 200 || request.ReaderOrganisationId.Length > 64)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "concord_reference, reader_organisation_id and case_reference are required (case_reference at most 200 characters, reader_organisation_id at most 64)."));
        }

        var report = Guid.TryParse(request.AgreementId, out var agreementId)
            ? await db.Reports.AsNoTracking().SingleOrDefaultAsync(r => r.ConcordReference == request.ConcordReference, cancellationToken)
            : null;
        var disseminations = report is null ? [] : await db.Disseminations.AsNoTracking()
            .Where(d => d.AgreementId == agreementId && d.Reports.Any(r => r.ReportId == report.Id))
            .OrderBy(d => d.DisseminatedAt).ThenBy(d => d.Id)
            .ToListAsync(cancellationToken);
        if (report is null || disseminations.Count == 0)
        {
            await AuditAsync(caller, request, AuditOutcome.Denied, "not-disseminated", agreementId, null, now, cancellationToken);
            throw NotFound();
        }

        var (decision, marking, retainUntil) = CaseReportAccess.Decide(guard, report, disseminations[^1], fiu, request.ReaderOrganisationId, now);
        await AuditAsync(caller, request, decision.IsPermitted ? AuditOutcome.Permitted : AuditOutcome.Denied, decision.Reasons.Codes(), agreementId, decision.AgreementVersion, now, cancellationToken);
        if (!decision.IsPermitted)
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                var reasons = decision.Reasons.Codes();
                LogRefused(request.ConcordReference, request.ReaderOrganisationId, request.CaseReference, reasons);
            }

            throw NotFound();
        }

        // Note: re-serialised from the contract type, so the answer is the canonical JSON whatever key order jsonb kept.
        var canonical = JsonSerializer.Serialize(JsonSerializer.Deserialize<SuspiciousActivityReport>(report.Report, ContractJson.Options), ContractJson.Options);
        var answer = new CaseReport
        {
            ConcordReference = report.ConcordReference,
            FiuReference = report.FiuReference ?? "",
            BankOrganisationId = report.BankOrganisationId,
            FiledAt = Timestamp.FromDateTimeOffset(report.FiledAt),
            ReportJson = canonical,
            Marking = TlpLabel(marking),
            RetainUntil = Timestamp.FromDateTimeOffset(retainUntil),
        };
        answer.DisseminationReferences.AddRange(disseminations.Select(d => d.Reference));
        return answer;
    }

    /// <summary>TLP 2.0 labels as readers apply them: <c>AMBER</c>, <c>AMBER+STRICT</c>.</summary>
    internal static string TlpLabel(Contracts.Sharing.Tlp marking) => marking switch
    {
        Contracts.Sharing.Tlp.Clear => "CLEAR",
        Contracts.Sharing.Tlp.Green => "GREEN",
        Contracts.Sharing.Tlp.Amber => "AMBER",
        Contracts.Sharing.Tlp.AmberStrict => "AMBER+STRICT",
        _ => "RED",
    };

    // Note: one answer, word for word, for an unknown reference, a report not disseminated and a report the reader may
    // not see, so the answer tells nothing about which it was.
    private static RpcException NotFound() =>
        new(new Status(StatusCode.NotFound, "No such report is available to this reader under this agreement."));

    private Task AuditAsync(string caller, GetCaseReportRequest request, AuditOutcome outcome, string reasons, Guid agreementId, int? version, DateTimeOffset now, CancellationToken cancellationToken) =>
        audit.AppendAsync([new AuditRecord
        {
            Kind = outcome == AuditOutcome.Permitted ? AuditKind.Dissemination : AuditKind.Decision,
            Actor = caller,
            Action = $"give case report for {request.ReaderOrganisationId}",
            Subject = $"report:{request.ConcordReference}",
            Outcome = outcome,
            AgreementId = agreementId == Guid.Empty ? null : agreementId,
            AgreementVersion = version is > 0 ? version : null,
            Reasons = reasons,
            Details = JsonSerializer.Serialize(new { reader = request.ReaderOrganisationId, caseReference = request.CaseReference, lineage = new[] { request.ConcordReference } }),
            RecordedAt = now,
        }], cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused report {Reference} to {Reader} for case {CaseReference}: {Reasons}")]
    private partial void LogRefused(string reference, string reader, string caseReference, string reasons);
}
