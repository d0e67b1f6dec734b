namespace Concord.Fiu.Triage;

/// <summary>What an analyst decides about a report in triage.</summary>
public enum TriageDecision
{
    NoFurtherAction,
    Analyse,
    Disseminate,
}
