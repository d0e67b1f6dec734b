using Concord.BankGateway.Filing;
using Concord.BankGateway.Typologies;
using Concord.BankGateway.Validation;
using Concord.Contracts.Filing;
using Concord.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Concord.BankGateway.Endpoints;

/// <summary>The typologies the FIU distributed to the bank, and its acknowledgements: <c>/api/v1/typologies</c>.</summary>
public static class TypologyEndpoints
{
    public static IEndpointRouteBuilder MapTypologyEndpoints(this IEndpointRouteBuilder app)
    {
        var typologies = app.MapGroup("/api/v1/typologies")
            .RequireAuthorization(ConcordPolicies.Bank)
            .WithTags("Typologies")
            // Note: typologies are marked (up to TLP:RED); no cache between the gateway and the bank keeps a copy.
            .AddEndpointFilter(async (context, next) =>
            {
                context.HttpContext.Response.Headers.CacheControl = "no-store";
                return await next(context);
            });

        typologies.MapGet("/", ListAsync).WithName("ListTypologies")
            .WithSummary("What applies to you: your current typology versions, newest first; with include=history, then superseded and withdrawn ones.");
        typologies.MapGet("/{code}", GetAsync).WithName("GetTypology")
            .WithSummary("A typology's current version: indicators and rules, marking, and what changed since the version you held before.");
        typologies.MapGet("/{code}/versions/{version:int}", GetVersionAsync).WithName("GetTypologyVersion")
            .WithSummary("One version of a typology you received.");
        typologies.MapPost("/{code}/versions/{version:int}/acknowledgement", AcknowledgeAsync).WithName("AcknowledgeTypology")
            .WithSummary("Acknowledge the current version of a typology, once; the FIU is told.");
        return app;
    }

    private static async Task<Results<Ok<TypologyPage>, ValidationProblem>> ListAsync(
        HttpContext http, TypologyQueries queries, [FromQuery] string? include, [FromQuery] bool? acknowledged,
        CancellationToken cancellationToken, [FromQuery] int page = 1, [FromQuery] int pageSize = 50)
    {
        if (Problems.Paging(page, pageSize, TypologyQueries.MaxPageSize) is { } invalid)
        {
            return invalid;
        }

        var history = string.Equals(include, "history", StringComparison.OrdinalIgnoreCase);
        if (!history && include is not null && !string.Equals(include, "current", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.Validation(
                [new FieldError { Path = "include", Code = ErrorCodes.InvalidValue, Message = "'include' is 'current' (the default) or 'history'." }],
                "The query is not valid.");
        }

        return TypedResults.Ok(await queries.ListAsync(http.User.GetOrganisationId(), history, acknowledged, page, pageSize, cancellationToken));
    }

    private static async Task<Results<Ok<TypologyDetails>, ProblemHttpResult>> GetAsync(
        HttpContext http, string code, TypologyQueries queries, CancellationToken cancellationToken)
    {
        var typology = await queries.FindAsync(http.User.GetOrganisationId(), code, null, cancellationToken);
        return typology is null ? NotFound(code) : TypedResults.Ok(typology);
    }

    private static async Task<Results<Ok<TypologyDetails>, ProblemHttpResult>> GetVersionAsync(
        HttpContext http, string code, int version, TypologyQueries queries, CancellationToken cancellationToken)
    {
        var typology = await queries.FindAsync(http.User.GetOrganisationId(), code, version, cancellationToken);
        return typology is null ? NotFound(code, version) : TypedResults.Ok(typology);
    }

    private static async Task<Results<Created<AcknowledgementReceipt>, ProblemHttpResult>> AcknowledgeAsync(
        HttpContext http, string code, int version, TypologyAcknowledger acknowledger, CancellationToken cancellationToken)
    {
        var caller = new Caller(http.User.GetOrganisationId(), http.User.GetCallerId());
        var result = await acknowledger.AcknowledgeAsync(caller, code, version, cancellationToken);
        return result.Outcome switch
        {
            AcknowledgementOutcome.Acknowledged => TypedResults.Created($"/api/v1/typologies/{code}/versions/{version}", result.Receipt),
            AcknowledgementOutcome.AlreadyAcknowledged => Problems.Status(StatusCodes.Status409Conflict, "This typology version was already acknowledged.", result.Detail, result.Errors),
            AcknowledgementOutcome.Withdrawn => Problems.Status(StatusCodes.Status409Conflict, "The FIU withdrew this typology version; it cannot be acknowledged.", result.Detail, result.Errors),
            AcknowledgementOutcome.Superseded => Problems.Status(StatusCodes.Status409Conflict, "This typology version is superseded; acknowledge the current one.", result.Detail, result.Errors),
            AcknowledgementOutcome.NoLegalBasis => Problems.NoLegalBasis(result.Errors, "No legal basis to send this acknowledgement to the FIU; nothing was sent."),
            _ => NotFound(code, version),
        };
    }

    // Note: the same answer whether the typology does not exist or went to other banks only.
    private static ProblemHttpResult NotFound(string code, int? version = null) =>
        Problems.Status(StatusCodes.Status404NotFound, "Typology not found.",
            version is null ? $"No typology '{code}' is visible to you." : $"No version {version} of typology '{code}' is visible to you.");
}
