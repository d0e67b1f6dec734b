using Concord.Contracts.Sharing;

namespace Concord.Cases.Domain;

public sealed record CaseMember(string PersonId, string OrganisationId, OrganisationKind OrganisationKind, CaseRole Role, string AddedBy, DateTimeOffset AddedAt);
