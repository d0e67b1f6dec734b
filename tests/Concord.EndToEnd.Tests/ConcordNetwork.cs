using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Testing;
using Xunit;

namespace Concord.EndToEnd.Tests;

/// <summary>
/// The whole filing network as separate processes on loopback ports, each with its own database, sharing a
/// RabbitMQ virtual host of their own: Identity, Agreements, BankGateway, Fiu, Typology and Cases.
/// </summary>
public sealed class ConcordNetwork : IAsyncLifetime
{
    private readonly TestDatabase _identityDatabase = TestDatabase.Create("e2e_identity");
    private readonly TestDatabase _gatewayDatabase = TestDatabase.Create("e2e_gateway");
    private readonly TestDatabase _fiuDatabase = TestDatabase.Create("e2e_fiu");
    private readonly TestDatabase _agreementsDatabase = TestDatabase.Create("e2e_agreements");
    private readonly TestDatabase _typologyDatabase = TestDatabase.Create("e2e_typology");
    private readonly TestDatabase _casesDatabase = TestDatabase.Create("e2e_cases");
    private readonly string _keyDirectory = Directory.CreateTempSubdirectory("concord-e2e-keys-").FullName;
    private TestVirtualHost? _broker;

    public Uri IdentityAddress { get; } = Loopback(FreePort.Next());

    public Uri GatewayAddress { get; } = Loopback(FreePort.Next());

    public Uri GatewayGrpcAddress { get; } = Loopback(FreePort.Next());

    public Uri FiuAddress { get; } = Loopback(FreePort.Next());

    public Uri FiuGrpcAddress { get; } = Loopback(FreePort.Next());

    public Uri TypologyAddress { get; } = Loopback(FreePort.Next());

    public Uri CasesAddress { get; } = Loopback(FreePort.Next());

    public Uri AgreementsAddress { get; } = Loopback(FreePort.Next());

    public Uri AgreementsGrpcAddress { get; } = Loopback(FreePort.Next());

    public ServiceProcess Agreements { get; private set; } = null!;

    public ServiceProcess Identity { get; private set; } = null!;

    public ServiceProcess Gateway { get; private set; } = null!;

    public ServiceProcess Fiu { get; private set; } = null!;

    public ServiceProcess Typology { get; private set; } = null!;

    public ServiceProcess Cases { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _broker = await TestVirtualHost.CreateAsync("e2e");
        Identity = new ServiceProcess("Identity", new Uri(IdentityAddress, "health/ready"), new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = Trim(IdentityAddress),
            ["ConnectionStrings__identity"] = _identityDatabase.ConnectionString,
            ["Concord__Identity__Issuer"] = IdentityAddress.ToString(),
            ["Concord__Identity__KeyDirectory"] = _keyDirectory,
            ["Concord__Identity__RequireHttps"] = "false",
            ["Concord__Identity__SeedFile"] = RepositoryPaths.DemoSeed,
        });
        Agreements = new ServiceProcess("Agreements", new Uri(AgreementsAddress, "health/ready"), new Dictionary<string, string>
        {
            ["Kestrel__Endpoints__Rest__Url"] = Trim(AgreementsAddress),
            ["Kestrel__Endpoints__Grpc__Url"] = Trim(AgreementsGrpcAddress),
            ["Kestrel__Endpoints__Grpc__Protocols"] = "Http2",
            ["ConnectionStrings__agreements"] = _agreementsDatabase.ConnectionString,
            ["ConnectionStrings__rabbitmq"] = _broker.ConnectionString,
            ["Concord__Auth__Authority"] = IdentityAddress.ToString(),
            ["Concord__Auth__Audience"] = "concord-agreements",
            ["Concord__Auth__RequireHttpsMetadata"] = "false",
            ["Concord__Agreements__SeedFile"] = RepositoryPaths.DemoAgreements,
            ["Concord__Agreements__HeartbeatInterval"] = "00:00:05",
        });
        Gateway = new ServiceProcess("BankGateway", new Uri(GatewayAddress, "health/ready"), new Dictionary<string, string>
        {
            ["Kestrel__Endpoints__Rest__Url"] = Trim(GatewayAddress),
            ["Kestrel__Endpoints__Grpc__Url"] = Trim(GatewayGrpcAddress),
            ["Kestrel__Endpoints__Grpc__Protocols"] = "Http2",
            ["ConnectionStrings__bankgateway"] = _gatewayDatabase.ConnectionString,
            ["ConnectionStrings__rabbitmq"] = _broker.ConnectionString,
            ["Concord__Auth__Authority"] = IdentityAddress.ToString(),
            ["Concord__Auth__Audience"] = "concord-bank-gateway",
            ["Concord__Auth__RequireHttpsMetadata"] = "false",
            ["Concord__BankGateway__Fiu"] = "fiu-gb",
            ["Concord__LegalBasis__Organisations__0"] = "bank-alpha",
            ["Concord__LegalBasis__Organisations__1"] = "bank-beta",
            ["Concord__LegalBasis__Organisations__2"] = "bank-gamma",
            ["Concord__Audit__Service"] = "bankgateway",
            ["Concord__Agreements__Address"] = Trim(AgreementsGrpcAddress),
            ["Concord__Agreements__ClientId"] = "bank-gateway-service",
            ["Concord__Agreements__ClientSecret"] = "demo-bank-gateway-service-secret",
            ["Concord__Agreements__RequireHttps"] = "false",
            // Note: a report held while its agreement is suspended is tried again within seconds once it is back.
            ["Concord__Outbox__MaxDeferral"] = "00:00:03",
        });
        Fiu = new ServiceProcess("Fiu", new Uri(FiuAddress, "health/ready"), new Dictionary<string, string>
        {
            ["Kestrel__Endpoints__Rest__Url"] = Trim(FiuAddress),
            ["Kestrel__Endpoints__Grpc__Url"] = Trim(FiuGrpcAddress),
            ["Kestrel__Endpoints__Grpc__Protocols"] = "Http2",
            ["ConnectionStrings__fiu"] = _fiuDatabase.ConnectionString,
            ["ConnectionStrings__rabbitmq"] = _broker.ConnectionString,
            ["Concord__Auth__Authority"] = IdentityAddress.ToString(),
            ["Concord__Auth__Audience"] = "concord-fiu",
            ["Concord__Auth__RequireHttpsMetadata"] = "false",
            ["Concord__Fiu__OrganisationId"] = "fiu-gb",
            ["Concord__LegalBasis__Organisation"] = "fiu-gb",
            ["Concord__Audit__Service"] = "fiu",
            ["Concord__Agreements__Address"] = Trim(AgreementsGrpcAddress),
            ["Concord__Agreements__ClientId"] = "fiu-gb-service",
            ["Concord__Agreements__ClientSecret"] = "demo-fiu-gb-service-secret",
            ["Concord__Agreements__RequireHttps"] = "false",
            ["Concord__Outbox__MaxDeferral"] = "00:00:03",
        });

        Typology = new ServiceProcess("Typology", new Uri(TypologyAddress, "health/ready"), new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = Trim(TypologyAddress),
            ["ConnectionStrings__typology"] = _typologyDatabase.ConnectionString,
            ["ConnectionStrings__rabbitmq"] = _broker.ConnectionString,
            ["Concord__Auth__Authority"] = IdentityAddress.ToString(),
            ["Concord__Auth__Audience"] = "concord-typology",
            ["Concord__Auth__RequireHttpsMetadata"] = "false",
            ["Concord__Typology__OrganisationId"] = "fiu-gb",
            ["Concord__LegalBasis__Organisation"] = "fiu-gb",
            ["Concord__Audit__Service"] = "typology",
            ["Concord__Agreements__Address"] = Trim(AgreementsGrpcAddress),
            ["Concord__Agreements__ClientId"] = "fiu-gb-typology-service",
            ["Concord__Agreements__ClientSecret"] = "demo-fiu-gb-typology-service-secret",
            ["Concord__Agreements__RequireHttps"] = "false",
            ["Concord__Outbox__MaxDeferral"] = "00:00:03",
        });

        Cases = new ServiceProcess("Cases", new Uri(CasesAddress, "health/ready"), new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = Trim(CasesAddress),
            ["ConnectionStrings__cases"] = _casesDatabase.ConnectionString,
            ["ConnectionStrings__rabbitmq"] = _broker.ConnectionString,
            ["Concord__Auth__Authority"] = IdentityAddress.ToString(),
            ["Concord__Auth__Audience"] = "concord-cases",
            ["Concord__Auth__RequireHttpsMetadata"] = "false",
            ["Concord__LegalBasis__Organisations__0"] = "police-ecu",
            ["Concord__LegalBasis__Organisations__1"] = "cps-demo",
            ["Concord__LegalBasis__Organisations__2"] = "fiu-gb",
            ["Concord__LegalBasis__Organisations__3"] = "bank-alpha",
            ["Concord__Audit__Service"] = "cases",
            ["Concord__Agreements__Address"] = Trim(AgreementsGrpcAddress),
            ["Concord__Agreements__ClientId"] = "cases-service",
            ["Concord__Agreements__ClientSecret"] = "demo-cases-service-secret",
            ["Concord__Agreements__RequireHttps"] = "false",
            ["Concord__Cases__FiuAddress"] = Trim(FiuGrpcAddress),
            ["Concord__Outbox__MaxDeferral"] = "00:00:03",
        });

        await Identity.StartAsync();
        await Agreements.StartAsync();
        await Task.WhenAll(Gateway.StartAsync(), Fiu.StartAsync(), Typology.StartAsync(), Cases.StartAsync());
    }

    public async Task<HttpClient> ClientAsync(Uri service, (string Id, string Secret, string Scope) client)
    {
        using var identity = new HttpClient { BaseAddress = IdentityAddress };
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = client.Id,
            ["client_secret"] = client.Secret,
            ["scope"] = client.Scope,
        });
        using var response = await identity.PostAsync(new Uri("connect/token", UriKind.Relative), form);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        var http = new HttpClient { BaseAddress = service };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    public async Task DisposeAsync()
    {
        await Cases.DisposeAsync();
        await Typology.DisposeAsync();
        await Fiu.DisposeAsync();
        await Gateway.DisposeAsync();
        await Agreements.DisposeAsync();
        await Identity.DisposeAsync();
        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }

        await _casesDatabase.DisposeAsync();
        await _typologyDatabase.DisposeAsync();
        await _fiuDatabase.DisposeAsync();
        await _agreementsDatabase.DisposeAsync();
        await _gatewayDatabase.DisposeAsync();
        await _identityDatabase.DisposeAsync();
        Directory.Delete(_keyDirectory, recursive: true);
    }

    private static Uri Loopback(int port) => new($"http://127.0.0.1:{port}/");

    private static string Trim(Uri address) => address.ToString().TrimEnd('/');
}
