using Concord.BankGateway.CaseOutcomes;
using Concord.BankGateway.Filing;
using Concord.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Concord.BankGateway.Endpoints;

/// <summary>What the cases the bank's reports contributed to came to: <c>/api/v1/case-outcomes</c>.</summary>
public static class CaseOutcomeEndpoints
{
    public static IEndpointRouteBuilder MapCaseOutcomeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/case-outcomes", ListAsync)
            .RequireAuthorization(ConcordPolicies.Bank)
            .WithTags("Case outcomes")
            .WithName("ListCaseOutcomes")
            .WithSummary("The outcomes task forces told you of cases your reports contributed to, latest closed first.");
        return app;
    }

    private static async Task<Results<Ok<CaseOutcomePage>, ValidationProblem>> ListAsync(
        HttpContext http, CaseOutcomeQueries queries, CancellationToken cancellationToken, [FromQuery] int page = 1, [FromQuery] int pageSize = 50)
    {
        if (Problems.Paging(page, pageSize, CaseOutcomeQueries.MaxPageSize) is { } invalid)
        {
            return invalid;
        }

        var caller = new Caller(http.User.GetOrganisationId(), http.User.GetCallerId());
        return TypedResults.Ok(await queries.ListAsync(caller, page, pageSize, cancellationToken));
    }
}
