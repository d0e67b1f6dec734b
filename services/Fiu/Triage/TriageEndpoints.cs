using System.Text.RegularExpressions;
using Concord.Contracts.Filing;
using Concord.Fiu.Endpoints;
using Concord.Fiu.Persistence;
using Concord.Fiu.Screening;
using Concord.ServiceDefaults.Authentication;
using Concord.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Fiu.Triage;

/// <summary>
/// The analysts' triage: <c>/api/v1/triage</c> (the queue) and, per report, <c>assignment</c>, <c>decision</c> and
/// <c>notes</c>. A report the FIU may not see now answers exactly as a missing one.
/// </summary>
public static partial class TriageEndpoints
{
    private const long BodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapTriageEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/triage", QueueAsync)
            .RequireAuthorization(ConcordPolicies.Fiu, Endpoints.FiuAuthorization.ThisFiu)
            .WithTags("Triage").WithName("TriageQueue")
            .WithSummary("Acknowledged reports by triage score, highest first, each with the factors of its score; undecided unless decided=true.");

        var report = app.MapGroup("/api/v1/reports/{reference}")
            .RequireAuthorization(ConcordPolicies.Fiu, Endpoints.FiuAuthorization.ThisFiu)
            .WithTags("Triage");
        report.MapPut("/assignment", AssignAsync).WithName("AssignReport")
            .WithSummary("Assigns the report to an analyst.");
        report.MapDelete("/assignment", UnassignAsync).WithName("UnassignReport")
            .WithSummary("Takes the report back into the unassigned queue.");
        report.MapPost("/decision", DecideAsync).WithName("DecideReport")
            .WithSummary("Records the triage decision (NoFurtherAction, Analyse, Disseminate) with its reason; a later decision replaces it, both stay in the audit chain.");
        report.MapGet("/notes", NotesAsync).WithName("ListNotes")
            .WithSummary("The analysts' notes on the report, oldest first.");
        report.MapPost("/notes", AddNoteAsync).WithName("AddNote")
            .WithSummary("Adds an analysis note to the report.");
        return app;
    }

    private static async Task<Results<Ok<TriagePage>, ValidationProblem>> QueueAsync(
        HttpContext http,
        ReportQueries queries,
        ScreeningQueries screening,
        [FromQuery] string? assignedTo,
        CancellationToken cancellationToken,
        [FromQuery] bool decided = false,
        [FromQuery] int page = 1,
        [FromQuery] int pageSize = 50)
    {
        var errors = AnalystQuery.PagingErrors(page, pageSize, ReportQueries.MaxPageSize).ToList();

        if (assignedTo is not null && !IsAnalyst(assignedTo))
        {
            errors.Add(AnalystError("assignedTo"));
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors, "The query is not valid.");
        }

        var (items, total) = await queries.QueueAsync(AnalystQuery.ReaderOf(http), assignedTo, decided, page, pageSize, cancellationToken);
        // Note: the hits of the reports just read through the read filter, in one query for the page.
        var hits = await screening.HitsOfAsync([.. items.Select(r => r.Id)], cancellationToken);
        return TypedResults.Ok(new TriagePage([.. items.Select(r => TriageItem.From(r, hits.GetValueOrDefault(r.Id, [])))], page, pageSize, total));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> AssignAsync(
        string reference, HttpContext http, TriageActions actions, CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<AssignmentRequest>(http.Request, BodyBytes, cancellationToken);
        if (Unreadable(body) is { } refusal)
        {
            return refusal;
        }

        if (body.Value!.AssignedTo is not { } assignee || !IsAnalyst(assignee))
        {
            return Problems.Validation([AnalystError("assignedTo")], "The assignment is not valid.");
        }

        return Answer(reference, await actions.AssignAsync(AnalystQuery.ReaderOf(http), reference, assignee, cancellationToken));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> UnassignAsync(
        string reference, HttpContext http, TriageActions actions, CancellationToken cancellationToken) =>
        Answer(reference, await actions.AssignAsync(AnalystQuery.ReaderOf(http), reference, null, cancellationToken));

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DecideAsync(
        string reference, HttpContext http, TriageActions actions, CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<DecisionRequest>(http.Request, BodyBytes, cancellationToken);
        if (Unreadable(body) is { } refusal)
        {
            return refusal;
        }

        var errors = new List<FieldError>();
        if (body.Value!.Decision is null)
        {
            errors.Add(new FieldError { Path = "decision", Code = "Required", Message = "A decision is required: NoFurtherAction, Analyse or Disseminate." });
        }

        errors.AddRange(TextErrors("reason", body.Value.Reason, TriageLimits.ReasonLength));
        if (errors.Count > 0)
        {
            return Problems.Validation(errors, "The decision is not valid.");
        }

        return Answer(reference, await actions.DecideAsync(AnalystQuery.ReaderOf(http), reference, body.Value.Decision!.Value, body.Value.Reason!.Trim(), cancellationToken));
    }

    private static async Task<Results<Ok<IReadOnlyList<NoteView>>, ProblemHttpResult>> NotesAsync(
        string reference, HttpContext http, TriageActions actions, CancellationToken cancellationToken) =>
        await actions.NotesAsync(AnalystQuery.ReaderOf(http), reference, cancellationToken) is { } notes
            ? TypedResults.Ok<IReadOnlyList<NoteView>>([.. notes.Select(NoteView.From)])
            : Problems.NotFound(reference);

    private static async Task<Results<Created<NoteView>, ValidationProblem, ProblemHttpResult>> AddNoteAsync(
        string reference, HttpContext http, TriageActions actions, CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<NoteRequest>(http.Request, BodyBytes, cancellationToken);
        if (body.FailureStatus is { } status)
        {
            return Problems.Body(status, body.FailureDetail);
        }

        var errors = body.Value is null ? [body.Error!] : TextErrors("text", body.Value.Text, TriageLimits.NoteLength).ToList();
        if (errors.Count > 0)
        {
            return Problems.Validation(errors, "The note is not valid.");
        }

        var (outcome, note) = await actions.AddNoteAsync(AnalystQuery.ReaderOf(http), reference, body.Value!.Text!.Trim(), cancellationToken);
        return outcome switch
        {
            TriageOutcome.Done => TypedResults.Created($"/api/v1/reports/{Uri.EscapeDataString(reference)}/notes", NoteView.From(note!)),
            TriageOutcome.NotInTriage => Problems.NotInTriage(reference),
            _ => Problems.NotFound(reference),
        };
    }

    private static Results<NoContent, ValidationProblem, ProblemHttpResult> Answer(string reference, TriageOutcome outcome) => outcome switch
    {
        TriageOutcome.Done => TypedResults.NoContent(),
        TriageOutcome.NotInTriage => Problems.NotInTriage(reference),
        _ => Problems.NotFound(reference),
    };

    private static Results<NoContent, ValidationProblem, ProblemHttpResult>? Unreadable<T>(RequestBody<T> body)
        where T : class
    {
        if (body.FailureStatus is { } status)
        {
            return Problems.Body(status, body.FailureDetail);
        }

        if (body.Value is null)
        {
            return Problems.Validation([body.Error!], "The request body is not valid.");
        }

        return null;
    }

    private static IEnumerable<FieldError> TextErrors(string path, string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield return new FieldError { Path = path, Code = "Required", Message = "A value is required." };
        }
        else if (text.Trim().Length > maxLength)
        {
            yield return new FieldError { Path = path, Code = "TooLong", Message = $"At most {maxLength} characters are allowed; this value has {text.Trim().Length}." };
        }
    }

    private static bool IsAnalyst(string value) => value.Length <= TriageLimits.AnalystLength && AnalystPattern().IsMatch(value);

    private static FieldError AnalystError(string path) => new()
    {
        Path = path,
        Code = "InvalidAnalyst",
        Message = $"An analyst id is required: 1 to {TriageLimits.AnalystLength} lower-case letters, digits, '.', '_' or '-'.",
    };


    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex AnalystPattern();
}
