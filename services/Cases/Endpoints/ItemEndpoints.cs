using System.Text.Json;
using Concord.Cases.Domain;
using Concord.Cases.Persistence;
using Concord.Cases.Views;
using Concord.Cases.Workflow;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concord.Cases.Endpoints;

/// <summary>
/// A case's intelligence items: <c>/api/v1/cases/{caseId}/items</c>. Every read goes through the read filter: an item
/// the caller's organisation may not see is a 404 exactly like an unknown one, and never in a list or a count.
/// </summary>
public static class ItemEndpoints
{
    public static IEndpointRouteBuilder MapItemEndpoints(this IEndpointRouteBuilder app)
    {
        var items = app.MapGroup("/api/v1/cases/{caseId:guid}/items").RequireAuthorization(CasesAuthorization.Member).WithTags("Items");
        items.MapGet("/", ListAsync).WithName("ListCaseItems").WithSummary("The items of the case the caller's organisation may see, oldest first, without content.");
        items.MapGet("/{itemId:guid}", GetAsync).WithName("GetCaseItem").WithSummary("One item with its content, provenance, handling, lineage and documents.");
        items.MapPost("/", AddAsync).WithName("AddCaseItem").WithSummary("Add a note or intelligence as the caller's organisation's data, with its marking, categories and grading.");
        items.MapGet("/{itemId:guid}/documents/{documentId:guid}", DocumentAsync).WithName("GetItemDocument").WithSummary("A document a bank produced, to readers of its item.");
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<ItemSummary>>, ProblemHttpResult>> ListAsync(
        Guid caseId, HttpContext http, CaseDesk desk, CaseReading reading, IAuditSink audit, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!CaseRequest.TryPerson(http, out var person))
        {
            return Problems.NoPerson();
        }

        if (await desk.FindAsync(person, caseId, cancellationToken) is not { } state)
        {
            return Problems.For(DeskResult.NotFound().Rejection!, "Not found.");
        }

        var visible = reading.Items(state, person.Organisation);
        await ReadAudit.AppendAsync(audit, time, person, state.AgreementId, "list case items", $"case:{caseId}", cancellationToken,
            JsonSerializer.Serialize(new { lineage = visible.Select(item => $"item:{item.ItemId}").ToArray() }));
        IReadOnlyList<ItemSummary> summaries = [.. visible.Select(ItemSummary.From)];
        return TypedResults.Ok(summaries);
    }

    private static async Task<Results<Ok<ItemView>, ProblemHttpResult>> GetAsync(
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

        if (reading.Item(state, person.Organisation, itemId) is not { } item)
        {
            return ItemNotFound();
        }

        await ReadAudit.AppendAsync(audit, time, person, state.AgreementId, "read case item", $"item:{itemId}", cancellationToken,
            JsonSerializer.Serialize(new { lineage = item.Lineage.ToArray() }));
        return TypedResults.Ok(ItemView.From(item));
    }

    private static async Task<Results<Created<ItemView>, ProblemHttpResult>> AddAsync(
        Guid caseId, HttpContext http, ItemDesk desk, CancellationToken cancellationToken)
    {
        const string title = "The item cannot be added; nothing was stored.";
        if (!CaseRequest.TryPerson(http, out var person))
        {
            return Problems.NoPerson();
        }

        var (body, problem) = await CaseRequest.ReadAsync<ItemBody>(http.Request, title, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (body!.Marking is null)
        {
            return Problems.Validation([CaseValidation.Error("marking", CaseErrorCodes.Required, $"'marking' is required: one of {string.Join(", ", Enum.GetNames<Tlp>())}.")], title);
        }

        var (result, itemId) = await desk.AddAsync(person, caseId, body.Kind ?? ItemKind.Note, body.Title, body.Text, body.Marking.Value,
            body.OnwardSharing ?? OnwardSharingRule.WithinAgreement, body.Categories ?? [DataCategory.CaseIntelligence], body.Grading, body.ParentItemId, cancellationToken);
        return result.State is { } state
            ? TypedResults.Created($"/api/v1/cases/{caseId}/items/{itemId}", ItemView.From(state.Items.Single(item => item.ItemId == itemId)))
            : Problems.For(result.Rejection!, title);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DocumentAsync(
        Guid caseId, Guid itemId, Guid documentId, HttpContext http, CaseDesk desk, CaseReading reading, CasesDbContext db, IAuditSink audit, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (!CaseRequest.TryPerson(http, out var person))
        {
            return Problems.NoPerson();
        }

        if (await desk.FindAsync(person, caseId, cancellationToken) is not { } state)
        {
            return Problems.For(DeskResult.NotFound().Rejection!, "Not found.");
        }

        // Note: the same answer for a hidden item, an unknown one, and a document not of this item.
        if (reading.Item(state, person.Organisation, itemId) is not { } item || item.Documents.All(document => document.DocumentId != documentId)
            || await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.CaseId == caseId && d.ItemId == itemId, cancellationToken) is not { } stored)
        {
            return Problems.For(CaseRejection.Of(RejectionKind.NotFound, "documentId", CaseErrorCodes.DocumentNotFound, "No such document."), "Not found.");
        }

        await ReadAudit.AppendAsync(audit, time, person, state.AgreementId, "read produced document", $"document:{documentId}", cancellationToken,
            JsonSerializer.Serialize(new { lineage = item.Lineage.Prepend($"item:{itemId}").ToArray(), sha256 = stored.Sha256 }));
        return TypedResults.File(stored.Content, stored.MediaType, stored.FileName);
    }

    private static ProblemHttpResult ItemNotFound() =>
        Problems.For(CaseRejection.Of(RejectionKind.NotFound, "itemId", CaseErrorCodes.ItemNotFound, "No such item."), "Not found.");
}
