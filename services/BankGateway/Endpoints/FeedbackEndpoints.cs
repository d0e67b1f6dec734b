using Concord.BankGateway.CaseOutcomes;
using Concord.BankGateway.Filing;
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
        HttpContext http, InboxQueries queries, CaseOutcomeQueries outcomes, ReportQueries reports, [FromQuery] FeedbackOutcome? outcome,
        CancellationToken cancellationToken, [FromQuery] int page = 1, [FromQuery] int pageSize = 50)
    {
        if (Problems.Paging(page, pageSize, InboxQueries.MaxPageSize) is { } invalid)
        {
            return invalid;
        }

        var bank = http.User.GetOrganisationId();
        var feedback = await queries.FeedbackAsync(bank, outcome, page, pageSize, cancellationToken);
        // Note: each entry names its report by reference; the outcomes of the cases those reports contributed to go with it.
        var ids = await reports.IdsAsync(bank, [.. feedback.Items.Select(f => f.ConcordReference).Distinct()], cancellationToken);
        var cases = await outcomes.ForReportsAsync(bank, [.. ids.Values], cancellationToken);
        return TypedResults.Ok(feedback with
        {
            Items = [.. feedback.Items.Select(f => ids.TryGetValue(f.ConcordReference, out var id) ? f with { CaseOutcomes = [.. cases[id]] } : f)],
        });
    }
}
