namespace Concord.Contracts.Filing;

public sealed record LegalEntityDetails
{
    public required string Name { get; init; }

    public string? LegalForm { get; init; }

    public string? RegistrationNumber { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country of incorporation.</summary>
    public string? RegistrationCountry { get; init; }

    public DateOnly? IncorporatedOn { get; init; }
}
