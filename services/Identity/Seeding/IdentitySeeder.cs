using Concord.Identity.Domain;
using Concord.Identity.Persistence;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Concord.Identity.Seeding;

/// <summary>
/// Brings the database in line with a seed document: creates what is missing and updates what differs (names,
/// permissions, redirect URIs, organisation links, secrets), never duplicating anything. Entries the seed does not
/// mention are left alone. The whole seed is one transaction.
/// </summary>
internal sealed class IdentitySeeder(
    IdentityStoreContext database,
    IOpenIddictApplicationManager applications,
    IOpenIddictScopeManager scopes,
    ILogger<IdentitySeeder> logger)
{
    // Note: one advisory lock for the whole seed, so replicas starting together apply it one after the other
    // instead of racing to insert the same client twice.
    private const long SeedLockId = 0x436F6E636F7264;

    public async Task SeedAsync(SeedDocument seed, CancellationToken cancellationToken)
    {
        SeedValidation.ThrowIfInvalid(seed, "document");

        await using var transaction = await database.Database.BeginTransactionAsync(cancellationToken);
        await database.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SeedLockId})", cancellationToken);

        foreach (var scope in seed.Scopes)
        {
            var outcome = await SeedScopeAsync(scope, cancellationToken);
            SeedLog.ScopeSeeded(logger, scope.Name, outcome);
        }

        foreach (var organisation in seed.Organisations)
        {
            var outcome = await SeedOrganisationAsync(organisation, cancellationToken);
            SeedLog.OrganisationSeeded(logger, organisation.Id, outcome);
        }

        await database.SaveChangesAsync(cancellationToken);

        foreach (var client in seed.Clients)
        {
            var outcome = await SeedClientAsync(client, cancellationToken);
            SeedLog.ClientSeeded(logger, client.ClientId, outcome);
            await LinkClientAsync(client, cancellationToken);
        }

        await database.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        SeedLog.Seeded(logger, seed.Scopes.Count, seed.Organisations.Count, seed.Clients.Count);
    }

    private async Task<SeedOutcome> SeedScopeAsync(SeedScope seed, CancellationToken cancellationToken)
    {
        var existing = await scopes.FindByNameAsync(seed.Name, cancellationToken);
        var descriptor = new OpenIddictScopeDescriptor();
        if (existing is not null)
        {
            await scopes.PopulateAsync(descriptor, existing, cancellationToken);
        }

        descriptor.Name = seed.Name;
        descriptor.DisplayName = seed.DisplayName;
        descriptor.Resources.Clear();
        descriptor.Resources.UnionWith(seed.Resources);

        if (existing is null)
        {
            await scopes.CreateAsync(descriptor, cancellationToken);
            return SeedOutcome.Created;
        }

        await scopes.UpdateAsync(existing, descriptor, cancellationToken);
        return SeedOutcome.Updated;
    }

    private async Task<SeedOutcome> SeedOrganisationAsync(SeedOrganisation seed, CancellationToken cancellationToken)
    {
        var organisation = await database.Organisations.FindAsync([seed.Id], cancellationToken);
        if (organisation is null)
        {
            database.Organisations.Add(new Organisation { Id = seed.Id, Name = seed.Name, Kind = seed.Kind, Jurisdiction = seed.Jurisdiction });
            return SeedOutcome.Created;
        }

        organisation.Name = seed.Name;
        organisation.Kind = seed.Kind;
        organisation.Jurisdiction = seed.Jurisdiction;
        return SeedOutcome.Updated;
    }

    private async Task<SeedOutcome> SeedClientAsync(SeedClient seed, CancellationToken cancellationToken)
    {
        var existing = await applications.FindByClientIdAsync(seed.ClientId, cancellationToken);
        var descriptor = new OpenIddictApplicationDescriptor();
        if (existing is not null)
        {
            // Note: starts from the stored entry, so what the seed does not describe (properties, settings) survives.
            await applications.PopulateAsync(descriptor, existing, cancellationToken);
        }

        Describe(descriptor, seed);

        if (existing is null)
        {
            descriptor.ClientSecret = seed.Secret;
            await applications.CreateAsync(descriptor, cancellationToken);
            return SeedOutcome.Created;
        }

        // Note: the descriptor holds the stored hash; hand OpenIddict the plain secret only when it changed, so an
        // unchanged seed does not re-hash every secret on every start.
        if (seed.Type == SeedClientType.Public)
        {
            descriptor.ClientSecret = null;
        }
        else if (descriptor.ClientSecret is null || !await applications.ValidateClientSecretAsync(existing, seed.Secret!, cancellationToken))
        {
            descriptor.ClientSecret = seed.Secret;
        }

        await applications.UpdateAsync(existing, descriptor, cancellationToken);
        return SeedOutcome.Updated;
    }

    private async Task LinkClientAsync(SeedClient seed, CancellationToken cancellationToken)
    {
        var link = await database.OrganisationClients.FindAsync([seed.ClientId], cancellationToken);
        if (seed.Organisation is null)
        {
            if (link is not null)
            {
                database.OrganisationClients.Remove(link);
            }
        }
        else if (link is null)
        {
            database.OrganisationClients.Add(new OrganisationClient { ClientId = seed.ClientId, OrganisationId = seed.Organisation });
        }
        else
        {
            link.OrganisationId = seed.Organisation;
        }
    }

    private static void Describe(OpenIddictApplicationDescriptor descriptor, SeedClient seed)
    {
        descriptor.ClientId = seed.ClientId;
        descriptor.DisplayName = seed.DisplayName;
        descriptor.ClientType = seed.Type == SeedClientType.Confidential ? ClientTypes.Confidential : ClientTypes.Public;
        descriptor.ApplicationType = ApplicationTypes.Web;

        descriptor.Permissions.Clear();
        descriptor.Requirements.Clear();
        descriptor.RedirectUris.Clear();

        descriptor.Permissions.Add(Permissions.Endpoints.Token);
        foreach (var grantType in seed.GrantTypes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.GrantType + grantType);
            if (grantType == GrantTypes.AuthorizationCode)
            {
                descriptor.Permissions.Add(Permissions.Endpoints.Authorization);
                descriptor.Permissions.Add(Permissions.ResponseTypes.Code);
                descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
            }
        }

        foreach (var scope in seed.Scopes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        foreach (var redirectUri in seed.RedirectUris)
        {
            descriptor.RedirectUris.Add(new Uri(redirectUri, UriKind.Absolute));
        }
    }
}
