using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Concord.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using Xunit;

namespace Concord.Typology.Tests.Integration;

/// <summary>The typology service fails closed: without its FIU or its agreements it does not start, and it takes no token meant for another service.</summary>
public sealed class StartupTests(TypologyHost host) : IClassFixture<TypologyHost>
{
    [Fact]
    public async Task Start_WhenOrganisationIdIsMissing_RefusesToStartBeforeTouchingTheDatabase()
    {
        await using var typology = Typology(web => web.UseSettings(DemoAgreements.Settings("typology")));

        var exception = Assert.ThrowsAny<Exception>(typology.StartServer);

        var validation = Assert.IsType<OptionsValidationException>(Unwrap(exception));
        Assert.Contains("Concord:Typology:OrganisationId", validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WhenTheAgreementsServiceIsNotConfigured_RefusesToStart()
    {
        await using var typology = Typology(web => web.UseSetting("Concord:Typology:OrganisationId", "fiu-gb"));

        var exception = Assert.ThrowsAny<Exception>(typology.StartServer);

        var refusal = Assert.IsType<InvalidOperationException>(Unwrap(exception));
        Assert.Contains("Concord:Agreements:Address", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("concord-fiu")]
    [InlineData("concord-bank-gateway")]
    public async Task Request_WhenTheTokenIsForAnotherService_IsUnauthorised(string audience)
    {
        using var http = host.Analyst();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Issue(TypologyHost.Fiu, "Fiu", TypologyHost.Analyst1, "concord.typology", audience));

        using var response = await http.GetAsync(new Uri("/api/v1/typologies", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_DescribesTheAnalystsAndRecipientsEndpoints()
    {
        using var http = host.Analyst();
        http.DefaultRequestHeaders.Authorization = null;

        var document = await http.GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative));

        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => (Path: path.Name, Id: operation.Value.GetProperty("operationId").GetString())))
            .ToList();
        Assert.Contains(("/api/v1/typologies", "CreateTypology"), operations);
        Assert.Contains(("/api/v1/typologies/{code}/draft/approve", "ApproveTypologyDraft"), operations);
        Assert.Contains(("/api/v1/typologies/{code}/versions/{version}/changes", "GetTypologyVersionChanges"), operations);
        Assert.Contains(("/api/v1/typologies/{code}/statistics", "GetTypologyStatistics"), operations);
        Assert.Contains(("/api/v1/typologies/applicable/{code}", "GetApplicableTypology"), operations);
    }

    /// <summary>A typology service with a database and broker nowhere (port 1), plus <paramref name="settings"/>.</summary>
    // Note: nothing listens on port 1: reaching the database or broker would fail differently.
    private static WebApplicationFactory<TypologyService> Typology(Action<IWebHostBuilder> settings) =>
        new WebApplicationFactory<TypologyService>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:typology", "Host=127.0.0.1;Port=1;Database=unused;Username=unused")
                .UseSetting("ConnectionStrings:rabbitmq", "amqp://guest:guest@127.0.0.1:1/unused")
                .UseSetting("Concord:Auth:Authority", TestTokens.Authority)
                .UseSetting("Concord:Auth:Audience", TestTokens.Audience);
            settings(web);
        });

    private static Exception Unwrap(Exception exception) =>
        exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : exception;
}
