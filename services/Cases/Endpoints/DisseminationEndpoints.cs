using Concord.Cases.Domain;
using Concord.Cases.Views;
using Concord.Cases.Workflow;
using Concord.LegalBasis.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Cases.Endpoints;

/// <summary>
/// The disseminations the caller's organisation received: <c>/api/v1/disseminations</c>. Another organisation's is a
/// 404 exactly like an unknown reference, and never in a list or a count.
/// </summary>
public static class DisseminationEndpoints
{
    public static IEndpointRouteBuilder MapDisseminationEndpoints(this IEndpointRouteBuilder app)
    {
        var disseminations = app.MapGroup("/api/v1/disseminations").RequireAuthorization(CasesAuthorization.Member).WithTags("Disseminations");
        disseminations.MapGet("/", ListAsync).WithName("ListDisseminations").WithSummary("The disseminations the caller's organisation received, pending first, paged.");
        disseminations.MapGet("/{reference}", GetAsync).WithName("GetDissemination").WithSummary("One dissemination: the analysis note, its reports and its handling.");
        disseminations.MapPost("/{reference}/case", OpenCaseAsync).WithName("OpenCaseFromDissemination")
            .WithSummary("Open a case from the dissemination, under its agreement: the caller leads it and the dissemination becomes its first item.");
        app.MapGroup("/api/v1/cases").RequireAuthorization(CasesAuthorization.Member).WithTags("Cases")
            .MapPost("/{caseId:guid}/disseminations", AddToCaseAsync).WithName("AddDisseminationToCase")
            .WithSummary("Add a dissemination the caller's organisation received to a case it leads, as an item.");
        return app;
    }

    private static async Task<Results<Ok<DisseminationPage>, ProblemHttpResult>> ListAsync(
        HttpContext http, DisseminationDesk desk, IAuditSink audit, TimeProvider time, CancellationToken cancellationToken,
        [FromQuery] int page = 1, [FromQuery] int pageSize = 50)
    {
        if (!CaseRequest.TryPerson(http, out var person))
        {
            return Problems.NoPerson();
        }

        if (CaseRequest.Paging(page, pageSize) is { } invalid)
        {
            return invalid;
        }

        var (items, total) = await desk.ListAsync(person.Organisation, page, pageSize, cancellationToken);
        if (items.Count > 0)
        {
            await ReadAudit.AppendAsync(audit, time, person, items[0].AgreementId, "list disseminations", $"disseminations:{person.Organisation}", cancellationToken,
                System.Text.Json.JsonSerializer.Serialize(new { lineage = items.Select(i => i.Reference).ToArray() }));
        }

        return TypedResults.Ok(new DisseminationPage(items, page, pageSize, total));
    }

    private static async Task<Results<Ok<DisseminationView>, ProblemHttpResult>> GetAsync(
        string reference, HttpContext http, DisseminationDesk desk, IAuditSink audit, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!CaseRequest.TryPerson(http, out var person))
        {
            return Problems.NoPerson();
        }

        if (await desk.FindAsync(person.Organisation, reference, cancellationToken) is not { } stored)
        {
            return Problems.For(CaseRejection.Of(RejectionKind.NotFound, "reference", CaseErrorCodes.DisseminationNotFound, "No such dissemination."), "Not found.");
        }

        await ReadAudit.AppendAsync(audit, time, person, stored.AgreementId, "read dissemination", $"dissemination:{stored.Reference}", cancellationToken);
        return TypedResults.Ok(DisseminationDesk.View(stored));
    }

    private static async Task<Results<Created<CaseView>, ProblemHttpResult>> OpenCaseAsync(
        string reference, HttpContext http, DisseminationDesk desk, CaseReading reading, CancellationToken cancellationToken)
    {
        const string title = "The case cannot be opened from the dissemination; nothing was stored.";
        if (!CaseRequest.TryPerson(http, out var person))
        {
            return Problems.NoPerson();
        }

        var (body, problem) = await CaseRequest.ReadAsync<DisseminationCaseBody>(http.Request, title, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var result = await desk.OpenCaseAsync(person, reference, body!.Title, body.CaseType, cancellationToken);
        return result.State is { } state
            ? TypedResults.Created($"/api/v1/cases/{state.CaseId}", CaseView.From(state, reading.Items(state, person.Organisation).Count))
            : Problems.For(result.Rejection!, title);
    }

    private static async Task<Results<Created<CaseView>, ProblemHttpResult>> AddToCaseAsync(
        Guid caseId, HttpContext http, DisseminationDesk desk, CaseReading reading, CancellationToken cancellationToken)
    {
        const string title = "The dissemination cannot be added to the case; nothing was stored.";
        if (!CaseRequest.TryPerson(http, out var person))
        {
            return Problems.NoPerson();
        }

        var (body, problem) = await CaseRequest.ReadAsync<DisseminationReferenceBody>(http.Request, title, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var result = await desk.AddToCaseAsync(person, caseId, body!.Reference, cancellationToken);
        return result.State is { } state
            ? TypedResults.Created($"/api/v1/cases/{state.CaseId}/items", CaseView.From(state, reading.Items(state, person.Organisation).Count))
            : Problems.For(result.Rejection!, title);
    }
}
