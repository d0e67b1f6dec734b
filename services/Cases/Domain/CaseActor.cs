namespace Concord.Cases.Domain;

/// <summary>Who gives a command: the person (the token's <c>sub</c>) and the organisation they act for.</summary>
public readonly record struct CaseActor(string PersonId, string OrganisationId);
