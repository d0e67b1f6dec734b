using Concord.Fiu.Endpoints;
using Concord.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Fiu.Screening;

/// <summary>
/// Screening for analysts: <c>/api/v1/reports/{reference}/typology-hits</c> (the rules a report matched; a report the
/// FIU may not see now answers exactly as a missing one) and <c>/api/v1/screening/typologies</c> (what the FIU screens
/// with now).
/// </summary>
public static class ScreeningEndpoints
{
    public static IEndpointRouteBuilder MapScreeningEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/reports/{reference}/typology-hits", HitsAsync)
            .RequireAuthorization(ConcordPolicies.Fiu, FiuAuthorization.ThisFiu)
            .WithTags("Screening").WithName("ReportTypologyHits")
            .WithSummary("The typology indicator rules the report matched when it was screened at intake: typology id, code, version, indicator, when.");
        app.MapGet("/api/v1/screening/typologies", TypologiesAsync)
            .RequireAuthorization(ConcordPolicies.Fiu, FiuAuthorization.ThisFiu)
            .WithTags("Screening").WithName("ScreeningTypologies")
            .WithSummary("The typology versions the FIU screens incoming reports with now, since when, and their indicators with their rules (and why a rule does not screen, if it does not).");
        return app;
    }

    private static async Task<Results<Ok<ReportTypologyHits>, ProblemHttpResult>> HitsAsync(
        string reference, HttpContext http, ScreeningQueries queries, CancellationToken cancellationToken) =>
        await queries.HitsAsync(AnalystQuery.ReaderOf(http), reference, cancellationToken) is { } hits
            ? TypedResults.Ok(hits)
            : Problems.NotFound(reference);

    private static async Task<Ok<IReadOnlyList<ScreeningTypologyView>>> TypologiesAsync(ScreeningQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.TypologiesAsync(cancellationToken));
}
