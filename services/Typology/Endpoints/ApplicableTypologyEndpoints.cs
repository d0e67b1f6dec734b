using Concord.LegalBasis.Reading;
using Concord.Typology.Recipients;
using Concord.Typology.Views;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Typology.Endpoints;

/// <summary>For banks and other partnership organisations: the typologies that apply to them, <c>/api/v1/typologies/applicable</c>.</summary>
public static class ApplicableTypologyEndpoints
{
    public static IEndpointRouteBuilder MapApplicableTypologyEndpoints(this IEndpointRouteBuilder app)
    {
        var applicable = app.MapGroup("/api/v1/typologies/applicable").RequireAuthorization(TypologyAuthorization.Recipient).WithTags("Applicable typologies");
        applicable.MapGet("/", ListAsync).WithName("ListApplicableTypologies")
            .WithSummary("The typologies distributed to the caller's organisation: the latest version of each, current ones first.");
        applicable.MapGet("/{code}", GetAsync).WithName("GetApplicableTypology")
            .WithSummary("One typology as the caller's organisation holds it; 404 when it was never sent to it, exactly as when it does not exist.");
        return app;
    }

    private static async Task<Ok<ApplicableTypologyPage>> ListAsync(HttpContext http, ApplicableTypologies typologies, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ApplicableTypologyPage(await typologies.ListAsync(ReaderOf(http), cancellationToken)));

    private static async Task<Results<Ok<ApplicableTypology>, ProblemHttpResult>> GetAsync(
        string code, HttpContext http, ApplicableTypologies typologies, CancellationToken cancellationToken) =>
        await typologies.FindAsync(ReaderOf(http), code, cancellationToken) is { } typology ? TypedResults.Ok(typology) : Problems.NotFound(code);

    // Note: the policy requires the organisation claim; without it there is no reader, so no read.
    private static Reader ReaderOf(HttpContext http) =>
        Reader.TryFrom(http.User, out var reader) ? reader : throw new InvalidOperationException("The caller has no organisation.");
}
