using System.Net.Http.Headers;
using Concord.Agreements.Consumers;
using Concord.Agreements.Persistence;
using Concord.Testing;
using Grpc.Net.Client;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;

namespace Concord.Agreements.Tests.Integration;

/// <summary>
/// The Agreements service in-process against the real identity server (loopback), a PostgreSQL database and a
/// RabbitMQ virtual host of its own, with a test bus that sees what it publishes. Subclasses change its settings.
/// </summary>
public class AgreementsHost : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create("agreements_test");
    private readonly Dictionary<string, string> _tokens = [];
    private WebApplicationFactory<AgreementsService>? _service;

    public IdentityServerHost Identity { get; private set; } = null!;

    public TestVirtualHost Broker { get; private set; } = null!;

    public AgreementEvents Events { get; private set; } = null!;

    /// <summary>The service's clock: the real time unless a test moves it forward.</summary>
    public ShiftedClock Clock { get; } = new();

    /// <summary>
    /// The checkpoints and consent requests the service has finished with, by message id. Note: one counter for both
    /// queues, since MassTransit keeps one receive observer per type.
    /// </summary>
    public ReceiveCounter Consumed { get; } = new(AuditCheckpointConsumer.Name, ConsentRequestConsumer.Name);

    public WebApplicationFactory<AgreementsService> Service => _service ?? throw new InvalidOperationException("Not started.");

    public string DatabaseConnectionString => _database.ConnectionString;

    public async Task InitializeAsync()
    {
        Identity = new IdentityServerHost();
        Broker = await TestVirtualHost.CreateAsync("agreements-test");
        // Note: the test bus first, so its queue is bound to the service's events before the service publishes any.
        Events = await AgreementEvents.StartAsync(Broker.ConnectionString);
        _service = new WebApplicationFactory<AgreementsService>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:agreements", _database.ConnectionString)
                .UseSetting("ConnectionStrings:rabbitmq", Broker.ConnectionString)
                .UseSetting("Concord:Auth:Authority", Identity.Issuer.ToString())
                .UseSetting("Concord:Auth:Audience", AgreementsService.Audience)
                .UseSetting("Concord:Auth:RequireHttpsMetadata", "false")
                .UseSetting("Concord:Outbox:PollInterval", "00:00:00.200")
                .ConfigureTestServices(services =>
                {
                    services.AddSingleton<TimeProvider>(Clock);
                    services.AddReceiveObserver(_ => Consumed);
                });
            foreach (var (key, value) in Settings())
            {
                web.UseSetting(key, value);
            }
        });
        _service.StartServer();

        using var http = _service.CreateClient();
        await Eventually.AssertAsync(async () =>
        {
            using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
            return response.IsSuccessStatusCode;
        }, "the Agreements service is ready (database and broker)");
    }

    /// <summary>Settings on top of the common ones.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings() => new Dictionary<string, string>
    {
        // Note: long intervals, so that only the tests' own calls expire or publish.
        ["Concord:Agreements:ExpiryInterval"] = "01:00:00",
        ["Concord:Agreements:HeartbeatInterval"] = "01:00:00",
        ["Concord:Audit:CheckpointInterval"] = "01:00:00",
    };

    public async Task<string> TokenAsync((string Id, string Secret, string Scope) client)
    {
        var key = $"{client.Id} {client.Scope}";
        if (!_tokens.TryGetValue(key, out var token))
        {
            token = await Identity.GetTokenAsync(client.Id, client.Secret, client.Scope);
            lock (_tokens)
            {
                _tokens[key] = token;
            }
        }

        return token;
    }

    public async Task<HttpClient> ClientAsync((string Id, string Secret, string Scope) client)
    {
        var http = Service.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(client));
        return http;
    }

    public GrpcChannel GrpcChannel() => global::Grpc.Net.Client.GrpcChannel.ForAddress(Service.Server.BaseAddress, new GrpcChannelOptions
    {
        HttpHandler = Service.Server.CreateHandler(),
    });

    /// <summary>Runs a query against the service's own database, as an inspection from outside the API.</summary>
    public async Task<T> QueryAsync<T>(Func<AgreementsDbContext, Task<T>> query)
    {
        await using var scope = Service.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AgreementsDbContext>());
    }

    public async Task<T> WithServiceAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Service.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async Task<NpgsqlConnection> OpenDatabaseAsync()
    {
        var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public Task<long> CurrentSequenceAsync() => QueryAsync(ChangeSequenceReader);

    public async Task DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }

        if (Events is not null)
        {
            await Events.DisposeAsync();
        }

        await Identity.DisposeAsync();
        await Broker.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static Task<long> ChangeSequenceReader(AgreementsDbContext db) => ChangeSequence.CurrentAsync(db, CancellationToken.None);
}
