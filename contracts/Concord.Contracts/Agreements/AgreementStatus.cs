namespace Concord.Contracts.Agreements;

/// <summary>Draft until every party approved; only an Active agreement lets data flow.</summary>
public enum AgreementStatus
{
    Draft,
    Active,
    Suspended,
    Terminated,
    Expired,
}
