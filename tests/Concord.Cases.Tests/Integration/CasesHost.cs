using System.Net.Http.Headers;
using Concord.Cases.Persistence;
using Concord.Contracts.Agreements;
using Concord.LegalBasis.Enforcement;
using Concord.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Concord.Cases.Tests.Integration;

/// <summary>
/// The cases service hosted in-process against a PostgreSQL database and a RabbitMQ virtual host of its own, its replica
/// holding the demo task force's agreement; callers are people of the partnership's organisations with test tokens.
/// </summary>
public class CasesHost : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create("cases_test");
    private readonly AgreementTerms[] _agreements;
    private WebApplicationFactory<CasesService>? _service;
    private TestVirtualHost? _broker;

    public CasesHost()
        : this(CaseAgreements.Demo())
    {
    }

    protected CasesHost(AgreementTerms[] agreements) => _agreements = agreements;

    /// <summary>The broker URI of the host's own virtual host, for a test's own bus.</summary>
    public string BrokerConnectionString => _broker?.ConnectionString ?? throw new InvalidOperationException("Not started.");

    public virtual async Task InitializeAsync()
    {
        _broker = await TestVirtualHost.CreateAsync("cases-test");
        _service = new WebApplicationFactory<CasesService>().WithWebHostBuilder(web => web
            .UseSetting("ConnectionStrings:cases", _database.ConnectionString)
            .UseSetting("ConnectionStrings:rabbitmq", _broker.ConnectionString)
            .UseSetting("Concord:Auth:Authority", TestTokens.Authority)
            .UseSetting("Concord:Auth:Audience", TestTokens.Audience)
            .UseSetting("Concord:Auth:RequireHttpsMetadata", "false")
            .UseSetting("Concord:LegalBasis:Organisations:0", "police-ecu")
            .UseSetting("Concord:LegalBasis:Organisations:1", "cps-demo")
            .UseSetting("Concord:Cases:FiuAddress", "http://127.0.0.1:9")
            .UseSettings(DemoAgreements.Settings("cases"))
            .ConfigureTestServices(services =>
            {
                TestTokens.Trust(services);
                services.ServeDemoAgreements(_agreements);
                ConfigureServices(services);
            }));
        _service.StartServer();

        using var http = _service.CreateClient();
        await Eventually.AssertAsync(async () =>
        {
            using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
            return response.IsSuccessStatusCode;
        }, "the cases service is ready");
    }

    /// <summary>Replaces services of the cases service for a host's tests (after the defaults of every test host).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>A person (the token's subject) of <paramref name="organisation"/> with the scope concord.cases.</summary>
    public HttpClient Person(string person, string organisation, string kind = "LawEnforcement", string scope = "concord.cases")
    {
        var http = Service().CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Issue(organisation, kind, person, scope));
        return http;
    }

    /// <summary>Changes an agreement in the service's replica, as the Agreements service's event would.</summary>
    public void ChangeAgreement(AgreementTerms terms) =>
        Service().Services.GetRequiredService<AgreementReplicaHolder>().Update(replica => replica.With(terms, DateTimeOffset.UtcNow));

    public async Task<T> QueryAsync<T>(Func<CasesDbContext, Task<T>> query)
    {
        await using var scope = Service().Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CasesDbContext>());
    }

    public virtual async Task DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }

        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    protected WebApplicationFactory<CasesService> Service() => _service ?? throw new InvalidOperationException("Not started.");
}
