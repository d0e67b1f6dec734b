using System.Text.Json;
using Concord.Cases.Domain;
using Concord.Cases.Views;
using Concord.Cases.Workflow;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Reading;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Cases.Endpoints;

/// <summary>
/// Cases for task-force members: <c>/api/v1/cases</c>. A case the caller's organisation is not a member of answers 404,
/// exactly like one that does not exist, and never appears in a list or a count.
/// </summary>
public static class CaseEndpoints
{
    public static IEndpointRouteBuilder MapCaseEndpoints(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/v1/cases").RequireAuthorization(CasesAuthorization.Member).WithTags("Cases");
        cases.MapPost("/", OpenAsync).WithName("OpenCase")
            .WithSummary("Open a case for a task force (a Partnership agreement, by code): the caller becomes its lead, and the case type's template tasks are created.");
        cases.MapGet("/", ListAsync).WithName("ListCases").WithSummary("The cases the caller's organisation is a member of, newest first, paged.");
        cases.MapGet("/{caseId:guid}", GetAsync).WithName("GetCase").WithSummary("One case: milestone, members, tasks and notes.");
        cases.MapGet("/{caseId:guid}/timeline", TimelineAsync).WithName("GetCaseTimeline").WithSummary("Everything that happened in the case, oldest first, with who and when.");
        cases.MapPost("/{caseId:guid}/members", AddMemberAsync).WithName("AddCaseMember")
            .WithSummary("Add a person of a party to the task force's agreement with a role (the lead); a bank's investigator only where the agreement has an Investigation flow to the bank.");
        cases.MapDelete("/{caseId:guid}/members/{personId}", RemoveMemberAsync).WithName("RemoveCaseMember")
            .WithSummary("Remove a member (the lead); an organisation left with no member loses sight of the case at once.");
        cases.MapPost("/{caseId:guid}/tasks", AddTaskAsync).WithName("AddCaseTask").WithSummary("Add a task for a member, with a due date.");
        cases.MapPost("/{caseId:guid}/tasks/{taskId:guid}/complete", CompleteTaskAsync).WithName("CompleteCaseTask").WithSummary("Mark a task done (its assignee or the lead).");
        cases.MapPost("/{caseId:guid}/milestones", ChangeMilestoneAsync).WithName("ChangeCaseMilestone")
            .WithSummary("Move the case to its next milestone; closing records an outcome and a reason. Illegal moves are refused (409) naming both milestones.");
        cases.MapPost("/{caseId:guid}/notes", AddNoteAsync).WithName("AddCaseNote").WithSummary("Write a note on the case.");
        return app;
    }

    private static async Task<Results<Created<CaseView>, ProblemHttpResult>> OpenAsync(HttpContext http, CaseDesk desk, CancellationToken cancellationToken)
    {
        if (!CaseRequest.TryPerson(http, out var person))
        {
            return Problems.NoPerson();
        }

        var (body, problem) = await CaseRequest.ReadAsync<OpenCaseBody>(http.Request, "The case cannot be opened; nothing was stored.", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var result = await desk.OpenAsync(person, body!.Title, body.CaseType, body.AgreementCode, cancellationToken);
        return result.State is { } state
            ? TypedResults.Created($"/api/v1/cases/{state.CaseId}", View(http, state, person))
            : Problems.For(result.Rejection!, "The case cannot be opened; nothing was stored.");
    }

    private static async Task<Results<Ok<CasePage>, ProblemHttpResult>> ListAsync(
        HttpContext http, CaseQueries queries, CancellationToken cancellationToken, [FromQuery] int page = 1, [FromQuery] int pageSize = 50)
    {
        if (!CaseRequest.TryPerson(http, out var person))
        {
            return Problems.NoPerson();
        }

        var errors = new List<Contracts.Filing.FieldError>();
        if (page is < 1 or > 1_000_000)
        {
            errors.Add(CaseValidation.Error("page", CaseErrorCodes.InvalidValue, "'page' is between 1 and 1000000."));
        }

        if (pageSize is < 1 or > CaseQueries.MaxPageSize)
        {
            errors.Add(CaseValidation.Error("pageSize", CaseErrorCodes.InvalidValue, $"'pageSize' is between 1 and {CaseQueries.MaxPageSize}."));
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors, "The query is not valid.");
        }

        var (items, total) = await queries.ListAsync(person.Organisation, page, pageSize, cancellationToken);
        return TypedResults.Ok(new CasePage(items, page, pageSize, total));
    }

    private static async Task<Results<Ok<CaseView>, ProblemHttpResult>> GetAsync(
        Guid caseId, HttpContext http, CaseDesk desk, IAuditSink audit, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!CaseRequest.TryPerson(http, out var person))
        {
            return Problems.NoPerson();
        }

        if (await desk.FindAsync(person, caseId, cancellationToken) is not { } state)
        {
            return Problems.For(DeskResult.NotFound().Rejection!, "Not found.");
        }

        await AuditReadAsync(audit, time, person, state, "read case", cancellationToken);
        return TypedResults.Ok(View(http, state, person));
    }

    private static async Task<Results<Ok<IReadOnlyList<TimelineEntry>>, ProblemHttpResult>> TimelineAsync(
        Guid caseId, HttpContext http, CaseDesk desk, IAuditSink audit, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!CaseRequest.TryPerson(http, out var person))
        {
            return Problems.NoPerson();
        }

        if (await desk.FindAsync(person, caseId, cancellationToken) is not { } state)
        {
            return Problems.For(DeskResult.NotFound().Rejection!, "Not found.");
        }

        var events = await desk.EventsAsync(caseId, cancellationToken);
        await AuditReadAsync(audit, time, person, state, "read case timeline", cancellationToken);
        // Note: an event about an item, request or outcome the caller's organisation may not see is left out, content and all.
        var sees = http.RequestServices.GetRequiredService<CaseReading>().SeesEvent(state, person.Organisation);
        IReadOnlyList<TimelineEntry> timeline = [.. events.Where(e => sees(CaseEventJson.Deserialize(e.Payload)))
            .Select(e => new TimelineEntry(e.Sequence, e.Type, e.By, e.ByOrganisation, e.At, JsonDocument.Parse(e.Payload).RootElement.Clone()))];
        return TypedResults.Ok(timeline);
    }

    private static async Task<Results<Created<CaseView>, ProblemHttpResult>> AddMemberAsync(Guid caseId, HttpContext http, CaseDesk desk, CancellationToken cancellationToken)
    {
        const string title = "The member cannot be added; nothing was stored.";
        if (!CaseRequest.TryPerson(http, out var person))
        {
            return Problems.NoPerson();
        }

        var (body, problem) = await CaseRequest.ReadAsync<MemberBody>(http.Request, title, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var result = await desk.AddMemberAsync(person, caseId, body!.PersonId, body.OrganisationId, body.Role, cancellationToken);
        return result.State is { } state ? TypedResults.Created($"/api/v1/cases/{caseId}", View(http, state, person)) : Problems.For(result.Rejection!, title);
    }

    private static Task<Results<Ok<CaseView>, ProblemHttpResult>> RemoveMemberAsync(Guid caseId, string personId, HttpContext http, CaseDesk desk, CancellationToken cancellationToken) =>
        CommandAsync(http, desk, caseId, _ => new RemoveMember { PersonId = personId }, "The member cannot be removed; nothing was stored.", cancellationToken);

    private static async Task<Results<Ok<CaseView>, ProblemHttpResult>> AddTaskAsync(Guid caseId, HttpContext http, CaseDesk desk, CancellationToken cancellationToken)
    {
        const string title = "The task cannot be added; nothing was stored.";
        var (body, problem) = await CaseRequest.ReadAsync<TaskBody>(http.Request, title, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (body!.DueOn is null)
        {
            return Problems.Validation([CaseValidation.Error("dueOn", CaseErrorCodes.Required, "'dueOn' is required (YYYY-MM-DD).")], title);
        }

        return await CommandAsync(http, desk, caseId, _ => new AddTask { TaskId = Guid.NewGuid(), Title = body.Title ?? "", Assignee = body.Assignee ?? "", DueOn = body.DueOn.Value }, title, cancellationToken);
    }

    private static Task<Results<Ok<CaseView>, ProblemHttpResult>> CompleteTaskAsync(Guid caseId, Guid taskId, HttpContext http, CaseDesk desk, CancellationToken cancellationToken) =>
        CommandAsync(http, desk, caseId, _ => new CompleteTask { TaskId = taskId }, "The task cannot be completed; nothing was stored.", cancellationToken);

    private static async Task<Results<Ok<CaseView>, ProblemHttpResult>> ChangeMilestoneAsync(Guid caseId, HttpContext http, CaseDesk desk, CancellationToken cancellationToken)
    {
        const string title = "The case cannot move to that milestone; nothing was stored.";
        var (body, problem) = await CaseRequest.ReadAsync<MilestoneBody>(http.Request, title, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (body!.Milestone is null)
        {
            return Problems.Validation([CaseValidation.Error("milestone", CaseErrorCodes.Required, $"'milestone' is required: one of {string.Join(", ", Enum.GetNames<CaseMilestone>())}.")], title);
        }

        if (body.Milestone == CaseMilestone.Closed)
        {
            // Note: closing reports the outcome to the FIU and the contributing banks, in the same transaction.
            if (!CaseRequest.TryPerson(http, out var person))
            {
                return Problems.NoPerson();
            }

            var closed = await http.RequestServices.GetRequiredService<OutcomeDesk>().CloseAsync(person, caseId, body.Outcome, body.Reason, cancellationToken);
            return closed.State is { } state ? TypedResults.Ok(View(http, state, person)) : Problems.For(closed.Rejection!, title);
        }

        return await CommandAsync(http, desk, caseId, _ => new ChangeMilestone { To = body.Milestone.Value, Outcome = body.Outcome, Reason = body.Reason }, title, cancellationToken);
    }

    private static async Task<Results<Ok<CaseView>, ProblemHttpResult>> AddNoteAsync(Guid caseId, HttpContext http, CaseDesk desk, CancellationToken cancellationToken)
    {
        const string title = "The note cannot be added; nothing was stored.";
        var (body, problem) = await CaseRequest.ReadAsync<NoteBody>(http.Request, title, cancellationToken);
        return problem ?? await CommandAsync(http, desk, caseId, _ => new AddNote { NoteId = Guid.NewGuid(), Text = body!.Text ?? "" }, title, cancellationToken);
    }

    private static async Task<Results<Ok<CaseView>, ProblemHttpResult>> CommandAsync(
        HttpContext http, CaseDesk desk, Guid caseId, Func<Reader, CaseCommand> command, string title, CancellationToken cancellationToken)
    {
        if (!CaseRequest.TryPerson(http, out var person))
        {
            return Problems.NoPerson();
        }

        var result = await desk.CommandAsync(person, caseId, command(person), cancellationToken);
        return result.State is { } state ? TypedResults.Ok(View(http, state, person)) : Problems.For(result.Rejection!, title);
    }

    /// <summary>The case as <paramref name="person"/>'s organisation sees it, its items counted through the read filter.</summary>
    private static CaseView View(HttpContext http, CaseState state, Reader person) =>
        CaseView.From(state, http.RequestServices.GetRequiredService<CaseReading>().Items(state, person.Organisation).Count);

    /// <summary>Note: a case is partnership data, and every read of it by a member is audited like any other.</summary>
    private static Task AuditReadAsync(IAuditSink audit, TimeProvider time, Reader person, CaseState state, string action, CancellationToken cancellationToken) =>
        audit.AppendAsync(
        [
            new AuditRecord
            {
                Kind = AuditKind.Read, Actor = person.Actor, Action = action, Subject = $"case:{state.CaseId}", Outcome = AuditOutcome.Performed,
                AgreementId = state.AgreementId, RecordedAt = time.GetUtcNow(),
            },
        ], cancellationToken);
}
