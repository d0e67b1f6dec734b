using Concord.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Typology.Tests.Integration;

/// <summary>Tokens for the typology service's audience, signed with the test's own key (<see cref="SelfSignedTokens"/>).</summary>
internal static class TestTokens
{
    public const string Authority = SelfSignedTokens.Authority;

    public const string Audience = "concord-typology";

    public static void Trust(IServiceCollection services) => SelfSignedTokens.Trust(services);

    /// <param name="client">The client id, which is also the token's subject for client credentials (null leaves both out).</param>
    public static string Issue(string organisationId, string organisationKind, string? client, string scope, string audience = Audience) =>
        SelfSignedTokens.Issue(audience, organisationId, organisationKind, client, client, scope);
}
