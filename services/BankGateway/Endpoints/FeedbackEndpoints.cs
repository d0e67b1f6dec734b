using Concord.BankGateway.Inbox;
using Concord.BankGateway.Validation;
using Concord.Contracts.Feedback;
using Concord.Contracts.Filing;
using Concord.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Concord.BankGateway.Endpoints;

/// <summary>What the FIU said became of the bank's reports: <c>/api/v1/feedback</c>.</summary>
public static class FeedbackEndpoints
{
    public static IEndpointRouteBuilder MapFeedbackEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/feedback", ListAsync)
            .RequireAuthorization(ConcordPolicies.Bank)
            .WithTags("Feedback")
            .WithName("ListFeedback")
            .WithSummary("The FIU's feedback on your reports, newest first, and your figures: reports with feedback by their latest outcome.");
        return app;
    }

    private static async Task<Results<Ok<FeedbackPage>, ValidationProblem>> ListAsync(
        HttpContext http, InboxQueries queries, [FromQuery] FeedbackOutcome? outcome,
        CancellationToken cancellationToken, [FromQuery] int page = 1, [FromQuery] int pageSize = 50)
    {
        if (Problems.Paging(page, pageSize, InboxQueries.MaxPageSize) is { } invalid)
        {
            return invalid;
        }

        return TypedResults.Ok(await queries.FeedbackAsync(http.User.GetOrganisationId(), outcome, page, pageSize, cancellationToken));
    }
}
