namespace Concord.Cases.Domain;

/// <summary>An organisation a closing case's outcome is for, and whether the agreement lets it go there (decided by the desk).</summary>
public sealed record OutcomeRecipient(string OrganisationId, bool Permitted, string Reasons, IReadOnlyList<string> Reports);
