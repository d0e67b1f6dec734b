using Concord.Contracts.Sharing;
using Concord.Identity.Domain;
using Concord.Identity.Seeding;
using Concord.Testing;
using Xunit;

namespace Concord.Identity.Tests;

public sealed class SeedValidationTests
{
    private static readonly SeedDocument Valid = new()
    {
        Scopes = [new SeedScope { Name = "concord.filing", Resources = ["concord-bank-gateway"] }],
        Organisations = [new SeedOrganisation { Id = "bank-alpha", Name = "Alpha Bank plc", Kind = OrganisationKind.Bank, Jurisdiction = "GB" }],
        Clients =
        [
            new SeedClient
            {
                ClientId = "bank-alpha-filing", DisplayName = "Alpha filing", Type = SeedClientType.Confidential, Secret = "s",
                Organisation = "bank-alpha", GrantTypes = ["client_credentials"], Scopes = ["concord.filing"],
            },
        ],
    };

    [Fact]
    public async Task Check_WhenDemoSeedFileRead_FindsNoProblem()
    {
        var seed = await SeedFile.ReadAsync(RepositoryPaths.DemoSeed, CancellationToken.None);

        Assert.Empty(SeedValidation.Check(seed));
        Assert.Contains("DEMO", seed.Notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WhenDocumentValid_FindsNoProblem() => Assert.Empty(SeedValidation.Check(Valid));

    [Fact]
    public void Check_WhenClientNamesUnknownOrganisationAndScope_ReportsBoth()
    {
        var errors = SeedValidation.Check(Valid with { Clients = [Valid.Clients[0] with { Organisation = "bank-zeta", Scopes = ["concord.all"] }] });

        Assert.Equal(
            ["client 'bank-alpha-filing': organisation 'bank-zeta' is not in the seed.", "client 'bank-alpha-filing': scope 'concord.all' is not in the seed."],
            errors);
    }

    [Fact]
    public void Check_WhenConfidentialClientHasNoSecret_ReportsIt()
    {
        var errors = SeedValidation.Check(Valid with { Clients = [Valid.Clients[0] with { Secret = null }] });

        Assert.Equal(["client 'bank-alpha-filing': a confidential client needs a secret."], errors);
    }

    [Fact]
    public void Check_WhenPublicClientUsesClientCredentials_ReportsItAndTheSecret()
    {
        var errors = SeedValidation.Check(Valid with { Clients = [Valid.Clients[0] with { Type = SeedClientType.Public }] });

        Assert.Equal(
            ["client 'bank-alpha-filing': a public client cannot keep a secret; remove it.", "client 'bank-alpha-filing': only a confidential client may use client_credentials."],
            errors);
    }

    [Fact]
    public void Check_WhenAuthorizationCodeClientHasNoRedirectUri_ReportsIt()
    {
        var errors = SeedValidation.Check(Valid with
        {
            Clients = [Valid.Clients[0] with { Type = SeedClientType.Public, Secret = null, Organisation = null, GrantTypes = ["authorization_code"] }],
        });

        Assert.Equal(["client 'bank-alpha-filing': authorization_code needs at least one redirect URI."], errors);
    }

    [Fact]
    public void Check_WhenClientCredentialsClientHasNoOrganisation_ReportsIt()
    {
        var errors = SeedValidation.Check(Valid with { Clients = [Valid.Clients[0] with { Organisation = null }] });

        Assert.Equal(["client 'bank-alpha-filing': a client_credentials client must name the organisation it acts for."], errors);
    }

    [Theory]
    [InlineData("gb")]
    [InlineData("GBR")]
    [InlineData("")]
    public void Check_WhenJurisdictionNotIsoAlpha2_ReportsIt(string jurisdiction)
    {
        var errors = SeedValidation.Check(Valid with { Organisations = [Valid.Organisations[0] with { Jurisdiction = jurisdiction }] });

        Assert.Equal(["organisation 'bank-alpha': the jurisdiction must be an ISO 3166-1 alpha-2 code such as GB."], errors);
    }

    [Fact]
    public void Check_WhenEntriesListedTwice_ReportsEachDuplicate()
    {
        var errors = SeedValidation.Check(Valid with
        {
            Scopes = [Valid.Scopes[0], Valid.Scopes[0]],
            Organisations = [Valid.Organisations[0], Valid.Organisations[0]],
            Clients = [Valid.Clients[0], Valid.Clients[0]],
        });

        Assert.Equal(
            ["scope 'concord.filing': listed twice.", "organisation 'bank-alpha': listed twice.", "client 'bank-alpha-filing': listed twice."],
            errors);
    }

    [Fact]
    public void Check_WhenScopeHasNoResource_ReportsIt()
    {
        var errors = SeedValidation.Check(Valid with { Scopes = [Valid.Scopes[0] with { Resources = [] }] });

        Assert.Equal(["scope 'concord.filing': needs at least one resource (the audience its tokens are for)."], errors);
    }

    [Fact]
    public async Task ReadAsync_WhenFileHasUnknownProperty_FailsNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"concord-seed-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, """{ "scopes": [], "organisations": [], "clients": [], "organizations": [] }""");
        try
        {
            var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => SeedFile.ReadAsync(path, CancellationToken.None));

            Assert.Contains(path, exception.Message, StringComparison.Ordinal);
            Assert.Contains("organizations", exception.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
