using System.Text.Json;
using Concord.Cases.Domain;
using Concord.Cases.Fiu;
using Concord.Cases.Views;
using Concord.Cases.Workflow;
using Concord.LegalBasis.Audit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Cases.Endpoints;

/// <summary>
/// A report's details, fetched from the FIU for the reading organisation: only for a report in the lineage of an item the
/// caller may see, and only what the FIU lets that organisation see (<c>GET …/items/{itemId}/reports/{concordReference}</c>).
/// </summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/cases/{caseId:guid}/items/{itemId:guid}/reports").RequireAuthorization(CasesAuthorization.Member).WithTags("Items")
            .MapGet("/{concordReference}", GetAsync).WithName("GetItemReport")
            .WithSummary("A report an item derives from, as the FIU lets the caller's organisation see it; 503 when the FIU cannot be asked.");
        return app;
    }

    private static async Task<Results<Ok<CaseReportView>, ProblemHttpResult>> GetAsync(
        Guid caseId, Guid itemId, string concordReference, HttpContext http, CaseDesk desk, CaseReading reading, FiuCaseReports fiu, IAuditSink audit, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (!CaseRequest.TryPerson(http, out var person))
        {
            return Problems.NoPerson();
        }

        if (await desk.FindAsync(person, caseId, cancellationToken) is not { } state)
        {
            return Problems.For(DeskResult.NotFound().Rejection!, "Not found.");
        }

        // Note: a hidden item, a report not in its lineage and a report the FIU will not show this reader all answer alike;
        // so does a purged item, whose retention (the case's basis for reading its reports) has ended.
        if (reading.Item(state, person.Organisation, itemId) is not { PurgedAt: null } item || item.Reports.All(report => report.ConcordReference != concordReference))
        {
            return ReportNotFound();
        }

        var (answer, report) = await fiu.GetAsync(concordReference, person.Organisation, state.AgreementId, state.Reference ?? $"case:{caseId}", cancellationToken);
        if (answer == CaseReportAnswer.Unavailable)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The FIU cannot be asked for the report now; try again later.",
                type: "https://concord.dev/problems/cases/fiu-unavailable", extensions: new Dictionary<string, object?> { ["code"] = CaseErrorCodes.FiuUnavailable });
        }

        if (answer == CaseReportAnswer.NotFound || report is null)
        {
            return ReportNotFound();
        }

        await ReadAudit.AppendAsync(audit, time, person, state.AgreementId, "read report through the FIU", $"report:{concordReference}", cancellationToken,
            JsonSerializer.Serialize(new { lineage = new[] { $"item:{itemId}", concordReference } }));
        using var json = JsonDocument.Parse(string.IsNullOrEmpty(report.ReportJson) ? "{}" : report.ReportJson);
        return TypedResults.Ok(new CaseReportView(
            report.ConcordReference, report.FiuReference, report.BankOrganisationId, report.FiledAt?.ToDateTimeOffset(), json.RootElement.Clone(), report.Marking,
            report.RetainUntil?.ToDateTimeOffset(), [.. report.DisseminationReferences]));
    }

    private static ProblemHttpResult ReportNotFound() =>
        Problems.For(CaseRejection.Of(RejectionKind.NotFound, "concordReference", CaseErrorCodes.ReportNotFound, "No such report."), "Not found.");
}
