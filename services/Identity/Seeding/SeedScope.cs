namespace Concord.Identity.Seeding;

/// <summary>An OAuth scope and the resource servers (audiences) a token granted it is meant for.</summary>
internal sealed record SeedScope
{
    public required string Name { get; init; }

    public string? DisplayName { get; init; }

    public required IReadOnlyList<string> Resources { get; init; }
}
