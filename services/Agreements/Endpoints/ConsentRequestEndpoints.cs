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
/// Requests for onward-sharing consent: <c>/api/v1/consent-requests</c>. Services send them for their organisations (a
/// task force that wants to pass a bank's documents to the prosecutor); the originator sees those addressed to it and
/// grants (creating a consent scoped to the request's recipient and purpose, until the expiry it chooses) or refuses
/// with a reason. The requester sees its own; oversight and the secretariat see all; anyone else gets a 404.
/// </summary>
public static class ConsentRequestEndpoints
{
    private const int MaxPageSize = 200;
    private const int MaxPage = 1_000_000;

    public static IEndpointRouteBuilder MapConsentRequestEndpoints(this IEndpointRouteBuilder app)
    {
        var requests = app.MapGroup("/api/v1/consent-requests")
            .RequireAuthorization(AgreementsPolicies.Read)
            .WithTags("Consents");

        requests.MapGet("/", ListAsync).WithName("ListConsentRequests")
            .WithSummary("Consent requests addressed to your organisation as originator, or made by it; pending first. Filter with status.");
        requests.MapGet("/{id:guid}", GetAsync).WithName("GetConsentRequest").WithSummary("One consent request your organisation may see.");
        requests.MapPost("/{id:guid}/grant", GrantAsync).WithName("GrantConsentRequest").RequireAuthorization(AgreementsPolicies.Party)
            .WithSummary("As the originator, grant the request: a consent for its recipient and purpose, until the expiry you set.");
        requests.MapPost("/{id:guid}/refusal", RefuseAsync).WithName("RefuseConsentRequest").RequireAuthorization(AgreementsPolicies.Party)
            .WithSummary("As the originator, refuse the request, saying why.");
        return app;
    }

    private static async Task<Results<Ok<ConsentRequestPage>, ValidationProblem>> ListAsync(
        HttpContext http, AgreementsDbContext db, CancellationToken cancellationToken,
        [FromQuery] ConsentRequestStatus? status = null, [FromQuery] int page = 1, [FromQuery] int pageSize = 50)
    {
        if (Paging.Check(page, pageSize, MaxPage, MaxPageSize) is { Count: > 0 } errors)
        {
            return Problems.Validation(errors, "The query is not valid.");
        }

        var query = Visible(Caller.From(http.User), db);
        if (status is { } wanted)
        {
            query = query.Where(r => r.Status == wanted);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderBy(r => r.Status != ConsentRequestStatus.Pending).ThenByDescending(r => r.RequestedAt).ThenByDescending(r => r.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new ConsentRequestPage([.. items.Select(ConsentRequestResponse.From)], page, pageSize, total));
    }

    private static async Task<Results<Ok<ConsentRequestResponse>, ProblemHttpResult>> GetAsync(HttpContext http, Guid id, AgreementsDbContext db, CancellationToken cancellationToken) =>
        await Visible(Caller.From(http.User), db).SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is { } request
            ? TypedResults.Ok(ConsentRequestResponse.From(request))
            : NotFound(id);

    private static Task<Results<Ok<ConsentRequestResponse>, ValidationProblem, ProblemHttpResult>> GrantAsync(
        HttpContext http, Guid id, ConsentRegistry registry, AgreementsDbContext db, CancellationToken cancellationToken) =>
        AnswerAsync<ConsentGrantRequest>(http, id, db, "The grant is not valid.",
            body => registry.GrantRequestAsync(Caller.From(http.User), id, body.ExpiresAt, cancellationToken), cancellationToken);

    private static Task<Results<Ok<ConsentRequestResponse>, ValidationProblem, ProblemHttpResult>> RefuseAsync(
        HttpContext http, Guid id, ConsentRegistry registry, AgreementsDbContext db, CancellationToken cancellationToken) =>
        AnswerAsync<ReasonRequest>(http, id, db, "The refusal is not valid.",
            body => registry.RefuseRequestAsync(Caller.From(http.User), id, body.Reason, cancellationToken), cancellationToken);

    /// <summary>Reads the answer's body, lets <paramref name="answer"/> apply it, and turns the outcome into the response.</summary>
    private static async Task<Results<Ok<ConsentRequestResponse>, ValidationProblem, ProblemHttpResult>> AnswerAsync<TBody>(
        HttpContext http, Guid id, AgreementsDbContext db, string invalid, Func<TBody, Task<Outcome>> answer, CancellationToken cancellationToken)
        where TBody : class
    {
        var body = await RequestJson.ReadAsync<TBody>(http.Request, RequestLimits.BodyBytes, cancellationToken);
        if (body.FailureStatus is { } status)
        {
            return Problems.Body(status, body.FailureDetail);
        }

        if (body.Value is null)
        {
            return Problems.Validation([body.Error!], "The request body is not valid.");
        }

        return await AnsweredAsync(await answer(body.Value), id, db, invalid, cancellationToken);
    }

    private static async Task<Results<Ok<ConsentRequestResponse>, ValidationProblem, ProblemHttpResult>> AnsweredAsync(
        Outcome outcome, Guid id, AgreementsDbContext db, string invalid, CancellationToken cancellationToken) => outcome.Kind switch
        {
            OutcomeKind.NotFound => NotFound(id),
            OutcomeKind.Forbidden => Problems.Forbidden(outcome.Detail!),
            OutcomeKind.Conflict => Problems.Conflict(outcome.Detail!),
            OutcomeKind.Invalid => Problems.Validation(outcome.Errors ?? [], invalid),
            _ => TypedResults.Ok(ConsentRequestResponse.From(await db.ConsentRequests.AsNoTracking().SingleAsync(r => r.Id == id, cancellationToken))),
        };

    private static IQueryable<StoredConsentRequest> Visible(Caller caller, AgreementsDbContext db)
    {
        var organisation = caller.OrganisationId;
        return caller.SeesAll
            ? db.ConsentRequests.AsNoTracking()
            : db.ConsentRequests.AsNoTracking().Where(r => r.Originator == organisation || r.RequestedBy == organisation);
    }

    private static ProblemHttpResult NotFound(Guid id) =>
        Problems.Status(StatusCodes.Status404NotFound, "Consent request not found.", $"No consent request '{id}' is visible to you.");
}
