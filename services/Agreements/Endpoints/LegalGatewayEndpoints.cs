using Concord.Agreements.Authorization;
using Concord.Agreements.Gateways;
using Concord.Agreements.Lifecycle;
using Concord.Agreements.Persistence;
using Concord.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concord.Agreements.Endpoints;

/// <summary>The register of legal gateways: <c>/api/v1/legal-gateways</c>. Anyone with access reads it; the secretariat adds to it.</summary>
public static class LegalGatewayEndpoints
{
    public static IEndpointRouteBuilder MapLegalGatewayEndpoints(this IEndpointRouteBuilder app)
    {
        var gateways = app.MapGroup("/api/v1/legal-gateways")
            .RequireAuthorization(AgreementsPolicies.Read)
            .WithTags("Legal gateways");

        gateways.MapGet("/", ListAsync).WithName("ListLegalGateways").WithSummary("Every registered legal gateway, by code.");
        gateways.MapGet("/{code}", GetAsync).WithName("GetLegalGateway").WithSummary("One legal gateway by its code.");
        gateways.MapPost("/", RegisterAsync).WithName("RegisterLegalGateway").RequireAuthorization(AgreementsPolicies.Manage)
            .WithSummary("Register a legal gateway (secretariat); a code already registered is 409.");
        return app;
    }

    private static async Task<Ok<List<LegalGatewayResponse>>> ListAsync(AgreementsDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.LegalGateways.AsNoTracking().OrderBy(g => g.Code).ToListAsync(cancellationToken)).Select(LegalGatewayResponse.From).ToList());

    private static async Task<Results<Ok<LegalGatewayResponse>, ProblemHttpResult>> GetAsync(string code, AgreementsDbContext db, CancellationToken cancellationToken) =>
        await db.LegalGateways.AsNoTracking().SingleOrDefaultAsync(g => g.Code == code, cancellationToken) is { } gateway
            ? TypedResults.Ok(LegalGatewayResponse.From(gateway))
            : Problems.Status(StatusCodes.Status404NotFound, "Legal gateway not found.", $"No legal gateway '{code}' is registered.");

    private static async Task<Results<Created<LegalGatewayResponse>, ValidationProblem, ProblemHttpResult>> RegisterAsync(
        HttpContext http, LegalGatewayRegistry registry, CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<LegalGatewayRequest>(http.Request, RequestLimits.BodyBytes, cancellationToken);
        if (body.FailureStatus is { } status)
        {
            return Problems.Body(status, body.FailureDetail);
        }

        if (body.Value is null)
        {
            return Problems.Validation([body.Error!], "The request body is not valid.");
        }

        var (outcome, gateway) = await registry.RegisterAsync(Caller.From(http.User), body.Value, cancellationToken);
        return outcome.Kind switch
        {
            OutcomeKind.Invalid => Problems.Validation(outcome.Errors ?? [], "The legal gateway is not valid."),
            OutcomeKind.Conflict => Problems.Conflict(outcome.Detail!),
            _ => TypedResults.Created($"/api/v1/legal-gateways/{gateway!.Code}", LegalGatewayResponse.From(gateway)),
        };
    }
}
