using Concord.Contracts.Sharing;

namespace Concord.Cases.Domain;

/// <summary>
/// Opens a case for a task force; the actor becomes its lead, and the case type's template tasks are created, assigned to
/// them. The agreement has been checked against the replica by the caller (a pure decider cannot reach it).
/// </summary>
public sealed record OpenCase : CaseCommand
{
    public required Guid CaseId { get; init; }

    public required string Title { get; init; }

    public required string CaseType { get; init; }

    public required Guid AgreementId { get; init; }

    public required string AgreementCode { get; init; }

    /// <summary>The kind of the lead's organisation, as the agreement names it.</summary>
    public required OrganisationKind LeadOrganisationKind { get; init; }

    /// <summary>The case's reference (<c>CASE-YYYY-XXXXXXXXXX</c>), chosen by the desk.</summary>
    public string? Reference { get; init; }
}
