namespace Concord.Cases.Domain;

/// <summary>What a person does in a case. A bank's people are only ever bank investigators, and only where the agreement allows.</summary>
public enum CaseRole
{
    Lead,
    Investigator,
    Analyst,
    Prosecutor,
    Observer,
    BankInvestigator,
}
