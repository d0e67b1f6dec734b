using System.Globalization;
using Concord.Contracts.Filing;
using Concord.Fiu.Feedback;
using Concord.Fiu.Requests;
using Concord.ServiceDefaults.Authentication;
using Concord.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Fiu.Endpoints;

/// <summary>Feedback to filing banks, for this FIU's analysts: <c>/api/v1/reports/{reference}/feedback</c> and <c>/api/v1/feedback/figures</c>.</summary>
public static class FeedbackEndpoints
{
    public static IEndpointRouteBuilder MapFeedbackEndpoints(this IEndpointRouteBuilder app)
    {
        var feedback = app.MapGroup("/api/v1")
            .RequireAuthorization(ConcordPolicies.Fiu, FiuAuthorization.ThisFiu)
            .WithTags("Feedback");

        feedback.MapPost("/reports/{reference}/feedback", GiveAsync).WithName("GiveReportFeedback")
            .WithSummary("Tell the filing bank what became of an acknowledged report: Useful, LedToDissemination or NoFurtherAction.");
        feedback.MapGet("/reports/{reference}/feedback", ListAsync).WithName("ListReportFeedback")
            .WithSummary("The feedback given on a report, oldest first.");
        feedback.MapGet("/feedback/figures", FiguresAsync).WithName("GetFeedbackFigures")
            .WithSummary("Per bank, for reports received in [from, to): received, acknowledged, rejected, and the latest feedback by outcome.");
        return app;
    }

    private static async Task<Results<Created<FeedbackDetails>, Ok<FeedbackDetails>, ValidationProblem, ProblemHttpResult>> GiveAsync(
        string reference, HttpContext http, FeedbackDesk desk, CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<FeedbackBody>(http.Request, RequestLimits.BodyBytes, cancellationToken);
        if (body.FailureStatus is { } status)
        {
            return Problems.Body(status, body.FailureDetail);
        }

        if (body.Value is null)
        {
            return Problems.Validation([body.Error!], "The request body is not valid feedback.");
        }

        var result = await desk.GiveAsync(AnalystQuery.ReaderOf(http), reference, body.Value, cancellationToken);
        return result.Kind switch
        {
            FeedbackResultKind.Given => TypedResults.Created($"/api/v1/reports/{reference}/feedback", result.Feedback),
            FeedbackResultKind.Duplicate => TypedResults.Ok(result.Feedback),
            FeedbackResultKind.NotFound => Problems.NotFound(reference),
            FeedbackResultKind.NotAcknowledged => RequestProblems.Status(StatusCodes.Status409Conflict, "Feedback is for acknowledged reports.",
                $"The FIU rejected '{reference}'; the bank already has the reasons."),
            FeedbackResultKind.NoLegalBasis => RequestProblems.NoLegalBasis(result.Errors, "No legal basis to give the bank feedback on this report; nothing was sent."),
            _ => Problems.Validation(result.Errors, "The feedback is not valid."),
        };
    }

    private static async Task<Results<Ok<IReadOnlyList<FeedbackDetails>>, ProblemHttpResult>> ListAsync(
        string reference, HttpContext http, FeedbackQueries queries, CancellationToken cancellationToken)
    {
        var feedback = await queries.ForReportAsync(AnalystQuery.ReaderOf(http), reference, cancellationToken);
        return feedback is null ? Problems.NotFound(reference) : TypedResults.Ok(feedback);
    }

    private static async Task<Results<Ok<FeedbackFigures>, ValidationProblem>> FiguresAsync(
        HttpContext http, FeedbackQueries queries, [FromQuery] string? from, [FromQuery] string? to, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var start = Instant("from", from, errors);
        var end = Instant("to", to, errors);
        if (start is not null && end is not null && start >= end)
        {
            errors.Add(new FieldError { Path = "to", Code = RequestErrorCodes.InvalidValue, Message = "'to' must be after 'from'." });
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors, "The query is not valid.");
        }

        return TypedResults.Ok(await queries.FiguresAsync(AnalystQuery.ReaderOf(http), start, end, cancellationToken));
    }

    private static DateTimeOffset? Instant(string name, string? value, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant;
        }

        errors.Add(new FieldError { Path = name, Code = RequestErrorCodes.InvalidFormat, Message = $"'{name}' is a date or an ISO 8601 instant, e.g. 2026-11-01 or 2026-11-01T00:00:00Z." });
        return null;
    }
}
