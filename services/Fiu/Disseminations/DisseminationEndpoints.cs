using Concord.Fiu.Endpoints;
using Concord.Fiu.Persistence;
using Concord.Fiu.Requests;
using Concord.ServiceDefaults.Authentication;
using Concord.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Fiu.Disseminations;

/// <summary>
/// Disseminations to task forces and the case outcomes told back, for this FIU's analysts:
/// <c>/api/v1/disseminations</c>, <c>/api/v1/case-outcomes</c> and <c>/api/v1/reports/{reference}/case-outcomes</c>.
/// </summary>
public static class DisseminationEndpoints
{
    public static IEndpointRouteBuilder MapDisseminationEndpoints(this IEndpointRouteBuilder app)
    {
        var disseminations = app.MapGroup("/api/v1/disseminations")
            .RequireAuthorization(ConcordPolicies.Fiu, FiuAuthorization.ThisFiu)
            .WithTags("Disseminations");
        disseminations.MapPost("/", DisseminateAsync).WithName("Disseminate")
            .WithSummary("Disseminate intelligence (an analysis note and the reports it rests on) to a task-force organisation.");
        disseminations.MapGet("/", ListAsync).WithName("ListDisseminations")
            .WithSummary("Disseminations, newest first, each with its case's outcome once told.");
        disseminations.MapGet("/{reference}", GetAsync).WithName("GetDissemination")
            .WithSummary("One dissemination with its reports and its case's outcome.");

        var outcomes = app.MapGroup("/api/v1")
            .RequireAuthorization(ConcordPolicies.Fiu, FiuAuthorization.ThisFiu)
            .WithTags("Case outcomes");
        outcomes.MapGet("/case-outcomes", ListOutcomesAsync).WithName("ListCaseOutcomes")
            .WithSummary("Outcomes of task-force cases told to the FIU, most recently closed first.");
        outcomes.MapGet("/reports/{reference}/case-outcomes", ReportOutcomesAsync).WithName("GetReportCaseOutcomes")
            .WithSummary("The outcomes of the cases a report contributed to.");
        return app;
    }

    private static async Task<Results<Created<DisseminationDetails>, ValidationProblem, ProblemHttpResult>> DisseminateAsync(
        HttpContext http, DisseminationDesk desk, DisseminationQueries queries, CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<NewDissemination>(http.Request, DisseminationLimits.BodyBytes, cancellationToken);
        if (body.FailureStatus is { } status)
        {
            return Problems.Body(status, body.FailureDetail);
        }

        if (body.Value is null)
        {
            return Problems.Validation([body.Error!], "The request body is not a valid dissemination.");
        }

        var reader = AnalystQuery.ReaderOf(http);
        var result = await desk.DisseminateAsync(reader, body.Value, cancellationToken);
        return result.Outcome switch
        {
            RequestOutcome.Done => TypedResults.Created($"/api/v1/disseminations/{result.Reference}", await queries.FindAsync(reader, result.Reference!, cancellationToken)),
            RequestOutcome.NoLegalBasis => RequestProblems.NoLegalBasis(result.Errors, "No legal basis to disseminate to this organisation; nothing was stored or sent."),
            _ => Problems.Validation(result.Errors, "The dissemination is not valid; nothing was stored or sent."),
        };
    }

    private static async Task<Results<Ok<DisseminationPage>, ValidationProblem>> ListAsync(
        HttpContext http, DisseminationQueries queries, CancellationToken cancellationToken, [FromQuery] int page = 1, [FromQuery] int pageSize = 50)
    {
        var errors = AnalystQuery.PagingErrors(page, pageSize, DisseminationQueries.MaxPageSize).ToList();
        if (errors.Count > 0)
        {
            return Problems.Validation(errors, "The query is not valid.");
        }

        var (items, total) = await queries.ListAsync(AnalystQuery.ReaderOf(http), page, pageSize, cancellationToken);
        return TypedResults.Ok(new DisseminationPage(items, page, pageSize, total));
    }

    private static async Task<Results<Ok<DisseminationDetails>, ProblemHttpResult>> GetAsync(
        string reference, HttpContext http, DisseminationQueries queries, CancellationToken cancellationToken)
    {
        var dissemination = await queries.FindAsync(AnalystQuery.ReaderOf(http), reference, cancellationToken);
        return dissemination is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Dissemination not found.", detail: $"No dissemination has the reference '{reference}'.")
            : TypedResults.Ok(dissemination);
    }

    private static async Task<Results<Ok<CaseOutcomePage>, ValidationProblem>> ListOutcomesAsync(
        HttpContext http, DisseminationQueries queries, CancellationToken cancellationToken, [FromQuery] int page = 1, [FromQuery] int pageSize = 50)
    {
        var errors = AnalystQuery.PagingErrors(page, pageSize, DisseminationQueries.MaxPageSize).ToList();
        if (errors.Count > 0)
        {
            return Problems.Validation(errors, "The query is not valid.");
        }

        var (items, total) = await queries.OutcomesAsync(AnalystQuery.ReaderOf(http), null, page, pageSize, cancellationToken);
        return TypedResults.Ok(new CaseOutcomePage(items, page, pageSize, total));
    }

    private static async Task<Results<Ok<CaseOutcomePage>, ValidationProblem, ProblemHttpResult>> ReportOutcomesAsync(
        string reference, HttpContext http, ReportQueries reports, DisseminationQueries queries, CancellationToken cancellationToken,
        [FromQuery] int page = 1, [FromQuery] int pageSize = 50)
    {
        var errors = AnalystQuery.PagingErrors(page, pageSize, DisseminationQueries.MaxPageSize).ToList();
        if (errors.Count > 0)
        {
            return Problems.Validation(errors, "The query is not valid.");
        }

        var reader = AnalystQuery.ReaderOf(http);
        // Note: found through the read filter, so a report the FIU may not see now is not found, nor are its outcomes.
        if (await reports.FindAsync(reader, reference, cancellationToken) is not { } report)
        {
            return Problems.NotFound(reference);
        }

        var (items, total) = await queries.OutcomesAsync(reader, report.ConcordReference, page, pageSize, cancellationToken);
        return TypedResults.Ok(new CaseOutcomePage(items, page, pageSize, total));
    }
}
