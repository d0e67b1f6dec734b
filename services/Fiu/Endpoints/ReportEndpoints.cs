using Concord.Contracts.Filing;
using Concord.Fiu.Domain;
using Concord.Fiu.Persistence;
using Concord.LegalBasis.Reading;
using Concord.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Fiu.Endpoints;

/// <summary>Received reports for this FIU's analysts: <c>/api/v1/reports</c>.</summary>
public static class ReportEndpoints
{
    /// <summary>Deep enough for any real backlog, low enough that the row offset cannot overflow.</summary>
    private const int MaxPage = 1_000_000;

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
        var errors = new List<FieldError>();
        if (page is < 1 or > MaxPage)
        {
            errors.Add(new FieldError { Path = "page", Code = "InvalidValue", Message = $"'page' is between 1 and {MaxPage}." });
        }

        if (pageSize is < 1 or > ReportQueries.MaxPageSize)
        {
            errors.Add(new FieldError { Path = "pageSize", Code = "InvalidValue", Message = $"'pageSize' is between 1 and {ReportQueries.MaxPageSize}." });
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors, "The query is not valid.");
        }

        var (items, total) = await queries.ListAsync(ReaderOf(http), status, bankOrganisationId, page, pageSize, cancellationToken);
        return TypedResults.Ok(new ReceivedReportPage(items.Select(ReceivedReportSummary.From).ToList(), page, pageSize, total));
    }

    private static async Task<Results<Ok<ReceivedReportDetails>, ProblemHttpResult>> GetReportAsync(
        string reference, HttpContext http, ReportQueries queries, CancellationToken cancellationToken)
    {
        var report = await queries.FindAsync(ReaderOf(http), reference, cancellationToken);
        return report is null ? Problems.NotFound(reference) : TypedResults.Ok(ReceivedReportDetails.From(report));
    }

    // Note: the group's policy already requires the organisation claim; without it there is no reader, so no read.
    private static Reader ReaderOf(HttpContext http) =>
        Reader.TryFrom(http.User, out var reader) ? reader : throw new InvalidOperationException("The caller has no organisation.");
}
