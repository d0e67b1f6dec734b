using Concord.BankGateway.Filing;
using Concord.BankGateway.Inbox;
using Concord.Contracts.Grpc.Filing.V1;
using Concord.ServiceDefaults.Authentication;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using ContractFieldError = Concord.Contracts.Filing.FieldError;
using DomainOutcome = Concord.BankGateway.Filing.FilingOutcome;
using DomainStatus = Concord.BankGateway.Domain.ReportStatus;
using WireOutcome = Concord.Contracts.Grpc.Filing.V1.FilingOutcome;

namespace Concord.BankGateway.Grpc;

/// <summary>Filing over gRPC: one report, or a client stream of many filed in chunks as they arrive.</summary>
[Authorize(Policy = ConcordPolicies.Bank)]
public sealed class FilingGrpcService(ReportFiler filer, ReportQueries queries, InboxQueries inbox) : FilingService.FilingServiceBase
{
    /// <summary>How many streamed reports are stored per transaction.</summary>
    internal const int ChunkSize = 250;

    public override async Task<FileReportResult> FileReport(FileReportRequest request, ServerCallContext context)
    {
        var caller = Caller(context);
        return (await FileChunkAsync(caller, [(0, request.Report)], context.CancellationToken))[0];
    }

    public override async Task<FileReportsSummary> FileReports(IAsyncStreamReader<FileReportRequest> requestStream, ServerCallContext context)
    {
        var caller = Caller(context);
        var summary = new FileReportsSummary();
        var chunk = new List<(int Index, Report? Report)>(ChunkSize);
        var index = 0;
        await foreach (var request in requestStream.ReadAllAsync(context.CancellationToken))
        {
            chunk.Add((index++, request.Report));
            if (chunk.Count == ChunkSize)
            {
                Add(summary, await FileChunkAsync(caller, chunk, context.CancellationToken));
                chunk.Clear();
            }
        }

        if (chunk.Count > 0)
        {
            Add(summary, await FileChunkAsync(caller, chunk, context.CancellationToken));
        }

        return summary;
    }

    public override async Task<ReportStatus> GetReportStatus(GetReportStatusRequest request, ServerCallContext context)
    {
        var report = await queries.FindAsync(Caller(context).OrganisationId, request.ConcordReference, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"No report '{request.ConcordReference}' is visible to you."));
        var status = Endpoints.ReportStatusResponse.From(report);
        var reply = new ReportStatus
        {
            ConcordReference = status.ConcordReference,
            BankReference = status.BankReference,
            Status = status.Status.ToString(),
            FiledAt = Timestamp.FromDateTimeOffset(status.FiledAt),
            StatusChangedAt = Timestamp.FromDateTimeOffset(status.StatusChangedAt),
            FiuReference = status.FiuReference ?? string.Empty,
        };
        reply.RejectionReasons.AddRange(status.RejectionReasons.Select(ReportProtoMapper.ToProto));
        var feedback = await inbox.FeedbackForReportsAsync(Caller(context).OrganisationId, [report.Id], context.CancellationToken);
        reply.Feedback.AddRange(feedback[report.Id].Select(f => new ReportFeedback
        {
            Outcome = f.Outcome.ToString(),
            Comment = f.Comment ?? string.Empty,
            GivenBy = f.GivenBy,
            GivenAt = Timestamp.FromDateTimeOffset(f.GivenAt),
            RetainUntil = Timestamp.FromDateTimeOffset(f.RetainUntil),
        }));
        return reply;
    }

    private async Task<List<FileReportResult>> FileChunkAsync(Caller caller, List<(int Index, Report? Report)> chunk, CancellationToken cancellationToken)
    {
        var results = new List<FileReportResult>(chunk.Count);
        var valid = new List<(int Index, Contracts.Filing.SuspiciousActivityReport Report)>(chunk.Count);
        foreach (var (index, report) in chunk)
        {
            var mapped = report is null
                ? new ReportProtoMappingResult(null, [new ContractFieldError { Path = "report", Code = "Required", Message = "A report is required." }])
                : ReportProtoMapper.ToCanonical(report);
            if (mapped.IsValid)
            {
                valid.Add((index, mapped.Report!));
            }
            else
            {
                results.Add(Invalid(index, report?.BankReference, mapped.Errors));
            }
        }

        if (valid.Count > 0)
        {
            var filed = await filer.FileAsync(caller, valid.Select(v => v.Report).ToList(), cancellationToken);
            results.AddRange(filed.Select(result => ToProto(result, valid[result.Index].Index)));
        }

        results.Sort((a, b) => a.Index.CompareTo(b.Index));
        return results;
    }

    private static FileReportResult Invalid(int index, string? bankReference, IReadOnlyList<ContractFieldError> errors)
    {
        var result = new FileReportResult { Index = index, BankReference = bankReference ?? string.Empty, Outcome = WireOutcome.Invalid };
        result.Errors.AddRange(errors.Select(ReportProtoMapper.ToProto));
        return result;
    }

    private static FileReportResult ToProto(FilingResult result, int index)
    {
        var reply = new FileReportResult
        {
            Index = index,
            BankReference = result.BankReference ?? string.Empty,
            Outcome = result.Outcome switch
            {
                DomainOutcome.Accepted => WireOutcome.Accepted,
                DomainOutcome.Duplicate => WireOutcome.Duplicate,
                DomainOutcome.Conflict => WireOutcome.Conflict,
                DomainOutcome.Invalid => WireOutcome.Invalid,
                DomainOutcome.NoLegalBasis => WireOutcome.NoLegalBasis,
                // Note: the stream files each report on its own; all-or-nothing is a REST batch option only.
                _ => throw new System.Diagnostics.UnreachableException($"A streamed filing has no outcome {result.Outcome}."),
            },
            ConcordReference = result.ConcordReference ?? string.Empty,
            Status = result.Status is DomainStatus status ? status.ToString() : string.Empty,
        };
        reply.Errors.AddRange(result.Errors.Select(ReportProtoMapper.ToProto));
        return reply;
    }

    private static void Add(FileReportsSummary summary, List<FileReportResult> results)
    {
        foreach (var result in results)
        {
            switch (result.Outcome)
            {
                case WireOutcome.Accepted: summary.Accepted++; break;
                case WireOutcome.Duplicate: summary.Duplicates++; break;
                case WireOutcome.Conflict: summary.Conflicts++; break;
                default: summary.Invalid++; break;
            }
        }

        summary.Results.AddRange(results);
    }

    private static Caller Caller(ServerCallContext context)
    {
        var user = context.GetHttpContext().User;
        return new Caller(user.GetOrganisationId(), user.GetCallerId());
    }
}
