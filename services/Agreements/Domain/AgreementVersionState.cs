namespace Concord.Agreements.Domain;

public enum AgreementVersionState
{
    /// <summary>Being drafted or approved; not in force.</summary>
    Draft,

    /// <summary>Every party approved it: these are the agreement's terms.</summary>
    InForce,

    /// <summary>Was in force until a later version replaced it.</summary>
    Superseded,

    /// <summary>A draft that never took effect: the agreement ended while it waited for approvals.</summary>
    Abandoned,
}
