using Concord.Cases.Domain;

namespace Concord.Cases.Persistence;

/// <summary>
/// A current member (<c>case_members</c>): a projection the visibility filter reads, so that a list or a count never
/// has to fold events to know who may see a case. A removed member's row goes at once.
/// </summary>
public sealed class StoredMember
{
    public Guid CaseId { get; set; }

    public string PersonId { get; set; } = "";

    public string OrganisationId { get; set; } = "";

    public CaseRole Role { get; set; }
}
