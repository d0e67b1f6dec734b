using Concord.Contracts.Grpc.Fiu.V1;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace Concord.Cases.Fiu;

/// <summary>
/// Asks the FIU for a report's details for one reading organisation of a case. The FIU decides what that organisation
/// may see; NOT_FOUND (unknown, or not for this reader) is <see cref="CaseReportAnswer.NotFound"/>, and anything else that
/// fails — the FIU away, too slow, or refusing this service — is <see cref="CaseReportAnswer.Unavailable"/>.
/// </summary>
public sealed partial class FiuCaseReports(
    CaseReports.CaseReportsClient client, ICaseReportsToken token, IOptions<CaseReportsOptions> options, TimeProvider time, ILogger<FiuCaseReports> logger)
{
    public async Task<(CaseReportAnswer Answer, CaseReport? Report)> GetAsync(string concordReference, string reader, Guid agreementId, string caseReference, CancellationToken cancellationToken)
    {
        try
        {
            var bearer = await token.GetAsync(cancellationToken);
            var report = await client.GetCaseReportAsync(
                new GetCaseReportRequest { ConcordReference = concordReference, ReaderOrganisationId = reader, AgreementId = agreementId.ToString(), CaseReference = caseReference },
                new Metadata { { "authorization", $"Bearer {bearer}" } },
                deadline: time.GetUtcNow().Add(options.Value.Timeout).UtcDateTime,
                cancellationToken: cancellationToken);
            return (CaseReportAnswer.Found, report);
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.NotFound)
        {
            return (CaseReportAnswer.NotFound, null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogUnavailable(exception, concordReference);
            return (CaseReportAnswer.Unavailable, null);
        }
    }

    // Note: fail closed: whatever went wrong (no token, no connection, a refusal), the reader gets no details.
    [LoggerMessage(Level = LogLevel.Warning, Message = "The FIU could not be asked for report {Reference}")]
    private partial void LogUnavailable(Exception exception, string reference);
}
