using System.Net.Http.Headers;
using Concord.BankGateway.Consumers;
using Concord.BankGateway.Persistence;
using Concord.Contracts.Agreements;
using Concord.Testing;
using Grpc.Net.Client;
using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Concord.BankGateway.Tests.Integration;

/// <summary>
/// The bank gateway hosted in-process against the real identity server (loopback), a PostgreSQL database and a
/// RabbitMQ virtual host of its own. Tests drive it over HTTP and gRPC with real tokens.
/// </summary>
public sealed class GatewayNetwork : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create("gateway_test");
    private readonly AgreementTerms[] _agreements;
    private WebApplicationFactory<BankGatewayService>? _gateway;

    /// <summary>A gateway whose replica holds the demo's statutory agreements.</summary>
    public GatewayNetwork()
        : this([])
    {
    }

    /// <summary>A gateway whose replica holds <paramref name="agreements"/> (the demo's statutory agreements when empty).</summary>
    internal GatewayNetwork(AgreementTerms[] agreements) => _agreements = agreements;

    public IdentityServerHost Identity { get; private set; } = null!;

    public TestVirtualHost Broker { get; private set; } = null!;

    /// <summary>
    /// The FIU decisions, requests, withdrawals, feedback, typologies, production requests and case outcomes the gateway has finished with, by message id. Note: one
    /// counter for every queue, because MassTransit keeps one receive observer registration per implementation type.
    /// </summary>
    public ReceiveCounter Decisions { get; } = new(
        ReportAcknowledgedConsumer.Name, ReportRejectedConsumer.Name,
        InformationRequestedConsumer.Name, InformationRequestWithdrawnConsumer.Name, ReportFeedbackGivenConsumer.Name,
        TypologyPublishedConsumer.Name, TypologySupersededConsumer.Name, TypologyWithdrawnConsumer.Name,
        ProductionRequestedConsumer.Name, CaseOutcomeSharedWithBankConsumer.Name);

    public WebApplicationFactory<BankGatewayService> Gateway => _gateway ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        Identity = new IdentityServerHost();
        Broker = await TestVirtualHost.CreateAsync("gateway-test");
        _gateway = new WebApplicationFactory<BankGatewayService>().WithWebHostBuilder(web => web
            .UseSetting("ConnectionStrings:bankgateway", _database.ConnectionString)
            .UseSetting("ConnectionStrings:rabbitmq", Broker.ConnectionString)
            .UseSetting("Concord:Auth:Authority", Identity.Issuer.ToString())
            .UseSetting("Concord:Auth:Audience", BankGatewayService.Audience)
            .UseSetting("Concord:Auth:RequireHttpsMetadata", "false")
            .UseSetting("Concord:Outbox:RetryDelay", "00:00:00.500")
            .UseSetting("Concord:Outbox:StalledAfter", "00:00:01")
            .UseSetting("Concord:Outbox:MaxDeferral", "00:00:01")
            .UseSetting("Concord:BankGateway:Fiu", DemoAgreements.Fiu)
            .UseSetting("Concord:LegalBasis:Organisations:0", "bank-alpha")
            .UseSetting("Concord:LegalBasis:Organisations:1", "bank-beta")
            .UseSettings(DemoAgreements.Settings("bankgateway"))
            .ConfigureTestServices(services => services.AddReceiveObserver(_ => Decisions).ServeDemoAgreements(_agreements)));
        _gateway.StartServer();
    }

    public async Task<HttpClient> ClientForAsync((string Id, string Secret, string Scope) client)
    {
        var http = Gateway.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Identity.GetTokenAsync(client.Id, client.Secret, client.Scope));
        return http;
    }

    public GrpcChannel GrpcChannel() => global::Grpc.Net.Client.GrpcChannel.ForAddress(Gateway.Server.BaseAddress, new GrpcChannelOptions
    {
        HttpHandler = Gateway.Server.CreateHandler(),
    });

    /// <summary>Runs a query against the gateway's own database, as an inspection from outside the API.</summary>
    public async Task<T> QueryAsync<T>(Func<GatewayDbContext, Task<T>> query)
    {
        await using var scope = Gateway.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<GatewayDbContext>());
    }

    public async Task DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        await Identity.DisposeAsync();
        await Broker.DisposeAsync();
        await _database.DisposeAsync();
    }
}
