using Concord.BankGateway.CaseOutcomes;
using Concord.BankGateway.Domain;
using Concord.BankGateway.Filing;
using Concord.BankGateway.Inbox;
using Concord.BankGateway.Validation;
using Concord.Contracts.Filing;
using Concord.ServiceDefaults.Authentication;
using Concord.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Concord.BankGateway.Endpoints;

/// <summary>Filing and status for banks: <c>/api/v1/reports</c>.</summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/v1/reports")
            .RequireAuthorization(ConcordPolicies.Bank)
            .WithTags("Reports");

        reports.MapPost("/", FileReportAsync).WithName("FileReport")
            .WithSummary("File one report; idempotent on the bank reference.");
        reports.MapPost("/batch", FileBatchAsync).WithName("FileReportBatch")
            .WithSummary("File up to 1,000 reports; each is accepted or refused on its own unless atomic=true.");
        reports.MapGet("/{concordReference}", GetReportAsync).WithName("GetReport")
            .WithSummary("The status of one of your reports.");
        reports.MapGet("/", ListReportsAsync).WithName("ListReports")
            .WithSummary("Your reports, newest first.");
        return app;
    }

    private static async Task<Results<Created<FilingReceipt>, Ok<FilingReceipt>, ValidationProblem, ProblemHttpResult>> FileReportAsync(
        HttpContext http, ReportFiler filer, CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<SuspiciousActivityReport>(http.Request, FilingLimits.ReportBytes, cancellationToken);
        if (body.FailureStatus is { } status)
        {
            return Problems.Status(status, "The request body cannot be accepted.", body.FailureDetail);
        }

        if (body.Value is null)
        {
            return Problems.Validation([body.Error!], "The request body is not a valid report.");
        }

        var result = (await filer.FileAsync(Caller(http), [body.Value], cancellationToken))[0];
        switch (result.Outcome)
        {
            case FilingOutcome.Accepted:
                var receipt = Receipt(result, duplicate: false);
                return TypedResults.Created($"/api/v1/reports/{receipt.ConcordReference}", receipt);
            case FilingOutcome.Duplicate:
                return TypedResults.Ok(Receipt(result, duplicate: true));
            case FilingOutcome.Conflict:
                return Problems.Status(StatusCodes.Status409Conflict, "The bank reference is already used by a different report.", result.Errors[0].Message, result.Errors);
            case FilingOutcome.NoLegalBasis:
                return Problems.NoLegalBasis(result.Errors);
            default:
                return result.Errors.Any(e => e.Code == ErrorCodes.NotYourOrganisation)
                    ? Problems.Status(StatusCodes.Status403Forbidden, "You may file only as your own organisation.", null, result.Errors)
                    : Problems.Validation(result.Errors);
        }
    }

    private static async Task<Results<Ok<BatchFilingResponse>, ValidationProblem, ProblemHttpResult>> FileBatchAsync(
        HttpContext http, ReportFiler filer, [FromQuery] bool? atomic, CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<BatchFilingRequest>(http.Request, FilingLimits.BatchBytes, cancellationToken);
        if (body.FailureStatus is { } status)
        {
            return Problems.Status(status, "The request body cannot be accepted.", body.FailureDetail);
        }

        if (body.Value?.Reports is not { Count: > 0 } items)
        {
            return Problems.Validation([body.Error ?? new FieldError { Path = "reports", Code = ErrorCodes.Required, Message = "A batch holds at least one report." }], "The batch is not valid.");
        }

        if (items.Count > FilingLimits.ReportsPerBatch)
        {
            return Problems.Validation([new FieldError { Path = "reports", Code = ErrorCodes.TooMany, Message = $"A batch holds at most {FilingLimits.ReportsPerBatch} reports; this one has {items.Count}." }], "The batch is not valid.");
        }

        var caller = Caller(http);
        var missing = Enumerable.Range(0, items.Count).Where(i => items[i] is null)
            .Select(i => new FieldError { Path = $"reports[{i}]", Code = ErrorCodes.Required, Message = "A report is required here, not null." }).ToList();
        if (missing.Count > 0)
        {
            return Problems.Validation(missing, "The batch is not valid.");
        }

        var reports = items.Select(r => r!).ToList();
        var results = await filer.FileAsync(caller, reports, allOrNothing: atomic == true, cancellationToken);
        if (atomic == true)
        {
            // All or nothing: an invalid report refuses the batch (400), else a bank reference used by another report (409).
            if (ErrorsOf(results, FilingOutcome.Invalid) is { Count: > 0 } invalid)
            {
                return Problems.Validation(invalid, "The batch is not valid; nothing was filed.");
            }

            if (ErrorsOf(results, FilingOutcome.Conflict) is { Count: > 0 } conflicts)
            {
                return Problems.Status(StatusCodes.Status409Conflict, "A bank reference in the batch is already used by a different report; nothing was filed.", conflicts[0].Message, conflicts);
            }

            if (ErrorsOf(results, FilingOutcome.NoLegalBasis) is { Count: > 0 } unfounded)
            {
                return Problems.NoLegalBasis(unfounded, "No legal basis to share the batch with the FIU; nothing was filed.");
            }
        }

        return TypedResults.Ok(BatchFilingResponse.From(results));
    }

    /// <summary>The errors of the batch's reports with <paramref name="outcome"/>, each path under its <c>reports[i]</c>.</summary>
    private static List<FieldError> ErrorsOf(IReadOnlyList<FilingResult> results, FilingOutcome outcome) =>
        [.. results.Where(r => r.Outcome == outcome)
            .SelectMany(r => r.Errors.Select(e => e with { Path = ValidationErrors.Join($"reports[{r.Index}]", e.Path) }))];

    private static async Task<Results<Ok<ReportStatusResponse>, ProblemHttpResult>> GetReportAsync(
        HttpContext http, string concordReference, ReportQueries queries, InboxQueries inbox, CaseOutcomeQueries outcomes, CancellationToken cancellationToken)
    {
        var bank = http.User.GetOrganisationId();
        var report = await queries.FindAsync(bank, concordReference, cancellationToken);
        if (report is null)
        {
            return Problems.NotFound(concordReference);
        }

        var feedback = await inbox.FeedbackForReportsAsync(bank, [report.Id], cancellationToken);
        var cases = await outcomes.ForReportsAsync(bank, [report.Id], cancellationToken);
        return TypedResults.Ok(ReportStatusResponse.From(report) with { Feedback = [.. feedback[report.Id]], CaseOutcomes = [.. cases[report.Id]] });
    }

    private static async Task<Results<Ok<ReportPage>, ValidationProblem>> ListReportsAsync(
        HttpContext http, ReportQueries queries, InboxQueries inbox, CaseOutcomeQueries outcomes, [FromQuery] ReportStatus? status, [FromQuery] string? bankReference,
        CancellationToken cancellationToken, [FromQuery] int page = 1, [FromQuery] int pageSize = 50)
    {
        if (Problems.Paging(page, pageSize, ReportQueries.MaxPageSize) is { } invalid)
        {
            return invalid;
        }

        var bank = http.User.GetOrganisationId();
        var (items, total) = await queries.ListAsync(bank, status, bankReference, page, pageSize, cancellationToken);
        var feedback = await inbox.FeedbackForReportsAsync(bank, [.. items.Select(r => r.Id)], cancellationToken);
        var cases = await outcomes.ForReportsAsync(bank, [.. items.Select(r => r.Id)], cancellationToken);
        return TypedResults.Ok(new ReportPage(
            items.Select(r => ReportStatusResponse.From(r) with { Feedback = [.. feedback[r.Id]], CaseOutcomes = [.. cases[r.Id]] }).ToList(), page, pageSize, total));
    }

    private static Caller Caller(HttpContext http) => new(http.User.GetOrganisationId(), http.User.GetCallerId());

    private static FilingReceipt Receipt(FilingResult result, bool duplicate) =>
        new(result.ConcordReference!, result.BankReference!, result.Status!.Value, result.FiledAt!.Value, duplicate);
}
