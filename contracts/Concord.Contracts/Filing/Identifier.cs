namespace Concord.Contracts.Filing;

/// <summary>An identity document or registration number: type code (Passport, NationalId, DriverLicence,
/// TaxId, Lei, CompanyRegistration, CryptoAddress, …), number and issuing country.</summary>
public sealed record Identifier
{
    public required string Type { get; init; }

    public required string Number { get; init; }

    /// <summary>ISO 3166-1 alpha-2; optional for types without an issuer (e.g. crypto addresses).</summary>
    public string? IssuingCountry { get; init; }
}
