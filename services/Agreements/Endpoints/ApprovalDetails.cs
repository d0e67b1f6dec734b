namespace Concord.Agreements.Endpoints;

/// <summary>A party's approval: which organisation, by which of its clients or users, when.</summary>
public sealed record ApprovalDetails(string OrganisationId, string ApprovedBy, DateTimeOffset ApprovedAt);
