namespace Concord.BankGateway.Typologies;

public enum AcknowledgementOutcome
{
    /// <summary>Recorded, and on its way to the FIU.</summary>
    Acknowledged,

    /// <summary>The bank never received the version (or it does not exist).</summary>
    NotFound,

    /// <summary>The bank acknowledged the version before; an acknowledgement is given once.</summary>
    AlreadyAcknowledged,

    /// <summary>The FIU withdrew the version: there is nothing to take into monitoring.</summary>
    Withdrawn,

    /// <summary>The bank holds a later version: that one is to be acknowledged.</summary>
    Superseded,

    /// <summary>The agreement does not let the bank send the acknowledgement to the FIU now; nothing was stored.</summary>
    NoLegalBasis,
}
