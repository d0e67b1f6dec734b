using System.Text.RegularExpressions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Concord.Identity.Seeding;

/// <summary>
/// Checks a seed document as a whole before anything is written, and names every problem at once, so a bad file
/// stops the server with one readable message instead of half-applying.
/// </summary>
internal static partial class SeedValidation
{
    public static IReadOnlyList<string> Check(SeedDocument seed)
    {
        var errors = new List<string>();
        var scopeNames = new HashSet<string>(StringComparer.Ordinal);
        var organisationIds = new HashSet<string>(StringComparer.Ordinal);
        var clientIds = new HashSet<string>(StringComparer.Ordinal);

        foreach (var scope in seed.Scopes)
        {
            if (!ScopeName().IsMatch(scope.Name))
            {
                errors.Add($"scope '{scope.Name}': the name must be lower-case letters, digits, '.', '_' or '-'.");
            }
            else if (!scopeNames.Add(scope.Name))
            {
                errors.Add($"scope '{scope.Name}': listed twice.");
            }

            if (scope.Resources.Count == 0 || scope.Resources.Any(string.IsNullOrWhiteSpace))
            {
                errors.Add($"scope '{scope.Name}': needs at least one resource (the audience its tokens are for).");
            }
        }

        foreach (var organisation in seed.Organisations)
        {
            if (!OrganisationId().IsMatch(organisation.Id))
            {
                errors.Add($"organisation '{organisation.Id}': the id must be 2-64 lower-case letters, digits or '-'.");
            }
            else if (!organisationIds.Add(organisation.Id))
            {
                errors.Add($"organisation '{organisation.Id}': listed twice.");
            }

            if (string.IsNullOrWhiteSpace(organisation.Name))
            {
                errors.Add($"organisation '{organisation.Id}': needs a name.");
            }

            if (!Enum.IsDefined(organisation.Kind))
            {
                errors.Add($"organisation '{organisation.Id}': unknown kind '{organisation.Kind}'.");
            }

            if (!Jurisdiction().IsMatch(organisation.Jurisdiction))
            {
                errors.Add($"organisation '{organisation.Id}': the jurisdiction must be an ISO 3166-1 alpha-2 code such as GB.");
            }
        }

        foreach (var client in seed.Clients)
        {
            CheckClient(client, clientIds, scopeNames, organisationIds, errors);
        }

        return errors;
    }

    public static void ThrowIfInvalid(SeedDocument seed, string source)
    {
        var errors = Check(seed);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The seed {source} is invalid:{Environment.NewLine}- {string.Join($"{Environment.NewLine}- ", errors)}");
        }
    }

    private static void CheckClient(
        SeedClient client, HashSet<string> clientIds, HashSet<string> scopeNames, HashSet<string> organisationIds, List<string> errors)
    {
        var name = $"client '{client.ClientId}'";
        if (string.IsNullOrWhiteSpace(client.ClientId) || client.ClientId.Length > 100)
        {
            errors.Add($"{name}: needs a client id of at most 100 characters.");
        }
        else if (!clientIds.Add(client.ClientId))
        {
            errors.Add($"{name}: listed twice.");
        }

        if (string.IsNullOrWhiteSpace(client.DisplayName))
        {
            errors.Add($"{name}: needs a display name.");
        }

        switch (client.Type)
        {
            case SeedClientType.Confidential when string.IsNullOrEmpty(client.Secret):
                errors.Add($"{name}: a confidential client needs a secret.");
                break;
            case SeedClientType.Public when client.Secret is not null:
                errors.Add($"{name}: a public client cannot keep a secret; remove it.");
                break;
        }

        if (client.GrantTypes.Count == 0)
        {
            errors.Add($"{name}: needs at least one grant type.");
        }

        foreach (var grantType in client.GrantTypes)
        {
            switch (grantType)
            {
                case GrantTypes.ClientCredentials when client.Type != SeedClientType.Confidential:
                    errors.Add($"{name}: only a confidential client may use client_credentials.");
                    break;
                case GrantTypes.ClientCredentials when client.Organisation is null:
                    errors.Add($"{name}: a client_credentials client must name the organisation it acts for.");
                    break;
                case GrantTypes.AuthorizationCode when client.RedirectUris.Count == 0:
                    errors.Add($"{name}: authorization_code needs at least one redirect URI.");
                    break;
                case GrantTypes.ClientCredentials or GrantTypes.AuthorizationCode:
                    break;
                default:
                    errors.Add($"{name}: unsupported grant type '{grantType}' (client_credentials or authorization_code).");
                    break;
            }
        }

        if (client.Organisation is not null && !organisationIds.Contains(client.Organisation))
        {
            errors.Add($"{name}: organisation '{client.Organisation}' is not in the seed.");
        }

        foreach (var scope in client.Scopes.Where(scope => !scopeNames.Contains(scope)))
        {
            errors.Add($"{name}: scope '{scope}' is not in the seed.");
        }

        foreach (var redirectUri in client.RedirectUris.Where(uri => !Uri.TryCreate(uri, UriKind.Absolute, out _)))
        {
            errors.Add($"{name}: redirect URI '{redirectUri}' is not an absolute URI.");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,99}$")]
    private static partial Regex ScopeName();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,63}$")]
    private static partial Regex OrganisationId();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex Jurisdiction();
}
