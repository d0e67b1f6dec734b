using System.Collections.Concurrent;
using Concord.Contracts.Grpc.Fiu.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Cases.Tests.Integration;

/// <summary>
/// A stand-in for the FIU's CaseReports service (another service, written elsewhere), hosted in-process on a test
/// server, following the proto's rules: it answers only a caller presenting <see cref="Token"/>, only for a report it
/// disseminated under the named agreement, and only to the filing bank or a law-enforcement reader; anything else is
/// NOT_FOUND. It records every request it receives. <see cref="Down"/> makes it answer UNAVAILABLE.
/// </summary>
public sealed class FiuDouble : IAsyncDisposable
{
    public const string Token = "cases-service-token-for-concord-fiu";

    private readonly ConcurrentDictionary<string, (Guid Agreement, string Bank)> _reports = new(StringComparer.Ordinal);
    private readonly WebApplication _app;

    private FiuDouble()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(this);
        _app = builder.Build();
        _app.MapGrpcService<Service>();
    }

    public ConcurrentQueue<GetCaseReportRequest> Requests { get; } = new();

    public bool Down { get; set; }

    public static async Task<FiuDouble> StartAsync()
    {
        var fiu = new FiuDouble();
        await fiu._app.StartAsync();
        return fiu;
    }

    public HttpMessageHandler CreateHandler() => _app.GetTestServer().CreateHandler();

    /// <summary>The FIU disseminated <paramref name="reference"/>, filed by <paramref name="bank"/>, under <paramref name="agreement"/>.</summary>
    public void Knows(string reference, string bank, Guid agreement) => _reports[reference] = (agreement, bank);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private sealed class Service(FiuDouble fiu) : CaseReports.CaseReportsBase
    {
        public override Task<CaseReport> GetCaseReport(GetCaseReportRequest request, ServerCallContext context)
        {
            fiu.Requests.Enqueue(request);
            if (fiu.Down)
            {
                throw new RpcException(new Status(StatusCode.Unavailable, "The FIU is down."));
            }

            if (context.RequestHeaders.GetValue("authorization") != $"Bearer {Token}")
            {
                throw new RpcException(new Status(StatusCode.Unauthenticated, "No valid token."));
            }

            if (!fiu._reports.TryGetValue(request.ConcordReference, out var report) || report.Agreement.ToString() != request.AgreementId
                || !(request.ReaderOrganisationId == report.Bank || request.ReaderOrganisationId == TaskForceAgreement.Police))
            {
                throw new RpcException(new Status(StatusCode.NotFound, "No such report."));
            }

            return Task.FromResult(new CaseReport
            {
                ConcordReference = request.ConcordReference, FiuReference = "FIU-2026-0000000001", BankOrganisationId = report.Bank,
                FiledAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(-3)),
                ReportJson = $$"""{"reference":"{{request.ConcordReference}}","narrative":"Structured cash deposits."}""", Marking = "AMBER",
                RetainUntil = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(2000)), DisseminationReferences = { "DIS-2026-0000000001" },
            });
        }
    }
}
