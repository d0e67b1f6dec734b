using Concord.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.Fiu.Tests.Integration;

/// <summary>Tokens for the FIU's audience, as an analyst of the organisation, signed with the test's own key (<see cref="SelfSignedTokens"/>).</summary>
internal static class TestTokens
{
    public const string Authority = SelfSignedTokens.Authority;

    public const string Audience = "concord-fiu";

    public static void Trust(IServiceCollection services) => SelfSignedTokens.Trust(services);

    public static string Issue(string organisationId, string organisationKind, string audience = Audience, string tokenType = "at+jwt", string? scope = null) =>
        SelfSignedTokens.Issue(audience, organisationId, organisationKind, $"{organisationId}-analyst", $"{organisationId}-console", scope ?? "concord.fiu", tokenType);
}
