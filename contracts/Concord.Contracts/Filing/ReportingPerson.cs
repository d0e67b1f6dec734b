namespace Concord.Contracts.Filing;

/// <summary>The compliance officer the FIU may contact about the report.</summary>
public sealed record ReportingPerson
{
    public required string FullName { get; init; }

    public string? Role { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }
}
