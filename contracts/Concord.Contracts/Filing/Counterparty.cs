namespace Concord.Contracts.Filing;

/// <summary>The other side of a transaction: a subject of the report, or a name and account.</summary>
public sealed record Counterparty
{
    /// <summary>Local id of a subject of the report, when the counterparty is one.</summary>
    public string? SubjectId { get; init; }

    public string? Name { get; init; }

    public string? Iban { get; init; }

    public string? AccountNumber { get; init; }

    public string? InstitutionName { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country of the counterparty or its institution.</summary>
    public string? Country { get; init; }
}
