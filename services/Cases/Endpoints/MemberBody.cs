using Concord.Cases.Domain;

namespace Concord.Cases.Endpoints;

/// <summary>A person of an organisation, with a role.</summary>
public sealed record MemberBody(string? PersonId, string? OrganisationId, CaseRole? Role);
