namespace Concord.Identity.Seeding;

/// <summary>The contents of a seed file: the scopes, organisations and clients the server should hold.</summary>
internal sealed record SeedDocument
{
    /// <summary>Free text for people reading the file, e.g. that its secrets are demo-only.</summary>
    public string? Notice { get; init; }

    public required IReadOnlyList<SeedScope> Scopes { get; init; }

    public required IReadOnlyList<SeedOrganisation> Organisations { get; init; }

    public required IReadOnlyList<SeedClient> Clients { get; init; }
}
