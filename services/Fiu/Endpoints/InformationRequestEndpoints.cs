using Concord.Fiu.Requests;
using Concord.ServiceDefaults.Authentication;
using Concord.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Fiu.Endpoints;

/// <summary>Requests for information to banks, for this FIU's analysts: <c>/api/v1/information-requests</c>.</summary>
public static class InformationRequestEndpoints
{
    public static IEndpointRouteBuilder MapInformationRequestEndpoints(this IEndpointRouteBuilder app)
    {
        var requests = app.MapGroup("/api/v1/information-requests")
            .RequireAuthorization(ConcordPolicies.Fiu, FiuAuthorization.ThisFiu)
            .WithTags("Information requests");

        requests.MapPost("/", SendAsync).WithName("SendInformationRequest")
            .WithSummary("Ask selected banks, or every bank of an agreement, about a list of subjects by a deadline.");
        requests.MapGet("/", ListAsync).WithName("ListInformationRequests")
            .WithSummary("Requests, newest first, optionally Open, Overdue or Closed, with each bank's state.");
        requests.MapGet("/{reference}", GetAsync).WithName("GetInformationRequest")
            .WithSummary("One request, by its reference or a bank's reference of it, with the answers as they arrived.");
        requests.MapPost("/{reference}/withdraw", WithdrawAsync).WithName("WithdrawInformationRequest")
            .WithSummary("Withdraw a request from every bank that has not answered it.");
        return app;
    }

    private static async Task<Results<Created<InformationRequestDetails>, ValidationProblem, ProblemHttpResult>> SendAsync(
        HttpContext http, InformationRequestDesk desk, RequestQueries queries, CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<NewInformationRequest>(http.Request, RequestLimits.BodyBytes, cancellationToken);
        if (body.FailureStatus is { } status)
        {
            return Problems.Body(status, body.FailureDetail);
        }

        if (body.Value is null)
        {
            return Problems.Validation([body.Error!], "The request body is not a valid information request.");
        }

        var reader = AnalystQuery.ReaderOf(http);
        var result = await desk.SendAsync(reader, body.Value, cancellationToken);
        return result.Outcome switch
        {
            RequestOutcome.Done => TypedResults.Created($"/api/v1/information-requests/{result.Reference}", await queries.FindAsync(reader, result.Reference!, cancellationToken)),
            RequestOutcome.NoLegalBasis => RequestProblems.NoLegalBasis(result.Errors, "No legal basis to ask every bank named; nothing was sent."),
            _ => Problems.Validation(result.Errors, "The information request is not valid; nothing was sent."),
        };
    }

    private static async Task<Results<Ok<InformationRequestPage>, ValidationProblem>> ListAsync(
        RequestQueries queries,
        [FromQuery] InformationRequestStatus? status,
        CancellationToken cancellationToken,
        [FromQuery] int page = 1,
        [FromQuery] int pageSize = 50)
    {
        var errors = AnalystQuery.PagingErrors(page, pageSize, RequestQueries.MaxPageSize).ToList();
        if (errors.Count > 0)
        {
            return Problems.Validation(errors, "The query is not valid.");
        }

        var (items, total) = await queries.ListAsync(status, page, pageSize, cancellationToken);
        return TypedResults.Ok(new InformationRequestPage(items, page, pageSize, total));
    }

    private static async Task<Results<Ok<InformationRequestDetails>, ProblemHttpResult>> GetAsync(
        string reference, HttpContext http, RequestQueries queries, CancellationToken cancellationToken)
    {
        var request = await queries.FindAsync(AnalystQuery.ReaderOf(http), reference, cancellationToken);
        return request is null ? RequestProblems.NotFound(reference) : TypedResults.Ok(request);
    }

    private static async Task<Results<Ok<InformationRequestDetails>, ValidationProblem, ProblemHttpResult>> WithdrawAsync(
        string reference, HttpContext http, InformationRequestDesk desk, RequestQueries queries, CancellationToken cancellationToken)
    {
        var body = new WithdrawalBody();
        // Note: the reason is optional, and so is the body: a bare POST withdraws without one.
        if (http.Request.HasJsonContentType() || http.Request.ContentLength > 0)
        {
            var read = await RequestJson.ReadAsync<WithdrawalBody>(http.Request, RequestLimits.BodyBytes, cancellationToken);
            if (read.FailureStatus is { } status)
            {
                return Problems.Body(status, read.FailureDetail);
            }

            if (read.Value is null)
            {
                return Problems.Validation([read.Error!], "The request body is not a valid withdrawal.");
            }

            body = read.Value;
        }

        var reader = AnalystQuery.ReaderOf(http);
        var result = await desk.WithdrawAsync(reader, reference, body, cancellationToken);
        return result.Outcome switch
        {
            RequestOutcome.Done => TypedResults.Ok(await queries.FindAsync(reader, result.Reference!, cancellationToken)),
            RequestOutcome.NotFound => RequestProblems.NotFound(reference),
            RequestOutcome.Conflict => RequestProblems.Status(StatusCodes.Status409Conflict, "The request cannot be withdrawn.", result.Detail),
            _ => Problems.Validation(result.Errors, "The withdrawal is not valid."),
        };
    }
}
