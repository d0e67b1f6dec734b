using Concord.LegalBasis.Enforcement;
using Concord.LegalBasis.Tests.Audit;
using Concord.LegalBasis.Tests.Decisions;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Concord.LegalBasis.Tests;

/// <summary>
/// An in-process ASP.NET Core host, as a service using the layer has it: the audit chain in a real PostgreSQL
/// database, the legal-basis layer with its enforcement points, gRPC, and callers authenticated by organisation.
/// </summary>
internal sealed class EnforcementTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EnforcementTestHost(WebApplication app, AuditDatabase database)
    {
        _app = app;
        Database = database;
    }

    public AuditDatabase Database { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<EnforcementTestHost> StartAsync(Action<IServiceCollection> services, Action<WebApplication> map)
    {
        var database = await AuditDatabase.CreateAsync();
        // Note: Development validates scopes, so a scoped service taken from the root provider fails the test.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.WebHost.UseTestServer();
        builder.Services.AddDbContext<AuditDatabase.AuditContext>(options => options.UseNpgsql(database.ConnectionString));
        builder.Services.AddSingleton<TimeProvider>(new FixedClock(PartnershipFixture.Now));
        builder.Services.AddLegalBasis<AuditDatabase.AuditContext>(options => options.Organisation = "fiu-gb");
        builder.Services.AddLegalBasisEnforcement();
        builder.Services.AddAuthentication(TestOrganisation.SchemeName).AddScheme<AuthenticationSchemeOptions, TestOrganisation>(TestOrganisation.SchemeName, null);
        builder.Services.AddGrpc(options => options.AddLegalBasisInterceptor());
        // Note: as the service defaults have it: every error answer, bare 404s too, is a ProblemDetails.
        builder.Services.AddProblemDetails();
        services(builder.Services);
        var app = builder.Build();
        app.Services.GetRequiredService<AgreementReplicaHolder>().Replace(PartnershipFixture.Replica());
        app.UseStatusCodePages();
        app.UseAuthentication();
        map(app);
        await app.StartAsync();
        return new EnforcementTestHost(app, database);
    }

    /// <summary>A client calling as <paramref name="organisation"/> (none: a token without <c>concord_org</c>).</summary>
    public HttpClient Client(string? organisation)
    {
        var client = _app.GetTestClient();
        if (organisation is not null)
        {
            client.DefaultRequestHeaders.Add(TestOrganisation.Header, organisation);
        }

        return client;
    }

    public GrpcChannel Channel() =>
        GrpcChannel.ForAddress(_app.GetTestServer().BaseAddress, new GrpcChannelOptions { HttpHandler = _app.GetTestServer().CreateHandler() });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Database.DisposeAsync();
    }
}
