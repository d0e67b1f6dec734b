using Concord.Fiu.Domain;
using Concord.Fiu.Persistence;
using Concord.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Fiu.Endpoints;

/// <summary>Received reports for this FIU's analysts: <c>/api/v1/reports</c>.</summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/v1/reports")
            .RequireAuthorization(ConcordPolicies.Fiu, FiuAuthorization.ThisFiu)
            .WithTags("Reports");

        reports.MapGet("/", ListReportsAsync).WithName("ListReceivedReports")
            .WithSummary("Received reports, newest first, optionally by status or filing bank.");
        reports.MapGet("/{reference}", GetReportAsync).WithName("GetReceivedReport")
            .WithSummary("One received report by its FIU reference or its Concord reference.");
        return app;
    }

    private static async Task<Results<Ok<ReceivedReportPage>, ValidationProblem>> ListReportsAsync(
        HttpContext http,
        ReportQueries queries,
        [FromQuery] ReceivedReportStatus? status,
        [FromQuery] string? bankOrganisationId,
        CancellationToken cancellationToken,
        [FromQuery] int page = 1,
        [FromQuery] int pageSize = 50)
    {
        var errors = AnalystQuery.PagingErrors(page, pageSize, ReportQueries.MaxPageSize).ToList();
        if (errors.Count > 0)
        {
            return Problems.Validation(errors, "The query is not valid.");
        }

        var (items, total) = await queries.ListAsync(AnalystQuery.ReaderOf(http), status, bankOrganisationId, page, pageSize, cancellationToken);
        return TypedResults.Ok(new ReceivedReportPage(items.Select(ReceivedReportSummary.From).ToList(), page, pageSize, total));
    }

    private static async Task<Results<Ok<ReceivedReportDetails>, ProblemHttpResult>> GetReportAsync(
        string reference, HttpContext http, ReportQueries queries, CancellationToken cancellationToken)
    {
        var report = await queries.FindAsync(AnalystQuery.ReaderOf(http), reference, cancellationToken);
        return report is null ? Problems.NotFound(reference) : TypedResults.Ok(ReceivedReportDetails.From(report));
    }
}
