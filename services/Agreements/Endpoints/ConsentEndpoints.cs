using Concord.Agreements.Authorization;
using Concord.Agreements.Consents;
using Concord.Agreements.Domain;
using Concord.Agreements.Lifecycle;
using Concord.Agreements.Persistence;
using Concord.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Concord.Agreements.Endpoints;

/// <summary>
/// Onward-sharing consents: <c>/api/v1/consents</c>. The originator grants and withdraws; originator and recipient
/// see their own (oversight bodies and the secretariat see all); anyone else gets the 404 an unknown id gets.
/// </summary>
public static class ConsentEndpoints
{
    private const int MaxPageSize = 200;
    private const int MaxPage = 1_000_000;

    public static IEndpointRouteBuilder MapConsentEndpoints(this IEndpointRouteBuilder app)
    {
        var consents = app.MapGroup("/api/v1/consents")
            .RequireAuthorization(AgreementsPolicies.Read)
            .WithTags("Consents");

        consents.MapGet("/", ListAsync).WithName("ListConsents").WithSummary("Consents your organisation granted or received, newest first.");
        consents.MapGet("/{id:guid}", GetAsync).WithName("GetConsent").WithSummary("One consent your organisation granted or received.");
        consents.MapPost("/", GrantAsync).WithName("GrantConsent").RequireAuthorization(AgreementsPolicies.Party)
            .WithSummary("Let a recipient pass on your organisation's data for a purpose until a time.");
        consents.MapPost("/{id:guid}/withdrawal", WithdrawAsync).WithName("WithdrawConsent").RequireAuthorization(AgreementsPolicies.Party)
            .WithSummary("Withdraw a consent your organisation granted.");
        return app;
    }

    private static async Task<Results<Ok<ConsentPage>, ValidationProblem>> ListAsync(
        HttpContext http, AgreementsDbContext db, CancellationToken cancellationToken, [FromQuery] int page = 1, [FromQuery] int pageSize = 50)
    {
        if (Paging.Check(page, pageSize, MaxPage, MaxPageSize) is { Count: > 0 } errors)
        {
            return Problems.Validation(errors, "The query is not valid.");
        }

        var query = Visible(Caller.From(http.User), db);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(c => c.GrantedAt).ThenByDescending(c => c.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new ConsentPage([.. items.Select(ConsentResponse.From)], page, pageSize, total));
    }

    private static async Task<Results<Ok<ConsentResponse>, ProblemHttpResult>> GetAsync(HttpContext http, Guid id, AgreementsDbContext db, CancellationToken cancellationToken) =>
        await Visible(Caller.From(http.User), db).SingleOrDefaultAsync(c => c.Id == id, cancellationToken) is { } consent
            ? TypedResults.Ok(ConsentResponse.From(consent))
            : NotFound(id);

    private static async Task<Results<Created<ConsentResponse>, ValidationProblem, ProblemHttpResult>> GrantAsync(
        HttpContext http, ConsentRegistry registry, AgreementsDbContext db, CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<ConsentRequest>(http.Request, RequestLimits.BodyBytes, cancellationToken);
        if (body.FailureStatus is { } status)
        {
            return Problems.Body(status, body.FailureDetail);
        }

        if (body.Value is null)
        {
            return Problems.Validation([body.Error!], "The request body is not valid.");
        }

        var outcome = await registry.GrantAsync(Caller.From(http.User), body.Value, cancellationToken);
        if (outcome.Kind == OutcomeKind.Invalid)
        {
            return Problems.Validation(outcome.Errors ?? [], "The consent is not valid.");
        }

        var consent = await db.Consents.AsNoTracking().SingleAsync(c => c.Id == outcome.Id, cancellationToken);
        return TypedResults.Created($"/api/v1/consents/{consent.Id}", ConsentResponse.From(consent));
    }

    private static async Task<Results<Ok<ConsentResponse>, ProblemHttpResult>> WithdrawAsync(
        HttpContext http, Guid id, ConsentRegistry registry, AgreementsDbContext db, CancellationToken cancellationToken)
    {
        var outcome = await registry.WithdrawAsync(Caller.From(http.User), id, cancellationToken);
        return outcome.Kind switch
        {
            OutcomeKind.NotFound => NotFound(id),
            OutcomeKind.Forbidden => Problems.Forbidden(outcome.Detail!),
            OutcomeKind.Conflict => Problems.Conflict(outcome.Detail!),
            _ => TypedResults.Ok(ConsentResponse.From(await db.Consents.AsNoTracking().SingleAsync(c => c.Id == id, cancellationToken))),
        };
    }

    private static IQueryable<Consent> Visible(Caller caller, AgreementsDbContext db)
    {
        var organisation = caller.OrganisationId;
        return caller.SeesAll ? db.Consents.AsNoTracking() : db.Consents.AsNoTracking().Where(c => c.Originator == organisation || c.Recipient == organisation);
    }

    private static ProblemHttpResult NotFound(Guid id) =>
        Problems.Status(StatusCodes.Status404NotFound, "Consent not found.", $"No consent '{id}' is visible to you.");
}
