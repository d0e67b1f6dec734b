using Concord.BankGateway.Filing;
using Concord.BankGateway.Inbox;
using Concord.BankGateway.Validation;
using Concord.Contracts.Filing;
using Concord.ServiceDefaults.Authentication;
using Concord.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Concord.BankGateway.Endpoints;

/// <summary>The FIU's requests for information in the bank's inbox, and the bank's answers: <c>/api/v1/information-requests</c>.</summary>
public static class InformationRequestEndpoints
{
    public static IEndpointRouteBuilder MapInformationRequestEndpoints(this IEndpointRouteBuilder app)
    {
        var requests = app.MapGroup("/api/v1/information-requests")
            .RequireAuthorization(ConcordPolicies.Bank)
            .WithTags("Information requests");

        requests.MapGet("/", ListAsync).WithName("ListInformationRequests")
            .WithSummary("Your requests for information, newest first, optionally Open, Overdue, Answered or Withdrawn.");
        requests.MapGet("/{reference}", GetAsync).WithName("GetInformationRequest")
            .WithSummary("One of your requests: the subjects, the reason, the deadline, the basis, and your answer once given.");
        requests.MapPost("/{reference}/answers", AnswerAsync).WithName("AnswerInformationRequest")
            .WithSummary("Answer every subject of a request once: Match (with details where the agreement allows) or NoMatch.");
        return app;
    }

    private static async Task<Results<Ok<InboxRequestPage>, ValidationProblem>> ListAsync(
        HttpContext http, InboxQueries queries, [FromQuery] InboxRequestStatus? status,
        CancellationToken cancellationToken, [FromQuery] int page = 1, [FromQuery] int pageSize = 50)
    {
        if (Problems.Paging(page, pageSize, InboxQueries.MaxPageSize) is { } invalid)
        {
            return invalid;
        }

        var (items, total) = await queries.ListAsync(http.User.GetOrganisationId(), status, page, pageSize, cancellationToken);
        return TypedResults.Ok(new InboxRequestPage(items, page, pageSize, total));
    }

    private static async Task<Results<Ok<InboxRequestDetails>, ProblemHttpResult>> GetAsync(
        HttpContext http, string reference, InboxQueries queries, CancellationToken cancellationToken)
    {
        var request = await queries.FindAsync(http.User.GetOrganisationId(), reference, cancellationToken);
        return request is null ? NotFound(reference) : TypedResults.Ok(request);
    }

    private static async Task<Results<Created<AnswerReceipt>, Ok<AnswerReceipt>, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        HttpContext http, string reference, RequestAnswerer answerer, CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<AnswerBody>(http.Request, AnswerLimits.BodyBytes, cancellationToken);
        if (body.FailureStatus is { } status)
        {
            return Problems.Status(status, "The request body cannot be accepted.", body.FailureDetail);
        }

        if (body.Value is null)
        {
            return Problems.Validation([body.Error!], "The request body is not a valid answer.");
        }

        var caller = new Caller(http.User.GetOrganisationId(), http.User.GetCallerId());
        var result = await answerer.AnswerAsync(caller, reference, body.Value, cancellationToken);
        return result.Outcome switch
        {
            AnswerOutcome.Answered => TypedResults.Created($"/api/v1/information-requests/{reference}", result.Receipt),
            AnswerOutcome.Duplicate => TypedResults.Ok(result.Receipt),
            AnswerOutcome.NotFound => NotFound(reference),
            AnswerOutcome.Withdrawn => Problems.Status(StatusCodes.Status409Conflict, "The FIU withdrew this request; it can no longer be answered.", result.Detail),
            AnswerOutcome.AlreadyAnswered => Problems.Status(StatusCodes.Status409Conflict, "This request was already answered differently.", result.Detail),
            AnswerOutcome.NoLegalBasis => Problems.NoLegalBasis(result.Errors, "No legal basis to send this answer to the FIU; nothing was sent."),
            _ => Problems.Validation(result.Errors, "The answer is not valid; nothing was sent."),
        };
    }

    private static ProblemHttpResult NotFound(string reference) =>
        Problems.Status(StatusCodes.Status404NotFound, "Information request not found.", $"No information request '{reference}' is visible to you.");
}
