using System.Text.Json;
using Concord.Cases.Domain;
using Concord.Cases.Views;
using Concord.Cases.Workflow;
using Concord.LegalBasis.Audit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Cases.Endpoints;

/// <summary>
/// Passing an item on with its originator's consent: <c>/api/v1/cases/{caseId}/items/{itemId}/onward-shares</c>. Only
/// members whose organisation sees the item ask or list; to anyone else the item is a 404 like an unknown one.
/// </summary>
public static class OnwardShareEndpoints
{
    public static IEndpointRouteBuilder MapOnwardShareEndpoints(this IEndpointRouteBuilder app)
    {
        var shares = app.MapGroup("/api/v1/cases/{caseId:guid}/items/{itemId:guid}/onward-shares").RequireAuthorization(CasesAuthorization.Member).WithTags("Onward sharing");
        shares.MapPost("/", RequestAsync).WithName("RequestOnwardShare")
            .WithSummary("Ask the item's originator for consent to pass it on to a member organisation for a purpose (202, AwaitingConsent); 403 naming the reasons when the agreement does not allow it even with consent.");
        shares.MapGet("/", ListAsync).WithName("ListOnwardShares").WithSummary("The item's onward-sharing requests with their status: AwaitingConsent, Granted, Refused or Expired.");
        return app;
    }

    private static async Task<Results<Accepted<OnwardShareView>, ProblemHttpResult>> RequestAsync(
        Guid caseId, Guid itemId, HttpContext http, OnwardShareDesk desk, TimeProvider time, CancellationToken cancellationToken)
    {
        const string title = "The item cannot be passed on; nothing was stored or sent.";
        if (!CaseRequest.TryPerson(http, out var person))
        {
            return Problems.NoPerson();
        }

        var (body, problem) = await CaseRequest.ReadAsync<OnwardShareBody>(http.Request, title, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (result, shareId) = await desk.RequestAsync(person, caseId, itemId, body!.RecipientOrganisationId, body.Purpose, body.Justification, body.RequestedUntil, cancellationToken);
        return result.State is { } state
            ? TypedResults.Accepted($"/api/v1/cases/{caseId}/items/{itemId}/onward-shares", OnwardShareView.From(state.OnwardShares[shareId], time.GetUtcNow()))
            : Problems.For(result.Rejection!, title);
    }

    private static async Task<Results<Ok<IReadOnlyList<OnwardShareView>>, ProblemHttpResult>> ListAsync(
        Guid caseId, Guid itemId, HttpContext http, CaseDesk desk, CaseReading reading, IAuditSink audit, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!CaseRequest.TryPerson(http, out var person))
        {
            return Problems.NoPerson();
        }

        if (await desk.FindAsync(person, caseId, cancellationToken) is not { } state)
        {
            return Problems.For(DeskResult.NotFound().Rejection!, "Not found.");
        }

        if (reading.Item(state, person.Organisation, itemId) is null)
        {
            return Problems.For(CaseRejection.Of(RejectionKind.NotFound, "itemId", CaseErrorCodes.ItemNotFound, "No such item."), "Not found.");
        }

        var now = time.GetUtcNow();
        IReadOnlyList<OnwardShareView> shares = [.. state.OnwardShares.Values.Where(share => share.ItemId == itemId)
            .OrderBy(share => share.RequestedAt).ThenBy(share => share.ShareId).Select(share => OnwardShareView.From(share, now))];
        await ReadAudit.AppendAsync(audit, time, person, state.AgreementId, "list onward shares", $"item:{itemId}", cancellationToken,
            JsonSerializer.Serialize(new { lineage = new[] { $"item:{itemId}" }, shares = shares.Count }));
        return TypedResults.Ok(shares);
    }
}
