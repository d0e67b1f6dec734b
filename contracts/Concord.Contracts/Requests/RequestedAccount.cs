namespace Concord.Contracts.Requests;

/// <summary>An account that identifies a requested subject: an IBAN, or an account number at an institution.</summary>
public sealed record RequestedAccount
{
    /// <summary>Either this or <see cref="AccountNumber"/> is given.</summary>
    public string? Iban { get; init; }

    public string? AccountNumber { get; init; }

    /// <summary>The institution holding <see cref="AccountNumber"/>, when known (8- or 11-character BIC).</summary>
    public string? InstitutionBic { get; init; }
}
