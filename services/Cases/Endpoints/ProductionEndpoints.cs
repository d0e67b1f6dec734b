using Concord.Cases.Domain;
using Concord.Cases.Views;
using Concord.Cases.Workflow;
using Concord.LegalBasis.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Cases.Endpoints;

/// <summary>
/// Requests to banks to produce documents: <c>/api/v1/cases/{caseId}/production-requests</c>. Each bank gets its own
/// copy; a bank's investigator sees only its own bank's requests.
/// </summary>
public static class ProductionEndpoints
{
    public static IEndpointRouteBuilder MapProductionEndpoints(this IEndpointRouteBuilder app)
    {
        var requests = app.MapGroup("/api/v1/cases/{caseId:guid}/production-requests").RequireAuthorization(CasesAuthorization.Member).WithTags("Production requests");
        requests.MapPost("/", RequestAsync).WithName("RequestProduction")
            .WithSummary("Ask banks to produce documents about subjects by a deadline (lead or investigator); refused (403) naming each bank the agreement does not cover.");
        requests.MapGet("/", ListAsync).WithName("ListProductionRequests").WithSummary("The case's production requests the caller's organisation may see, by status (Open, Answered, Overdue).");
        return app;
    }

    private static async Task<Results<Created<IReadOnlyList<ProductionRequestView>>, ProblemHttpResult>> RequestAsync(
        Guid caseId, HttpContext http, ProductionDesk desk, TimeProvider time, CancellationToken cancellationToken)
    {
        const string title = "The production request cannot be made; nothing was stored or sent.";
        if (!CaseRequest.TryPerson(http, out var person))
        {
            return Problems.NoPerson();
        }

        var (body, problem) = await CaseRequest.ReadAsync<ProductionRequestBody>(http.Request, title, cancellationToken, CaseLimits.ProductionBodyBytes);
        if (problem is not null)
        {
            return problem;
        }

        var before = time.GetUtcNow();
        var result = await desk.RequestAsync(person, caseId, body!.BankOrganisationIds, body.Description, body.Subjects, body.LegalInstrument, body.Deadline, cancellationToken);
        if (result.State is not { } state)
        {
            return Problems.For(result.Rejection!, title);
        }

        var now = time.GetUtcNow();
        IReadOnlyList<ProductionRequestView> made = [.. state.ProductionRequests.Values.Where(r => r.RequestedAt >= before && r.RequestedBy == person.Agent)
            .OrderBy(r => r.BankOrganisationId, StringComparer.Ordinal).Select(r => ProductionRequestView.From(r, now))];
        return TypedResults.Created($"/api/v1/cases/{caseId}/production-requests", made);
    }

    private static async Task<Results<Ok<IReadOnlyList<ProductionRequestView>>, ProblemHttpResult>> ListAsync(
        Guid caseId, HttpContext http, CaseDesk desk, IAuditSink audit, TimeProvider time, CancellationToken cancellationToken, [FromQuery] ProductionRequestStatus? status = null)
    {
        if (!CaseRequest.TryPerson(http, out var person))
        {
            return Problems.NoPerson();
        }

        if (await desk.FindAsync(person, caseId, cancellationToken) is not { } state)
        {
            return Problems.For(DeskResult.NotFound().Rejection!, "Not found.");
        }

        var now = time.GetUtcNow();
        IReadOnlyList<ProductionRequestView> visible = [.. state.ProductionRequests.Values
            .Where(request => CaseReading.SeesRequest(request, person.Organisation))
            .Select(request => ProductionRequestView.From(request, now))
            .Where(view => status is null || view.Status == status)
            .OrderBy(view => view.RequestedAt).ThenBy(view => view.Reference, StringComparer.Ordinal)];
        await ReadAudit.AppendAsync(audit, time, person, state.AgreementId, "list production requests", $"case:{caseId}", cancellationToken,
            System.Text.Json.JsonSerializer.Serialize(new { lineage = visible.Select(v => v.Reference).ToArray() }));
        return TypedResults.Ok(visible);
    }
}
