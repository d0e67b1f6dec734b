using Concord.Agreements.Authorization;
using Concord.Agreements.Lifecycle;
using Concord.Agreements.Persistence;
using Concord.Contracts.Agreements;
using Concord.Contracts.Filing;
using Concord.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Agreements.Endpoints;

/// <summary>Agreements and their lifecycle: <c>/api/v1/agreements</c>.</summary>
public static class AgreementEndpoints
{
    /// <summary>Deep enough for any real register, low enough that the row offset cannot overflow.</summary>
    private const int MaxPage = 1_000_000;

    public static IEndpointRouteBuilder MapAgreementEndpoints(this IEndpointRouteBuilder app)
    {
        var agreements = app.MapGroup("/api/v1/agreements")
            .RequireAuthorization(AgreementsPolicies.Read)
            .WithTags("Agreements");

        agreements.MapGet("/", ListAsync).WithName("ListAgreements")
            .WithSummary("The agreements you may see, newest first, optionally by status, party or code.");
        agreements.MapGet("/{id:guid}", GetAsync).WithName("GetAgreement")
            .WithSummary("One agreement with its versions, approvals and history.");
        agreements.MapPost("/", DraftAsync).WithName("DraftAgreement").RequireAuthorization(AgreementsPolicies.Manage)
            .WithSummary("Draft a new agreement (secretariat).");
        agreements.MapPut("/{id:guid}/draft", EditDraftAsync).WithName("EditAgreementDraft").RequireAuthorization(AgreementsPolicies.Manage)
            .WithSummary("Replace the content of the version waiting for approvals; its approvals are cleared (secretariat).");
        agreements.MapPost("/{id:guid}/approvals", ApproveAsync).WithName("ApproveAgreement").RequireAuthorization(AgreementsPolicies.Party)
            .WithSummary("Approve the version waiting for approvals as one of its parties; the last approval puts it in force.");
        agreements.MapPost("/{id:guid}/amendments", AmendAsync).WithName("AmendAgreement").RequireAuthorization(AgreementsPolicies.Manage)
            .WithSummary("Propose a new version, copied from the one in force with the given members replaced (secretariat).");
        agreements.MapPost("/{id:guid}/suspension", (HttpContext http, Guid id, AgreementTransitions transitions, AgreementQueries queries, CancellationToken cancellationToken) =>
                ChangeStatusAsync(http, id, transitions.SuspendAsync, queries, cancellationToken))
            .WithName("SuspendAgreement").RequireAuthorization(AgreementsPolicies.Manage).WithSummary("Suspend an Active agreement, with a reason (secretariat).");
        agreements.MapPost("/{id:guid}/resumption", (HttpContext http, Guid id, AgreementTransitions transitions, AgreementQueries queries, CancellationToken cancellationToken) =>
                ChangeStatusAsync(http, id, transitions.ResumeAsync, queries, cancellationToken))
            .WithName("ResumeAgreement").RequireAuthorization(AgreementsPolicies.Manage).WithSummary("Resume a Suspended agreement, with a reason (secretariat).");
        agreements.MapPost("/{id:guid}/termination", (HttpContext http, Guid id, AgreementTransitions transitions, AgreementQueries queries, CancellationToken cancellationToken) =>
                ChangeStatusAsync(http, id, transitions.TerminateAsync, queries, cancellationToken))
            .WithName("TerminateAgreement").RequireAuthorization(AgreementsPolicies.Manage).WithSummary("Terminate an Active or Suspended agreement, with a reason (secretariat).");
        return app;
    }

    private static async Task<Results<Ok<AgreementPage>, ValidationProblem>> ListAsync(
        HttpContext http, AgreementQueries queries, [FromQuery] AgreementStatus? status, [FromQuery] string? party, [FromQuery] string? code,
        CancellationToken cancellationToken, [FromQuery] int page = 1, [FromQuery] int pageSize = 50)
    {
        if (Paging.Check(page, pageSize, MaxPage, AgreementQueries.MaxPageSize) is { Count: > 0 } errors)
        {
            return Problems.Validation(errors, "The query is not valid.");
        }

        var (items, total) = await queries.ListAsync(Caller.From(http.User), status, party, code, page, pageSize, cancellationToken);
        return TypedResults.Ok(new AgreementPage([.. items.Select(AgreementSummary.From)], page, pageSize, total));
    }

    private static async Task<Results<Ok<AgreementDetails>, ProblemHttpResult>> GetAsync(HttpContext http, Guid id, AgreementQueries queries, CancellationToken cancellationToken) =>
        await queries.FindAsync(Caller.From(http.User), id, cancellationToken) is { } details ? TypedResults.Ok(details) : Problems.AgreementNotFound(id);

    private static async Task<Results<Created<AgreementDetails>, Ok<AgreementDetails>, ValidationProblem, ProblemHttpResult>> DraftAsync(
        HttpContext http, AgreementDrafting drafting, AgreementQueries queries, CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<AgreementDraftRequest>(http.Request, RequestLimits.BodyBytes, cancellationToken);
        if (Unreadable(body) is { } refusal)
        {
            return refusal;
        }

        var caller = Caller.From(http.User);
        return await AnswerAsync(caller, await drafting.DraftAsync(caller, body.Value!, cancellationToken), queries, "The draft agreement is not valid.", cancellationToken);
    }

    private static async Task<Results<Created<AgreementDetails>, Ok<AgreementDetails>, ValidationProblem, ProblemHttpResult>> EditDraftAsync(
        HttpContext http, Guid id, AgreementDrafting drafting, AgreementQueries queries, CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<AgreementDraftRequest>(http.Request, RequestLimits.BodyBytes, cancellationToken);
        if (Unreadable(body) is { } refusal)
        {
            return refusal;
        }

        var caller = Caller.From(http.User);
        return await AnswerAsync(caller, await drafting.EditDraftAsync(caller, id, body.Value!, cancellationToken), queries, "The draft agreement is not valid.", cancellationToken);
    }

    private static async Task<Results<Created<AgreementDetails>, Ok<AgreementDetails>, ValidationProblem, ProblemHttpResult>> AmendAsync(
        HttpContext http, Guid id, AgreementDrafting drafting, AgreementQueries queries, CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<AmendmentRequest>(http.Request, RequestLimits.BodyBytes, cancellationToken);
        if (Unreadable(body) is { } refusal)
        {
            return refusal;
        }

        var caller = Caller.From(http.User);
        return await AnswerAsync(caller, await drafting.AmendAsync(caller, id, body.Value!, cancellationToken), queries, "The amendment is not valid.", cancellationToken);
    }

    private static async Task<Results<Created<AgreementDetails>, Ok<AgreementDetails>, ValidationProblem, ProblemHttpResult>> ApproveAsync(
        HttpContext http, Guid id, AgreementTransitions transitions, AgreementQueries queries, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        return await AnswerAsync(caller, await transitions.ApproveAsync(caller, id, cancellationToken), queries, "The approval is not valid.", cancellationToken);
    }

    private static async Task<Results<Created<AgreementDetails>, Ok<AgreementDetails>, ValidationProblem, ProblemHttpResult>> ChangeStatusAsync(
        HttpContext http, Guid id, Func<Caller, Guid, string, CancellationToken, Task<Outcome>> change, AgreementQueries queries, CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<ReasonRequest>(http.Request, RequestLimits.BodyBytes, cancellationToken);
        if (Unreadable(body) is { } refusal)
        {
            return refusal;
        }

        var errors = new Validation.FieldErrors();
        var reason = errors.Text("reason", body.Value!.Reason, Reasons.MaxLength);
        if (reason is null)
        {
            return Problems.Validation(errors.All, "A reason is required.");
        }

        var caller = Caller.From(http.User);
        return await AnswerAsync(caller, await change(caller, id, reason, cancellationToken), queries, "The request is not valid.", cancellationToken);
    }

    private static Results<Created<AgreementDetails>, Ok<AgreementDetails>, ValidationProblem, ProblemHttpResult>? Unreadable<T>(RequestBody<T> body)
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

    private static async Task<Results<Created<AgreementDetails>, Ok<AgreementDetails>, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        Caller caller, Outcome outcome, AgreementQueries queries, string invalidTitle, CancellationToken cancellationToken)
    {
        switch (outcome.Kind)
        {
            case OutcomeKind.Invalid:
                return Problems.Validation(outcome.Errors ?? [], invalidTitle);
            case OutcomeKind.NotFound:
                return Problems.AgreementNotFound(outcome.Id);
            case OutcomeKind.Forbidden:
                return Problems.Forbidden(outcome.Detail!);
            case OutcomeKind.Conflict:
                return Problems.Conflict(outcome.Detail!);
        }

        var details = await queries.FindAsync(caller, outcome.Id, cancellationToken);
        if (details is null)
        {
            return Problems.AgreementNotFound(outcome.Id);
        }

        return outcome.Kind == OutcomeKind.Created ? TypedResults.Created($"/api/v1/agreements/{outcome.Id}", details) : TypedResults.Ok(details);
    }
}
