using System.Net.Http.Headers;
using Concord.Contracts.Agreements;
using Concord.Contracts.Filing;
using Concord.Fiu.Consumers;
using Concord.Fiu.Persistence;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;
using Concord.LegalBasis.Replication;
using Concord.ServiceDefaults.Outbox;
using Concord.Testing;
using Grpc.Net.Client;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit;

namespace Concord.Fiu.Tests.Integration;

/// <summary>
/// The FIU hosted in-process against a PostgreSQL database and a RabbitMQ virtual host of its own, with a
/// separate test bus on the same virtual host that publishes as the gateway would and records the FIU's answers.
/// </summary>
public sealed class FiuHost : IAsyncLifetime
{
    public const string OrganisationId = "fiu-gb";

    private readonly TestDatabase _database = TestDatabase.Create("fiu_test");
    private WebApplicationFactory<FiuService>? _fiu;
    private TestVirtualHost? _broker;
    private TestBus? _bus;

    /// <summary>An FIU whose replica holds the demo's statutory agreements.</summary>
    public FiuHost()
        : this([])
    {
    }

    /// <summary>An FIU whose replica holds <paramref name="agreements"/> (the demo's statutory agreements when empty).</summary>
    internal FiuHost(AgreementTerms[] agreements) =>
        Agreements = new(agreements.Length > 0 ? agreements : [DemoAgreements.Statutory("bank-alpha"), DemoAgreements.Statutory("bank-beta")]);

    public TestBus Bus => _bus ?? throw new InvalidOperationException("Not started.");

    public TestVirtualHost Broker => _broker ?? throw new InvalidOperationException("Not started.");

    public IServiceProvider Services => Fiu().Services;

    /// <summary>
    /// The filings and the banks' answers to requests the FIU has finished with, by message id. Note: one counter for
    /// every queue, because MassTransit keeps one receive observer registration per implementation type.
    /// </summary>
    internal ReceiveCounter Intake { get; } = new(ReportIntakeConsumer.Name, InformationRequestAnsweredConsumer.Name, TypologyScreeningChangedConsumer.Name, CaseOutcomeReportedConsumer.Name);

    /// <summary>The agreements the FIU's replica is fetched from: the demo's statutory ones, which a test may change.</summary>
    private AgreementSource Agreements { get; }

    public async Task InitializeAsync()
    {
        _broker = await TestVirtualHost.CreateAsync("fiu-test");
        // Note: the test bus first, so its queue is bound to the FIU's answers before the FIU can send any.
        _bus = await TestBus.StartAsync(_broker.ConnectionString);
        _fiu = new WebApplicationFactory<FiuService>().WithWebHostBuilder(web => web
            .UseSetting("ConnectionStrings:fiu", _database.ConnectionString)
            .UseSetting("ConnectionStrings:rabbitmq", _broker.ConnectionString)
            .UseSetting("Concord:Auth:Authority", TestTokens.Authority)
            .UseSetting("Concord:Auth:Audience", TestTokens.Audience)
            .UseSetting("Concord:Auth:RequireHttpsMetadata", "false")
            .UseSetting("Concord:Fiu:OrganisationId", OrganisationId)
            .UseSetting("Concord:LegalBasis:Organisation", OrganisationId)
            .UseSettings(DemoAgreements.Settings("fiu"))
            .ConfigureTestServices(services =>
            {
                TestTokens.Trust(services);
                services.RemoveAll<IAgreementSnapshotSource>();
                services.AddSingleton<IAgreementSnapshotSource>(Agreements);
                services.AddReceiveObserver(_ => Intake);
            }));
        _fiu.StartServer();

        // Ready means migrated and the intake queue bound: a report published after this is not lost.
        using var http = _fiu.CreateClient();
        await Eventually.AssertAsync(async () =>
        {
            using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
            return response.IsSuccessStatusCode;
        }, "the FIU is ready");
    }

    /// <summary>
    /// Changes an agreement as the Agreements service's event would: in the source the replica is fetched from, and at
    /// once in the FIU's replica.
    /// </summary>
    public void ChangeAgreement(AgreementTerms terms)
    {
        Agreements.Change(terms);
        Services.GetRequiredService<AgreementReplicaHolder>().Update(replica => replica.With(terms, DateTimeOffset.UtcNow));
    }

    /// <summary>Publishes a filing as the gateway's outbox does: with a message id fixed by the sender.</summary>
    public Task PublishAsync(SuspiciousActivityReported message, Guid messageId) =>
        Bus.Bus.Publish(message, context => context.MessageId = messageId);

    public HttpClient ClientFor(string organisationId, string organisationKind = "Fiu", string audience = TestTokens.Audience, string? scope = null)
    {
        var http = Fiu().CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Issue(organisationId, organisationKind, audience, scope: scope));
        return http;
    }

    public HttpClient AnonymousClient() => Fiu().CreateClient();

    /// <summary>A gRPC channel to the FIU's test server; callers put their bearer token in each call's headers.</summary>
    public GrpcChannel Channel() =>
        GrpcChannel.ForAddress(Fiu().Server.BaseAddress, new GrpcChannelOptions { HttpHandler = Fiu().Server.CreateHandler(), DisposeHttpClient = true });

    /// <summary>Runs a query against the FIU's own database, as an inspection from outside the service.</summary>
    public async Task<T> QueryAsync<T>(Func<FiuDbContext, Task<T>> query)
    {
        await using var scope = Fiu().Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<FiuDbContext>());
    }

    public Task<int> RowsAsync(Guid reportId) => QueryAsync(db => db.Reports.CountAsync(r => r.Id == reportId));

    public int Answers(Guid reportId) =>
        Bus.Received<ReportAcknowledged>().Count(a => a.ReportId == reportId) + Bus.Received<ReportRejected>().Count(r => r.ReportId == reportId);

    /// <summary>
    /// Returns once everything the FIU sent so far has reached the test bus: its outbox is empty (so any answer is
    /// on the broker), and an answer to a report filed after that has arrived behind it.
    /// </summary>
    public async Task SettleAsync()
    {
        await Eventually.AssertAsync(async () => !await QueryAsync(db => db.Set<OutboxMessage>().AnyAsync()), "the FIU's outbox is empty");
        var sentinel = Reports.Filed();
        await PublishAsync(sentinel, Guid.NewGuid());
        await Bus.WaitForAsync<ReportAcknowledged>(a => a.ReportId == sentinel.ReportId, "the sentinel report is acknowledged");
    }

    public async Task DisposeAsync()
    {
        if (_fiu is not null)
        {
            await _fiu.DisposeAsync();
        }

        if (_bus is not null)
        {
            await _bus.DisposeAsync();
        }

        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    private WebApplicationFactory<FiuService> Fiu() => _fiu ?? throw new InvalidOperationException("Not started.");

    /// <summary>A snapshot source whose agreements a test may change; always current as of the moment asked.</summary>
    private sealed class AgreementSource(IEnumerable<AgreementTerms> agreements) : IAgreementSnapshotSource
    {
        private readonly Dictionary<Guid, AgreementTerms> _agreements = agreements.ToDictionary(a => a.AgreementId);

        public void Change(AgreementTerms terms)
        {
            lock (_agreements)
            {
                _agreements[terms.AgreementId] = terms;
            }
        }

        public Task<AgreementReplica> FetchAsync(CancellationToken cancellationToken)
        {
            lock (_agreements)
            {
                return Task.FromResult(new AgreementReplica([.. _agreements.Values], [], DateTimeOffset.UtcNow, 1));
            }
        }
    }
}
