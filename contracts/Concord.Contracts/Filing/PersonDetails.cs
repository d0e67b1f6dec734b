namespace Concord.Contracts.Filing;

public sealed record PersonDetails
{
    public string? GivenNames { get; init; }

    public required string FamilyName { get; init; }

    public DateOnly? DateOfBirth { get; init; }

    public string? PlaceOfBirth { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country codes.</summary>
    public IReadOnlyList<string> Nationalities { get; init; } = [];

    public string? Occupation { get; init; }
}
