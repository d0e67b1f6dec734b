namespace Concord.Contracts.Filing;

public sealed record Address
{
    /// <summary>Residential, Business, Registered, Postal, …</summary>
    public string? Type { get; init; }

    public required string Line1 { get; init; }

    public string? Line2 { get; init; }

    public required string City { get; init; }

    public string? PostalCode { get; init; }

    public string? Region { get; init; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string Country { get; init; }
}
