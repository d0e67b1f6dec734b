using Concord.BankGateway.Grpc;
using Concord.Contracts.Grpc.Filing.V1;
using Concord.Testing;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Concord.BankGateway.Tests.Integration;

public sealed class GrpcFilingTests(GatewayNetwork network) : IClassFixture<GatewayNetwork>
{
    private async Task<(FilingService.FilingServiceClient Client, Metadata Headers)> ClientAsync((string Id, string Secret, string Scope) demo)
    {
        var token = await network.Identity.GetTokenAsync(demo.Id, demo.Secret, demo.Scope);
        return (new FilingService.FilingServiceClient(network.GrpcChannel()), new Metadata { { "Authorization", $"Bearer {token}" } });
    }

    private static Report Report(string bankReference, string bank = "bank-alpha") =>
        ReportProtoMapper.ToProto(SampleReports.Structuring(bank, bankReference));

    [Fact]
    public async Task FileReports_WhenStreamCrossesChunks_FilesEveryValidReportAndExplainsTheInvalidOnes()
    {
        var (client, headers) = await ClientAsync(DemoClients.BankAlpha);
        var prefix = $"GS-{Guid.NewGuid():N}"[..14];
        const int count = FilingGrpcService.ChunkSize + 60;

        using var call = client.FileReports(headers);
        for (var i = 0; i < count; i++)
        {
            var report = Report($"{prefix}-{i}");
            if (i == 3)
            {
                report.Transactions[0].Amount = "ten pounds";
            }

            if (i == FilingGrpcService.ChunkSize + 1)
            {
                report.Narrative = string.Empty;
            }

            await call.RequestStream.WriteAsync(new FileReportRequest { Report = report });
        }

        await call.RequestStream.WriteAsync(new FileReportRequest { Report = Report($"{prefix}-0") });
        await call.RequestStream.CompleteAsync();
        var summary = await call;

        Assert.Equal(count - 2, summary.Accepted);
        Assert.Equal(2, summary.Invalid);
        Assert.Equal(1, summary.Duplicates);
        Assert.Equal(count + 1, summary.Results.Count);
        Assert.Equal(Enumerable.Range(0, count + 1), summary.Results.Select(r => r.Index));
        Assert.Equal("transactions[0].amount", summary.Results[3].Errors[0].Path);
        Assert.Equal("narrative", summary.Results[FilingGrpcService.ChunkSize + 1].Errors[0].Path);
        Assert.Equal(summary.Results[0].ConcordReference, summary.Results[count].ConcordReference);
        Assert.Equal(count - 2, await network.QueryAsync(db => db.Reports.CountAsync(r => r.BankReference.StartsWith(prefix))));
    }

    [Fact]
    public async Task GetReportStatus_WhenAnotherBankAsks_ReturnsNotFound()
    {
        var (alpha, alphaHeaders) = await ClientAsync(DemoClients.BankAlpha);
        var (beta, betaHeaders) = await ClientAsync(DemoClients.BankBeta);
        var filed = await alpha.FileReportAsync(new FileReportRequest { Report = Report($"GX-{Guid.NewGuid():N}"[..30]) }, alphaHeaders);
        Assert.Equal(FilingOutcome.Accepted, filed.Outcome);

        var own = await alpha.GetReportStatusAsync(new GetReportStatusRequest { ConcordReference = filed.ConcordReference }, alphaHeaders);
        var foreign = await Assert.ThrowsAsync<RpcException>(async () =>
            await beta.GetReportStatusAsync(new GetReportStatusRequest { ConcordReference = filed.ConcordReference }, betaHeaders));

        Assert.Equal("Received", own.Status);
        Assert.Equal(StatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task FileReport_WhenNoToken_IsUnauthenticated()
    {
        var client = new FilingService.FilingServiceClient(network.GrpcChannel());
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.FileReportAsync(new FileReportRequest { Report = Report("GN-1") }));
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task FileReport_WhenFilingAsAnotherBank_IsInvalidAndNotStored()
    {
        var (alpha, headers) = await ClientAsync(DemoClients.BankAlpha);
        var reference = $"GB-{Guid.NewGuid():N}"[..30];

        var result = await alpha.FileReportAsync(new FileReportRequest { Report = Report(reference, "bank-beta") }, headers);

        Assert.Equal(FilingOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Errors, e => e.Code == "NotYourOrganisation");
        Assert.Equal(0, await network.QueryAsync(db => db.Reports.CountAsync(r => r.BankReference == reference)));
    }
}
