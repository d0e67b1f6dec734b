using Concord.Typology.Statistics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Typology.Endpoints;

/// <summary>What typologies achieve, for the FIU's analysts: per typology, and the export for the partnership.</summary>
public static class StatisticsEndpoints
{
    public static IEndpointRouteBuilder MapStatisticsEndpoints(this IEndpointRouteBuilder app)
    {
        var statistics = app.MapGroup("/api/v1/typologies").RequireAuthorization(TypologyAuthorization.Analyst).WithTags("Typology statistics");
        statistics.MapGet("/{code}/statistics", ForTypologyAsync).WithName("GetTypologyStatistics")
            .WithSummary("Recipients, acknowledgements, citations, rule hits (per indicator) and disseminations per version, per bank and per period (week or month).");
        statistics.MapGet("/statistics/export", ExportAsync).WithName("ExportTypologyStatistics")
            .WithSummary("Every typology version's figures, as JSON or CSV (format=json|csv), for reporting to the partnership.")
            .Produces<StatisticsExport>(contentType: "application/json").Produces<string>(contentType: CsvExport.ContentType);
        return app;
    }

    private static async Task<Results<Ok<TypologyStatistics>, ProblemHttpResult>> ForTypologyAsync(
        string code, StatisticsQueries queries, CancellationToken cancellationToken, [FromQuery] string period = "month")
    {
        // Note: read as text, so a wrong value is a field error rather than a binding failure.
        if (!Enum.TryParse<StatisticsPeriod>(period, ignoreCase: true, out var grouping) || !Enum.IsDefined(grouping) || int.TryParse(period, out _))
        {
            return Problems.Validation([Domain.DraftValidator.Error("period", Domain.TypologyErrorCodes.InvalidValue, "'period' is week or month.")], "The query is not valid.");
        }

        return await queries.ForTypologyAsync(code, grouping, cancellationToken) is { } figures ? TypedResults.Ok(figures) : Problems.NotFound(code);
    }

    private static async Task<Results<Ok<StatisticsExport>, ContentHttpResult, ProblemHttpResult>> ExportAsync(
        StatisticsQueries queries, CancellationToken cancellationToken, [FromQuery] string format = "json")
    {
        if (format is not ("json" or "csv"))
        {
            return Problems.Validation([Domain.DraftValidator.Error("format", Domain.TypologyErrorCodes.InvalidValue, "'format' is json or csv.")], "The query is not valid.");
        }

        var export = await queries.ExportAsync(cancellationToken);
        return format == "csv" ? TypedResults.Text(CsvExport.Write(export), CsvExport.ContentType) : TypedResults.Ok(export);
    }
}
