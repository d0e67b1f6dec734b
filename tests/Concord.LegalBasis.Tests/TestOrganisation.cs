using System.Security.Claims;
using System.Text.Encodings.Web;
using Concord.LegalBasis.Reading;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Concord.LegalBasis.Tests;

/// <summary>Authenticates a test request as the organisation its <see cref="Header"/> names, as a token's <c>concord_org</c> would.</summary>
internal sealed class TestOrganisation(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "TestOrganisation";
    public const string Header = "x-test-organisation";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var claims = new List<Claim> { new("sub", "test-user") };
        if (Request.Headers[Header].FirstOrDefault() is { Length: > 0 } organisation)
        {
            claims.Add(new Claim(Reader.OrganisationClaim, organisation));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
