using Concord.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using Xunit;

namespace Concord.Fiu.Tests.Integration;

public sealed class StartupTests
{
    [Fact]
    public async Task Start_WhenOrganisationIdIsMissing_RefusesToStartBeforeTouchingTheDatabase()
    {
        await using var fiu = Fiu(web => web
            .UseSetting("Concord:LegalBasis:Organisation", "fiu-gb")
            .UseSettings(DemoAgreements.Settings("fiu")));

        var exception = Assert.ThrowsAny<Exception>(fiu.StartServer);

        // Note: the organisation the legal-basis layer receives as is checked against it too, so two checks may fail.
        var validations = exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions : [exception];
        Assert.All(validations, failure => Assert.IsType<OptionsValidationException>(failure));
        Assert.Contains(validations, failure => failure.Message.Contains("Concord:Fiu:OrganisationId", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_WhenTheAgreementsServiceIsNotConfigured_RefusesToStart()
    {
        await using var fiu = Fiu(web => web
            .UseSetting("Concord:Fiu:OrganisationId", "fiu-gb")
            .UseSetting("Concord:LegalBasis:Organisation", "fiu-gb"));

        var exception = Assert.ThrowsAny<Exception>(fiu.StartServer);

        var refusal = Assert.IsType<InvalidOperationException>(Unwrap(exception));
        Assert.Contains("Concord:Agreements:Address", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("ClientId and ClientSecret", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WhenItWouldReceiveAsAnotherOrganisationThanItsOwn_RefusesToStart()
    {
        await using var fiu = Fiu(web => web
            .UseSetting("Concord:Fiu:OrganisationId", "fiu-gb")
            .UseSetting("Concord:LegalBasis:Organisation", "fiu-fr")
            .UseSettings(DemoAgreements.Settings("fiu")));

        var exception = Assert.ThrowsAny<Exception>(fiu.StartServer);

        var validation = Assert.IsType<OptionsValidationException>(Unwrap(exception));
        Assert.Contains("Concord:LegalBasis:Organisation", validation.Message, StringComparison.Ordinal);
    }

    /// <summary>An FIU with a database and broker nowhere (port 1), plus <paramref name="settings"/>.</summary>
    // Note: nothing listens on port 1: reaching the database or broker would fail differently.
    private static WebApplicationFactory<FiuService> Fiu(Action<IWebHostBuilder> settings) =>
        new WebApplicationFactory<FiuService>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:fiu", "Host=127.0.0.1;Port=1;Database=unused;Username=unused")
                .UseSetting("ConnectionStrings:rabbitmq", "amqp://guest:guest@127.0.0.1:1/unused")
                .UseSetting("Concord:Auth:Authority", TestTokens.Authority)
                .UseSetting("Concord:Auth:Audience", TestTokens.Audience);
            settings(web);
        });

    private static Exception Unwrap(Exception exception) =>
        exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : exception;
}
