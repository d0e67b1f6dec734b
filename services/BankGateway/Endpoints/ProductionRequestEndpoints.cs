using Concord.BankGateway.Filing;
using Concord.BankGateway.Production;
using Concord.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Concord.BankGateway.Endpoints;

/// <summary>A task force's production requests in the bank's inbox, and the bank's answers with documents: <c>/api/v1/production-requests</c>.</summary>
public static class ProductionRequestEndpoints
{
    public static IEndpointRouteBuilder MapProductionRequestEndpoints(this IEndpointRouteBuilder app)
    {
        var requests = app.MapGroup("/api/v1/production-requests")
            .RequireAuthorization(ConcordPolicies.Bank)
            .WithTags("Production requests")
            // Note: requests and answers are marked (AMBER+STRICT at most); no cache between the gateway and the bank keeps a copy.
            .AddEndpointFilter(async (context, next) =>
            {
                context.HttpContext.Response.Headers.CacheControl = "no-store";
                return await next(context);
            });

        requests.MapGet("/", ListAsync).WithName("ListProductionRequests")
            .WithSummary("Your production requests, newest first, optionally Open, Overdue or Answered.");
        requests.MapGet("/{reference}", GetAsync).WithName("GetProductionRequest")
            .WithSummary("One of your production requests: what to produce about whom, by when, the basis, and your answer once given.");
        requests.MapPost("/{reference}/answer", AnswerAsync).WithName("AnswerProductionRequest")
            .WithSummary("Answer a production request once, with up to 20 documents (multipart/form-data, or JSON with base64 contents) and/or a comment.")
            .Accepts<AnswerBody>("application/json", "multipart/form-data")
            .DisableAntiforgery();
        return app;
    }

    private static async Task<Results<Ok<ProductionRequestPage>, ValidationProblem>> ListAsync(
        HttpContext http, ProductionQueries queries, [FromQuery] ProductionRequestStatus? status,
        CancellationToken cancellationToken, [FromQuery] int page = 1, [FromQuery] int pageSize = 50)
    {
        if (Problems.Paging(page, pageSize, ProductionQueries.MaxPageSize) is { } invalid)
        {
            return invalid;
        }

        return TypedResults.Ok(await queries.ListAsync(Caller(http), status, page, pageSize, cancellationToken));
    }

    private static async Task<Results<Ok<ProductionRequestDetails>, ProblemHttpResult>> GetAsync(
        HttpContext http, string reference, ProductionQueries queries, CancellationToken cancellationToken)
    {
        var request = await queries.FindAsync(Caller(http), reference, cancellationToken);
        return request is null ? NotFound(reference) : TypedResults.Ok(request);
    }

    private static async Task<Results<Created<ProductionAnswerReceipt>, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        HttpContext http, string reference, ProductionAnswerer answerer, CancellationToken cancellationToken)
    {
        var body = await AnswerUploadReader.ReadAsync(http.Request, cancellationToken);
        if (body.FailureStatus is { } status)
        {
            return Problems.Status(status, "The request body cannot be accepted.", body.FailureDetail);
        }

        if (body.Value is null)
        {
            return Problems.Validation([body.Error!], "The request body is not a valid answer.");
        }

        var result = await answerer.AnswerAsync(Caller(http), reference, body.Value, cancellationToken);
        return result.Outcome switch
        {
            ProductionAnswerOutcome.Answered => TypedResults.Created($"/api/v1/production-requests/{reference}", result.Receipt),
            ProductionAnswerOutcome.NotFound => NotFound(reference),
            ProductionAnswerOutcome.AlreadyAnswered => Problems.Status(StatusCodes.Status409Conflict, "This production request was already answered.", result.Detail),
            ProductionAnswerOutcome.NoLegalBasis => Problems.NoLegalBasis(result.Errors, "No legal basis to send this answer to the requesting organisation; nothing was stored or sent."),
            _ when AnswerChecker.IsTooLarge(result.Errors) => Problems.Status(StatusCodes.Status413PayloadTooLarge,
                "The documents are larger than allowed; nothing was stored or sent.",
                $"A document is at most {ProductionLimits.DocumentBytes / (1024 * 1024)} MB, all of an answer at most {ProductionLimits.AnswerBytes / (1024 * 1024)} MB.",
                result.Errors),
            _ => Problems.Validation(result.Errors, "The answer is not valid; nothing was stored or sent."),
        };
    }

    private static Caller Caller(HttpContext http) => new(http.User.GetOrganisationId(), http.User.GetCallerId());

    // Note: the same answer whether the request does not exist or is another bank's.
    private static ProblemHttpResult NotFound(string reference) =>
        Problems.Status(StatusCodes.Status404NotFound, "Production request not found.", $"No production request '{reference}' is visible to you.");
}
