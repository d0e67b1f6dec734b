using System.Net;
using System.Net.Http.Headers;
using Concord.Contracts.Grpc.Agreements.V1;
using Concord.Testing;
using Grpc.Core;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Concord.Agreements.Tests.Integration;

/// <summary>The service as deployed: REST and gRPC on two Kestrel listeners, gRPC over HTTP/2 cleartext, with the demo seed.</summary>
public sealed class ListenerTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create("agreements_listener_test");
    private readonly int _restPort = FreePort.Next();
    private readonly int _grpcPort = FreePort.Next();
    private IdentityServerHost? Identity { get; set; }
    private TestVirtualHost _broker = null!;
    private WebApplicationFactory<AgreementsService>? Service { get; set; }

    public async Task InitializeAsync()
    {
        var identity = Identity = new IdentityServerHost();
        _broker = await TestVirtualHost.CreateAsync("agreements-listener");
        var service = new KestrelAgreementsFactory(new Dictionary<string, string>
        {
            ["ConnectionStrings:agreements"] = _database.ConnectionString,
            ["ConnectionStrings:rabbitmq"] = _broker.ConnectionString,
            ["Concord:Auth:Authority"] = identity.Issuer.ToString(),
            ["Concord:Auth:Audience"] = AgreementsService.Audience,
            ["Concord:Auth:RequireHttpsMetadata"] = "false",
            ["Concord:Agreements:SeedFile"] = SeededHost.DemoAgreements,
            ["Kestrel:Endpoints:Rest:Url"] = $"http://127.0.0.1:{_restPort}",
            ["Kestrel:Endpoints:Grpc:Url"] = $"http://127.0.0.1:{_grpcPort}",
            ["Kestrel:Endpoints:Grpc:Protocols"] = "Http2",
        });
        service.UseKestrel();
        service.StartServer();
        Service = service;
    }

    [Fact]
    public async Task Snapshot_OverTheGrpcListener_HoldsTheSeededAgreements_AndRestAnswersOnItsOwn()
    {
        var identity = Identity!;
        using var rest = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_restPort}/") };
        var ready = await Eventually.GetAsync(async () => (await rest.GetAsync(new Uri("health/ready", UriKind.Relative))).StatusCode,
            status => status == HttpStatusCode.OK, "the service is ready on its REST listener");
        rest.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            await identity.GetTokenAsync(Clients.Secretariat.Id, Clients.Secretariat.Secret, Clients.Secretariat.Scope));
        using var agreements = await rest.GetAsync(new Uri("api/v1/agreements", UriKind.Relative));

        using var channel = global::Grpc.Net.Client.GrpcChannel.ForAddress($"http://127.0.0.1:{_grpcPort}");
        var token = await identity.GetTokenAsync(Clients.GatewayReplica.Id, Clients.GatewayReplica.Secret, Clients.GatewayReplica.Scope);
        var snapshot = await new AgreementReplication.AgreementReplicationClient(channel)
            .GetSnapshotAsync(new GetSnapshotRequest(), new Metadata { { "Authorization", $"Bearer {token}" } });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (ready, agreements.StatusCode));
        Assert.Equal(["AGR-GB-JMLIT-2026", "AGR-GB-STAT-ALPHA", "AGR-GB-STAT-BETA"], snapshot.Agreements.Select(a => a.Code).Order(StringComparer.Ordinal));
        Assert.Equal(3, snapshot.Sequence);
        Assert.All(snapshot.Agreements, a => Assert.Equal(Contracts.Grpc.Agreements.V1.AgreementStatus.Active, a.Status));
    }

    public async Task DisposeAsync()
    {
        if (Service is not null)
        {
            await Service.DisposeAsync();
        }

        if (Identity is not null)
        {
            await Identity.DisposeAsync();
        }

        await _broker.DisposeAsync();
        await _database.DisposeAsync();
    }

    // Note: a subclass rather than WithWebHostBuilder, whose derived factory does not carry UseKestrel over.
    private sealed class KestrelAgreementsFactory(IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<AgreementsService>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
