namespace Concord.Contracts.Filing;

/// <summary>The reporting entity (the bank) and, where relevant, the branch and the person who reports.</summary>
public sealed record ReportingEntity
{
    /// <summary>The Concord organisation id of the bank; must be the organisation of the filing client.</summary>
    public required string OrganisationId { get; init; }

    /// <summary>The FIU's registration id for the bank (goAML <c>rentity_id</c>), where the FIU issued one.</summary>
    public string? FiuRegistrationId { get; init; }

    public string? Branch { get; init; }

    public ReportingPerson? ReportingPerson { get; init; }
}
