using Concord.Identity.Server;
using Concord.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using Xunit;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Concord.Identity.Tests;

public sealed class TokenPruningTests(IdentityServerFixture server) : IClassFixture<IdentityServerFixture>
{
    [Fact]
    public async Task PruneOnce_WhenEntriesExpiredBeyondRetention_DeletesThemAndKeepsCurrentOnes()
    {
        using var http = server.CreateClient();
        var current = await TokenClient.AccessTokenAsync(http, DemoClients.BankAlpha.Id, DemoClients.BankAlpha.Secret, DemoClients.BankAlpha.Scope);
        var currentId = current.GetClaim("oi_tkn_id").Value;
        var staleId = await server.WithServicesAsync(async services =>
        {
            var tokens = services.GetRequiredService<IOpenIddictTokenManager>();
            var created = DateTimeOffset.UtcNow - TokenPruning.Retention - TimeSpan.FromDays(1);
            var stale = await tokens.CreateAsync(new OpenIddictTokenDescriptor
            {
                CreationDate = created,
                ExpirationDate = created + TimeSpan.FromMinutes(15),
                Status = Statuses.Valid,
                Subject = "bank-alpha-filing",
                Type = TokenTypeIdentifiers.AccessToken,
            });
            return await tokens.GetIdAsync(stale);
        });

        await server.Factory.Services.GetRequiredService<TokenPruning>().PruneOnceAsync(CancellationToken.None);

        await server.WithServicesAsync(async services =>
        {
            var tokens = services.GetRequiredService<IOpenIddictTokenManager>();
            Assert.Null(await tokens.FindByIdAsync(staleId!));
            Assert.NotNull(await tokens.FindByIdAsync(currentId));
            return true;
        });
    }
}
