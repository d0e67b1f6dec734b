using Concord.Typology.Authoring;
using Concord.Typology.Domain;
using Concord.Typology.Views;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Typology.Endpoints;

/// <summary>Published versions and what each changed, for the FIU's analysts: <c>/api/v1/typologies/{code}/versions</c>.</summary>
public static class VersionEndpoints
{
    public static IEndpointRouteBuilder MapVersionEndpoints(this IEndpointRouteBuilder app)
    {
        var versions = app.MapGroup("/api/v1/typologies/{code}/versions").RequireAuthorization(TypologyAuthorization.Analyst).WithTags("Typology versions");
        versions.MapGet("/", ListAsync).WithName("ListTypologyVersions").WithSummary("The typology's published versions, oldest first.");
        versions.MapGet("/{version:int}", GetAsync).WithName("GetTypologyVersion").WithSummary("One published version, with its audience and recipients.");
        versions.MapPut("/{version:int}", EditAsync).WithName("EditTypologyVersion")
            .WithSummary("Always refused (409): a published version is never edited in place; draft a new version instead.");
        versions.MapGet("/{version:int}/changes", ChangesAsync).WithName("GetTypologyVersionChanges")
            .WithSummary("What the version changed against the one before it, field by field (indicators by code, rule text included).");
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<VersionSummary>>, ProblemHttpResult>> ListAsync(string code, TypologyQueries queries, CancellationToken cancellationToken) =>
        await queries.VersionsAsync(code, cancellationToken) is { } versions ? TypedResults.Ok(versions) : Problems.NotFound(code);

    private static async Task<Results<Ok<VersionView>, ProblemHttpResult>> GetAsync(string code, int version, TypologyQueries queries, CancellationToken cancellationToken)
    {
        if (await queries.VersionAsync(code, version, cancellationToken) is { } view)
        {
            return TypedResults.Ok(view);
        }

        return await queries.FindAsync(code, cancellationToken) is null ? Problems.NotFound(code) : Problems.VersionNotFound(code, version);
    }

    private static async Task<ProblemHttpResult> EditAsync(string code, int version, TypologyQueries queries, CancellationToken cancellationToken)
    {
        if (await queries.VersionAsync(code, version, cancellationToken) is null)
        {
            return await queries.FindAsync(code, cancellationToken) is null ? Problems.NotFound(code) : Problems.VersionNotFound(code, version);
        }

        return Problems.For(
            DeskResult.Refused(DeskOutcome.Conflict, TypologyErrorCodes.PublishedVersionImmutable,
                $"{code} version {version} is published and is never edited in place. Draft a new version: POST /api/v1/typologies/{code}/draft, then PUT /api/v1/typologies/{code}/draft."),
            "A published version cannot be edited.");
    }

    private static async Task<Results<Ok<VersionChanges>, ProblemHttpResult>> ChangesAsync(string code, int version, TypologyQueries queries, CancellationToken cancellationToken)
    {
        if (await queries.ChangesAsync(code, version, cancellationToken) is { } changes)
        {
            return TypedResults.Ok(changes);
        }

        return await queries.FindAsync(code, cancellationToken) is null ? Problems.NotFound(code) : Problems.VersionNotFound(code, version);
    }
}
