using Concord.Contracts.Filing;
using Concord.Fiu.Domain;
using Concord.Fiu.Matching;
using Concord.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Concord.Fiu.Endpoints;

/// <summary>
/// Cross-bank matching for this FIU's analysts: a report's links (<c>/api/v1/reports/{reference}/links</c>), its network
/// (<c>…/network</c>, and as FollowTheMoney entities <c>…/network/ftm</c>), and look-ups in the subject index
/// (<c>/api/v1/subjects</c>). Every report shown has been decided on by the read filter and is audited as read.
/// </summary>
public static class MatchingEndpoints
{
    public static IEndpointRouteBuilder MapMatchingEndpoints(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/v1/reports")
            .RequireAuthorization(ConcordPolicies.Fiu, FiuAuthorization.ThisFiu)
            .WithTags("Matching");
        reports.MapGet("/{reference}/links", GetLinksAsync).WithName("GetReportLinks")
            .WithSummary("The reports linked to a report, other banks' first, each with why (the identifier shared, or the name score).");
        reports.MapGet("/{reference}/network", GetNetworkAsync).WithName("GetReportNetwork")
            .WithSummary("The network around a report (reports, subjects, accounts; holds, appears in, linked by) to a depth of 1 to 3, bounded.");
        reports.MapGet("/{reference}/network/ftm", ExportNetworkAsync).WithName("ExportReportNetworkFtm")
            .WithSummary("The same network as FollowTheMoney entities, one JSON object per line (application/x-ndjson).")
            .Produces(StatusCodes.Status200OK, contentType: FtmExport.ContentType);

        var subjects = app.MapGroup("/api/v1/subjects")
            .RequireAuthorization(ConcordPolicies.Fiu, FiuAuthorization.ThisFiu)
            .WithTags("Matching");
        subjects.MapGet("/", FindSubjectsAsync).WithName("FindSubjects")
            .WithSummary("The reports, and the subjects, accounts or counterparties in them, that carry an identifier, normalised as the index is.");
        return app;
    }

    private static async Task<Results<Ok<ReportLinkPage>, ProblemHttpResult, ValidationProblem>> GetLinksAsync(
        string reference,
        HttpContext http,
        MatchingQueries queries,
        CancellationToken cancellationToken,
        [FromQuery] int page = 1,
        [FromQuery] int pageSize = 50)
    {
        if (Paging(page, pageSize) is { } invalid)
        {
            return invalid;
        }

        var reader = AnalystQuery.ReaderOf(http);
        var root = await queries.FindReportAsync(reader, reference, cancellationToken);
        if (root is null)
        {
            return Problems.NotFound(reference);
        }

        var (items, total) = await queries.LinksAsync(reader, root, page, pageSize, cancellationToken);
        var linked = items.Select(item => new LinkedReport(
            item.Report.Id, item.Report.ConcordReference, item.Report.FiuReference, item.Report.BankOrganisationId,
            !string.Equals(item.Report.BankOrganisationId, root.BankOrganisationId, StringComparison.Ordinal), item.Report.ReceivedAt,
            [.. item.Links.Select(link => Reason(link, root.Id))])).ToList();
        return TypedResults.Ok(new ReportLinkPage(root.ConcordReference, linked, page, pageSize, total));
    }

    private static async Task<Results<Ok<SubjectLookupPage>, ValidationProblem>> FindSubjectsAsync(
        HttpContext http,
        MatchingQueries queries,
        [FromQuery] string? kind,
        [FromQuery] string? value,
        [FromQuery] string? country,
        [FromQuery] string? institution,
        [FromQuery] string? type,
        CancellationToken cancellationToken,
        [FromQuery] int page = 1,
        [FromQuery] int pageSize = 50)
    {
        var errors = new List<FieldError>();
        var lookup = SubjectLookup.Normalise(kind, value, country, institution, type, errors);
        if (Paging(page, pageSize) is { } invalid)
        {
            return invalid;
        }

        if (lookup is not { } identifier)
        {
            return Problems.Validation(errors, "The look-up is not valid.");
        }

        var (items, total) = await queries.OccurrencesAsync(AnalystQuery.ReaderOf(http), identifier.Kind, identifier.Value, page, pageSize, cancellationToken);
        var occurrences = items.Select(o => new SubjectOccurrence(
            o.Report.Id, o.Report.ConcordReference, o.Report.FiuReference, o.Report.BankOrganisationId, o.Report.ReceivedAt, o.Holder, o.HolderKind.ToString(), o.Display)).ToList();
        return TypedResults.Ok(new SubjectLookupPage(identifier.Kind.ToString(), identifier.Value, occurrences, page, pageSize, total));
    }

    private static async Task<Results<Ok<ReportNetwork>, ProblemHttpResult, ValidationProblem>> GetNetworkAsync(
        string reference, HttpContext http, MatchingQueries queries, CancellationToken cancellationToken, [FromQuery] int depth = 1)
    {
        if (Depth(depth) is { } invalid)
        {
            return invalid;
        }

        var snapshot = await NetworkAsync(reference, http, queries, depth, cancellationToken);
        return snapshot is null ? Problems.NotFound(reference) : TypedResults.Ok(ReportNetwork.From(snapshot));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult, ValidationProblem>> ExportNetworkAsync(
        string reference, HttpContext http, MatchingQueries queries, CancellationToken cancellationToken, [FromQuery] int depth = 1)
    {
        if (Depth(depth) is { } invalid)
        {
            return invalid;
        }

        var snapshot = await NetworkAsync(reference, http, queries, depth, cancellationToken);
        return snapshot is null ? Problems.NotFound(reference) : TypedResults.Text(FtmExport.Write(snapshot), FtmExport.ContentType);
    }

    private static async Task<NetworkSnapshot?> NetworkAsync(string reference, HttpContext http, MatchingQueries queries, int depth, CancellationToken cancellationToken)
    {
        var reader = AnalystQuery.ReaderOf(http);
        var root = await queries.FindReportAsync(reader, reference, cancellationToken);
        return root is null ? null : await new NetworkBuilder(queries).BuildAsync(reader, root, depth, cancellationToken);
    }

    /// <summary>A link seen from <paramref name="rootId"/>'s side: this report's value and holder first.</summary>
    private static LinkReason Reason(ReportLink link, Guid rootId) => link.ReportId == rootId
        ? new LinkReason(link.Kind.ToString(), link.Display, link.LinkedDisplay, link.Holder, link.LinkedHolder, link.Score, link.LinkedAt)
        : new LinkReason(link.Kind.ToString(), link.LinkedDisplay, link.Display, link.LinkedHolder, link.Holder, link.Score, link.LinkedAt);

    private static ValidationProblem? Paging(int page, int pageSize)
    {
        var errors = AnalystQuery.PagingErrors(page, pageSize, MatchingQueries.MaxPageSize).ToList();
        return errors.Count > 0 ? Problems.Validation(errors, "The query is not valid.") : null;
    }

    private static ValidationProblem? Depth(int depth) => depth is >= 1 and <= NetworkBuilder.MaxDepth
        ? null
        : Problems.Validation([new FieldError { Path = "depth", Code = "InvalidValue", Message = $"'depth' is between 1 and {NetworkBuilder.MaxDepth}." }], "The query is not valid.");
}
