using System.Net;
using System.Net.Http.Headers;
using Concord.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using Xunit;

namespace Concord.Cases.Tests.Integration;

/// <summary>The cases service fails closed: without the organisations it serves or its agreements it does not start, and it takes no token meant for another service.</summary>
public sealed class StartupTests(CasesHost host) : IClassFixture<CasesHost>
{
    [Fact]
    public async Task Start_WhenNoOrganisationIsServed_RefusesToStart()
    {
        await using var cases = Cases(web => web.UseSettings(DemoAgreements.Settings("cases")));

        var exception = Assert.ThrowsAny<Exception>(cases.StartServer);

        var validation = Assert.IsType<OptionsValidationException>(Unwrap(exception));
        Assert.Contains("Concord:LegalBasis:Organisation", validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WhenTheAgreementsServiceIsNotConfigured_RefusesToStart()
    {
        await using var cases = Cases(web => web.UseSetting("Concord:LegalBasis:Organisation", "police-ecu"));

        var exception = Assert.ThrowsAny<Exception>(cases.StartServer);

        var refusal = Assert.IsType<InvalidOperationException>(Unwrap(exception));
        Assert.Contains("Concord:Agreements:Address", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WhenTheFiusAddressIsNotConfigured_RefusesToStart()
    {
        await using var cases = Cases(web => web.UseSettings(DemoAgreements.Settings("cases"))
            .UseSetting("Concord:LegalBasis:Organisation", "police-ecu").UseSetting("Concord:Cases:FiuAddress", ""));

        var exception = Assert.ThrowsAny<Exception>(cases.StartServer);

        var refusal = Assert.IsType<InvalidOperationException>(Unwrap(exception));
        Assert.Contains("Concord:Cases:FiuAddress", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Interval", "00:00:00")]
    [InlineData("BatchSize", "0")]
    public async Task Start_WhenTheRetentionJobIsMisconfigured_RefusesToStart(string setting, string value)
    {
        await using var cases = Cases(web => web.UseSettings(DemoAgreements.Settings("cases"))
            .UseSetting("Concord:LegalBasis:Organisation", "police-ecu").UseSetting($"Concord:Retention:{setting}", value));

        var exception = Assert.ThrowsAny<Exception>(cases.StartServer);

        var validation = Assert.IsType<OptionsValidationException>(Unwrap(exception));
        Assert.Contains("Concord:Retention", validation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("concord-fiu")]
    [InlineData("concord-typology")]
    public async Task Request_WhenTheTokenIsForAnotherService_IsUnauthorised(string audience)
    {
        using var http = host.Person("alice", "police-ecu");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Issue("police-ecu", "LawEnforcement", "alice", "concord.cases", audience));

        using var response = await http.GetAsync(new Uri("/api/v1/cases", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Request_WhenTheTokenLacksTheCasesScope_IsForbidden()
    {
        using var http = host.Person("alice", "police-ecu", scope: "concord.typology.read");

        using var response = await http.GetAsync(new Uri("/api/v1/cases", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>A cases service with a database and broker nowhere (port 1), plus <paramref name="settings"/>.</summary>
    // Note: nothing listens on port 1: reaching the database or broker would fail differently.
    private static WebApplicationFactory<CasesService> Cases(Action<IWebHostBuilder> settings) =>
        new WebApplicationFactory<CasesService>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:cases", "Host=127.0.0.1;Port=1;Database=unused;Username=unused")
                .UseSetting("ConnectionStrings:rabbitmq", "amqp://guest:guest@127.0.0.1:1/unused")
                .UseSetting("Concord:Auth:Authority", TestTokens.Authority)
                .UseSetting("Concord:Auth:Audience", TestTokens.Audience)
                .UseSetting("Concord:Cases:FiuAddress", "http://127.0.0.1:9");
            settings(web);
        });

    private static Exception Unwrap(Exception exception) =>
        exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : exception;
}
