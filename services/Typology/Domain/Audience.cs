using Concord.Contracts.Sharing;

namespace Concord.Typology.Domain;

/// <summary>A typology version's audience, as the analyst set it; which organisations it means is resolved at publication.</summary>
public sealed record Audience
{
    public required AudienceKind Kind { get; init; }

    /// <summary>For <see cref="AudienceKind.Sector"/>: the kind of reporting entity.</summary>
    public OrganisationKind? Sector { get; init; }

    /// <summary>For <see cref="AudienceKind.NamedOrganisations"/>: the organisations, e.g. <c>bank-alpha</c>.</summary>
    public IReadOnlyList<string>? Organisations { get; init; }

    /// <summary>For <see cref="AudienceKind.TaskForce"/>: the code of the partnership agreement whose parties form it.</summary>
    public string? TaskForce { get; init; }

    /// <summary>How the audience reads in a list of changes, e.g. <c>NamedOrganisations: bank-alpha, bank-beta</c>.</summary>
    public string Describe() => Kind switch
    {
        AudienceKind.Sector => $"Sector: {Sector}",
        AudienceKind.NamedOrganisations => $"NamedOrganisations: {string.Join(", ", Organisations ?? [])}",
        AudienceKind.TaskForce => $"TaskForce: {TaskForce}",
        _ => Kind.ToString(),
    };
}
