using Concord.Typology.Authoring;
using Concord.Typology.Domain;
using Concord.Typology.Views;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Typology.Endpoints;

/// <summary>Typologies and their drafts, for the FIU's analysts: <c>/api/v1/typologies</c>.</summary>
public static class TypologyEndpoints
{
    public static IEndpointRouteBuilder MapTypologyEndpoints(this IEndpointRouteBuilder app)
    {
        var typologies = app.MapGroup("/api/v1/typologies").RequireAuthorization(TypologyAuthorization.Analyst).WithTags("Typologies");
        typologies.MapPost("/", CreateAsync).WithName("CreateTypology")
            .WithSummary("Create a typology with its first draft: code, texts, crime area, indicators with their rules, and optionally marking and audience.");
        typologies.MapGet("/", ListAsync).WithName("ListTypologies").WithSummary("Every typology, by code, with its status and version in force.");
        typologies.MapGet("/{code}", GetAsync).WithName("GetTypology").WithSummary("One typology: its status, its draft and its published versions.");
        typologies.MapGet("/{code}/distributions", DistributionsAsync).WithName("ListTypologyDistributions")
            .WithSummary("Every copy sent: version, recipient, when, and whether it was acknowledged, superseded or withdrawn.");

        var draft = typologies.MapGroup("/{code}/draft");
        draft.MapGet("/", GetDraftAsync).WithName("GetTypologyDraft").WithSummary("The typology's draft.");
        draft.MapPut("/", EditAsync).WithName("EditTypologyDraft")
            .WithSummary("Replace the draft's content; refused while in review, and for a published version (409: draft a new version).");
        draft.MapPost("/", DraftNextVersionAsync).WithName("DraftTypologyVersion").WithSummary("Start the next version's draft from the version in force.");
        draft.MapDelete("/", DeleteAsync).WithName("DeleteTypologyDraft")
            .WithSummary("Delete the draft (a typology never published goes with it); published versions stay.");
        draft.MapPost("/submit", SubmitAsync).WithName("SubmitTypologyDraft")
            .WithSummary("Submit the draft for review: it must be complete, with a marking and an audience that resolves to recipients.");
        draft.MapPost("/return", ReturnAsync).WithName("ReturnTypologyDraft").WithSummary("Return the draft in review to its authors with a reason (another analyst).");
        draft.MapPost("/approve", ApproveAsync).WithName("ApproveTypologyDraft")
            .WithSummary("Approve the draft in review (another analyst than its authors): it is published as the next version to its audience.");
        typologies.MapPost("/{code}/withdraw", WithdrawAsync).WithName("WithdrawTypology")
            .WithSummary("Withdraw the typology from every organisation that holds it, with a reason; screening with its rules stops.");
        return app;
    }

    private static async Task<Results<Created<DraftView>, ProblemHttpResult>> CreateAsync(
        HttpContext http, TypologyDesk desk, TypologyQueries queries, CancellationToken cancellationToken)
    {
        if (!AnalystRequest.TryAnalyst(http, out var analyst))
        {
            return Problems.NoAnalyst();
        }

        var (body, problem) = await AnalystRequest.ReadAsync<TypologyBody>(http.Request, "The request body is not a valid typology draft.", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var result = await desk.CreateAsync(analyst, body!, cancellationToken);
        return result.Outcome == DeskOutcome.Done
            ? TypedResults.Created($"/api/v1/typologies/{body!.Code}/draft", await queries.DraftAsync(body.Code!, cancellationToken))
            : Problems.For(result, "The typology draft is not valid; nothing was stored.");
    }

    private static async Task<Results<Ok<TypologyPage>, ProblemHttpResult>> ListAsync(
        TypologyQueries queries, CancellationToken cancellationToken, [FromQuery] int page = 1, [FromQuery] int pageSize = 50)
    {
        var errors = AnalystRequest.PagingErrors(page, pageSize, TypologyQueries.MaxPageSize);
        if (errors.Count > 0)
        {
            return Problems.Validation(errors, "The query is not valid.");
        }

        var (items, total) = await queries.ListAsync(page, pageSize, cancellationToken);
        return TypedResults.Ok(new TypologyPage(items, page, pageSize, total));
    }

    private static async Task<Results<Ok<TypologyDetails>, ProblemHttpResult>> GetAsync(string code, TypologyQueries queries, CancellationToken cancellationToken) =>
        await queries.FindAsync(code, cancellationToken) is { } details ? TypedResults.Ok(details) : Problems.NotFound(code);

    private static async Task<Results<Ok<IReadOnlyList<DistributionView>>, ProblemHttpResult>> DistributionsAsync(
        string code, TypologyQueries queries, CancellationToken cancellationToken) =>
        await queries.DistributionsAsync(code, cancellationToken) is { } distributions ? TypedResults.Ok(distributions) : Problems.NotFound(code);

    private static async Task<Results<Ok<DraftView>, ProblemHttpResult>> GetDraftAsync(string code, TypologyQueries queries, CancellationToken cancellationToken)
    {
        if (await queries.DraftAsync(code, cancellationToken) is { } draft)
        {
            return TypedResults.Ok(draft);
        }

        return await queries.FindAsync(code, cancellationToken) is null ? Problems.NotFound(code)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No draft.", detail: $"{code} has no draft; its published versions are under /api/v1/typologies/{code}/versions.");
    }

    private static async Task<Results<Ok<DraftView>, ProblemHttpResult>> EditAsync(
        string code, HttpContext http, TypologyDesk desk, TypologyQueries queries, CancellationToken cancellationToken)
    {
        if (!AnalystRequest.TryAnalyst(http, out var analyst))
        {
            return Problems.NoAnalyst();
        }

        var (body, problem) = await AnalystRequest.ReadAsync<TypologyBody>(http.Request, "The request body is not a valid typology draft.", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var result = await desk.EditAsync(analyst, code, body!, cancellationToken);
        return result.Outcome == DeskOutcome.Done
            ? TypedResults.Ok((await queries.DraftAsync(code, cancellationToken))!)
            : Problems.For(result, "The draft cannot be changed like this; nothing was stored.");
    }

    private static Task<Results<Created<DraftView>, ProblemHttpResult>> DraftNextVersionAsync(
        string code, HttpContext http, TypologyDesk desk, TypologyQueries queries, CancellationToken cancellationToken) =>
        CommandAsync(http, analyst => desk.DraftNextVersionAsync(analyst, code, cancellationToken), "No new version can be drafted.",
            async _ => TypedResults.Created($"/api/v1/typologies/{code}/draft", (await queries.DraftAsync(code, cancellationToken))!));

    private static Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string code, HttpContext http, TypologyDesk desk, CancellationToken cancellationToken) =>
        CommandAsync(http, analyst => desk.DeleteDraftAsync(analyst, code, cancellationToken), "The draft cannot be deleted.", _ => Task.FromResult(TypedResults.NoContent()));

    private static Task<Results<Ok<DraftView>, ProblemHttpResult>> SubmitAsync(
        string code, HttpContext http, TypologyDesk desk, TypologyQueries queries, CancellationToken cancellationToken) =>
        CommandAsync(http, analyst => desk.SubmitAsync(analyst, code, cancellationToken), "The draft cannot be submitted for review.",
            async _ => TypedResults.Ok((await queries.DraftAsync(code, cancellationToken))!));

    private static async Task<Results<Ok<DraftView>, ProblemHttpResult>> ReturnAsync(
        string code, HttpContext http, TypologyDesk desk, TypologyQueries queries, CancellationToken cancellationToken)
    {
        var (body, problem) = await AnalystRequest.ReadAsync<ReasonBody>(http.Request, "The request body is not a valid return.", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (AnalystRequest.ReasonErrors(body!.Reason) is { Count: > 0 } errors)
        {
            return Problems.Validation(errors, "The return is not valid.");
        }

        return await CommandAsync(http, analyst => desk.ReturnAsync(analyst, code, body.Reason!.Trim(), cancellationToken), "The draft cannot be returned.",
            async _ => TypedResults.Ok((await queries.DraftAsync(code, cancellationToken))!));
    }

    private static Task<Results<Ok<VersionView>, ProblemHttpResult>> ApproveAsync(
        string code, HttpContext http, TypologyDesk desk, TypologyQueries queries, CancellationToken cancellationToken) =>
        CommandAsync(http, analyst => desk.ApproveAsync(analyst, code, cancellationToken), "The draft cannot be published; nothing was sent.",
            async result => TypedResults.Ok((await queries.VersionAsync(code, result.Version!.Value, cancellationToken))!));

    private static async Task<Results<Ok<TypologyDetails>, ProblemHttpResult>> WithdrawAsync(
        string code, HttpContext http, TypologyDesk desk, TypologyQueries queries, CancellationToken cancellationToken)
    {
        var (body, problem) = await AnalystRequest.ReadAsync<ReasonBody>(http.Request, "The request body is not a valid withdrawal.", cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (AnalystRequest.ReasonErrors(body!.Reason) is { Count: > 0 } errors)
        {
            return Problems.Validation(errors, "The withdrawal is not valid.");
        }

        return await CommandAsync(http, analyst => desk.WithdrawAsync(analyst, code, body.Reason!.Trim(), cancellationToken), "The typology cannot be withdrawn.",
            async _ => TypedResults.Ok((await queries.FindAsync(code, cancellationToken))!));
    }

    /// <summary>Runs a command as the analyst the token names, and answers with <paramref name="done"/> or the refusal's problem.</summary>
    private static async Task<Results<T, ProblemHttpResult>> CommandAsync<T>(
        HttpContext http, Func<Concord.LegalBasis.Reading.Reader, Task<DeskResult>> command, string title, Func<DeskResult, Task<T>> done)
        where T : IResult
    {
        if (!AnalystRequest.TryAnalyst(http, out var analyst))
        {
            return Problems.NoAnalyst();
        }

        var result = await command(analyst);
        return result.Outcome == DeskOutcome.Done ? await done(result) : Problems.For(result, title);
    }
}
