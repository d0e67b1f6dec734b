using Concord.Contracts.Sharing;
using Concord.ServiceDefaults;
using Microsoft.AspNetCore.Authorization;

namespace Concord.Agreements.Authorization;

/// <summary>Who may call what, from the token's scopes and organisation kind; every policy needs an organisation.</summary>
public static class AgreementsPolicies
{
    /// <summary>Reads agreements and consents: a party or oversight body (<c>concord.agreements</c>) or the secretariat.</summary>
    public const string Read = "agreements-read";

    /// <summary>Approves drafts and grants or withdraws consents: <c>concord.agreements</c>.</summary>
    public const string Party = "agreements-party";

    /// <summary>Registers gateways and changes agreements: <c>concord.agreements.manage</c>.</summary>
    public const string Manage = "agreements-manage";

    /// <summary>Fetches the replication snapshot: <c>concord.agreements.replica</c>.</summary>
    public const string Replica = "agreements-replica";

    /// <summary>Reads audit checkpoints: an Oversight-kind organisation (<c>concord.agreements</c>) or the secretariat.</summary>
    public const string Audit = "agreements-audit";

    public static IServiceCollection AddAgreementsAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Read, policy => WithOrganisation(policy).RequireAssertion(context =>
                context.User.HasScope(AgreementsScopes.Party) || context.User.HasScope(AgreementsScopes.Manage)))
            .AddPolicy(Party, policy => WithOrganisation(policy).RequireAssertion(context => context.User.HasScope(AgreementsScopes.Party)))
            .AddPolicy(Manage, policy => WithOrganisation(policy).RequireAssertion(context => context.User.HasScope(AgreementsScopes.Manage)))
            .AddPolicy(Replica, policy => WithOrganisation(policy).RequireAssertion(context => context.User.HasScope(AgreementsScopes.Replica)))
            .AddPolicy(Audit, policy => WithOrganisation(policy).RequireAssertion(context =>
                context.User.HasScope(AgreementsScopes.Manage)
                || (context.User.HasScope(AgreementsScopes.Party) && context.User.HasClaim(ConcordClaims.OrganisationKind, nameof(OrganisationKind.Oversight)))));
        return services;
    }

    private static AuthorizationPolicyBuilder WithOrganisation(AuthorizationPolicyBuilder policy) =>
        policy.RequireAuthenticatedUser().RequireClaim(ConcordClaims.Organisation);
}
