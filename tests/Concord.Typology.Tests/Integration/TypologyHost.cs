using System.Net.Http.Headers;
using Concord.Contracts.Agreements;
using Concord.Contracts.Typologies;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;
using Concord.LegalBasis.Replication;
using Concord.ServiceDefaults.Outbox;
using Concord.Testing;
using Concord.Typology.Consumers;
using Concord.Typology.Endpoints;
using Concord.Typology.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit;

namespace Concord.Typology.Tests.Integration;

/// <summary>
/// The typology service hosted in-process against a PostgreSQL database and a RabbitMQ virtual host of its own, its
/// replica holding the demo's agreements; beside it a test bus that records every typology message it sends and
/// publishes what the gateway and the FIU service would.
/// </summary>
public sealed class TypologyHost : IAsyncLifetime
{
    public const string Fiu = TypologyAgreements.Fiu;
    public const string Analyst1 = "fiu-gb-analyst-1";
    public const string Analyst2 = "fiu-gb-analyst-2";

    private readonly TestDatabase _database = TestDatabase.Create("typology_test");
    private readonly AgreementSource _agreements = new(TypologyAgreements.Demo());
    private WebApplicationFactory<TypologyService>? _service;
    private TestVirtualHost? _broker;
    private TypologyBus? _bus;

    internal TypologyBus Bus => _bus ?? throw new InvalidOperationException("Not started.");

    public TestVirtualHost Broker => _broker ?? throw new InvalidOperationException("Not started.");

    /// <summary>The messages the service's own queues finished with, by message id.</summary>
    internal ReceiveCounter Consumed { get; } = new(TypologyAcknowledgedConsumer.Name, ReportScreenedConsumer.Name, ReportDecisionRecordedConsumer.Name);

    public async Task InitializeAsync()
    {
        _broker = await TestVirtualHost.CreateAsync("typology-test");
        // Note: the test bus first, so its queue is bound to the service's messages before the service can send any.
        _bus = await TypologyBus.StartAsync(_broker.ConnectionString);
        _service = new WebApplicationFactory<TypologyService>().WithWebHostBuilder(web => web
            .UseSetting("ConnectionStrings:typology", _database.ConnectionString)
            .UseSetting("ConnectionStrings:rabbitmq", _broker.ConnectionString)
            .UseSetting("Concord:Auth:Authority", TestTokens.Authority)
            .UseSetting("Concord:Auth:Audience", TestTokens.Audience)
            .UseSetting("Concord:Auth:RequireHttpsMetadata", "false")
            .UseSetting("Concord:Typology:OrganisationId", Fiu)
            .UseSettings(DemoAgreements.Settings("typology"))
            .ConfigureTestServices(services =>
            {
                TestTokens.Trust(services);
                services.RemoveAll<IAgreementSnapshotSource>();
                services.AddSingleton<IAgreementSnapshotSource>(_agreements);
                services.AddReceiveObserver(_ => Consumed);
            }));
        _service.StartServer();

        using var http = _service.CreateClient();
        await Eventually.AssertAsync(async () =>
        {
            using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
            return response.IsSuccessStatusCode;
        }, "the typology service is ready");
    }

    /// <summary>An FIU analyst's client (scope concord.typology), named by client id and subject.</summary>
    public HttpClient Analyst(string analyst = Analyst1) => Client(Fiu, "Fiu", analyst, TypologyScopes.Analyst);

    /// <summary>A partnership organisation's system reading what was sent to it (scope concord.typology.read).</summary>
    public HttpClient Recipient(string organisation, string kind = "Bank") => Client(organisation, kind, $"{organisation}-filing", TypologyScopes.Read);

    public HttpClient Client(string organisation, string kind, string? client, string scope)
    {
        var http = Service().CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Issue(organisation, kind, client, scope));
        return http;
    }

    /// <summary>Changes an agreement as the Agreements service's event would: in the source and in the service's replica.</summary>
    public void ChangeAgreement(AgreementTerms terms)
    {
        _agreements.Change(terms);
        Service().Services.GetRequiredService<AgreementReplicaHolder>().Update(replica => replica.With(terms, DateTimeOffset.UtcNow));
    }

    public async Task<T> QueryAsync<T>(Func<TypologyDbContext, Task<T>> query)
    {
        await using var scope = Service().Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TypologyDbContext>());
    }

    /// <summary>
    /// Returns once everything the service sent so far has reached the test bus: its outbox is empty (so every message
    /// is on the broker), and a sentinel published after that has arrived behind them (the observer takes one at a time).
    /// </summary>
    public async Task SettleAsync()
    {
        await Eventually.AssertAsync(async () => !await QueryAsync(db => db.Set<OutboxMessage>().AnyAsync()), "the typology service's outbox is empty");
        var sentinel = Guid.NewGuid();
        await Bus.Bus.Publish(new TypologyScreeningChanged { TypologyId = sentinel, Code = "SENTINEL", Version = 0, Withdrawn = true, Indicators = [], ChangedAt = DateTimeOffset.UtcNow });
        await Bus.WaitForAsync<TypologyScreeningChanged>(m => m.TypologyId == sentinel, "the sentinel arrived");
    }

    /// <summary>Publishes a message as another service's outbox does, and waits until the service's queue finished with it.</summary>
    internal async Task PublishAndWaitAsync<T>(T message)
        where T : class
    {
        var id = Guid.NewGuid();
        await Bus.Bus.Publish(message, context => context.MessageId = id);
        await Eventually.AssertAsync(() => Task.FromResult(Consumed.Completed(id) > 0), $"the service finished with {typeof(T).Name} {id}");
    }

    public async Task DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
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

    private WebApplicationFactory<TypologyService> Service() => _service ?? throw new InvalidOperationException("Not started.");

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
