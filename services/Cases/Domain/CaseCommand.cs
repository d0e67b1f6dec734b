namespace Concord.Cases.Domain;

/// <summary>Something a member asks of a case; the decider answers with events or a refusal.</summary>
public abstract record CaseCommand;
