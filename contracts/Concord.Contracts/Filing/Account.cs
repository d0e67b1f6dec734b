namespace Concord.Contracts.Filing;

/// <summary>An account involved in the report: IBAN or account number, at an institution.</summary>
public sealed record Account
{
    /// <summary>A reference local to the report (e.g. "A1"), used by transactions.</summary>
    public required string LocalId { get; init; }

    /// <summary>Checksum-validated when present; either this or <see cref="AccountNumber"/> is required.</summary>
    public string? Iban { get; init; }

    public string? AccountNumber { get; init; }

    public required string InstitutionName { get; init; }

    public string? InstitutionBic { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country of the institution.</summary>
    public string? InstitutionCountry { get; init; }

    /// <summary>ISO 4217 currency of the account.</summary>
    public string? Currency { get; init; }

    /// <summary>Whether the account is held at the reporting bank (goAML's <c>*_my_client</c>).</summary>
    public bool HeldAtReportingEntity { get; init; }

    /// <summary>Local ids of the subjects who hold the account.</summary>
    public IReadOnlyList<string> HolderSubjectIds { get; init; } = [];

    public DateOnly? OpenedOn { get; init; }

    public DateOnly? ClosedOn { get; init; }
}
