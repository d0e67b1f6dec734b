namespace Concord.Agreements.Domain;

/// <summary>The steps of an agreement's history; those from <see cref="Activated"/> on change the terms in force.</summary>
public enum AgreementEventKind
{
    Drafted,
    DraftEdited,
    AmendmentProposed,
    Approved,
    Activated,
    Amended,
    Suspended,
    Resumed,
    Terminated,
    Expired,
}
