namespace Concord.BankGateway.Inbox;

/// <summary>Where a request stands for the bank, computed from its answer, its withdrawal and the clock.</summary>
public enum InboxRequestStatus
{
    /// <summary>To answer, and the deadline has not passed.</summary>
    Open,

    /// <summary>To answer, and the deadline has passed (an answer is still taken, and shown late to the FIU).</summary>
    Overdue,

    Answered,

    /// <summary>The FIU withdrew it: it may no longer be answered (an answer sent before the withdrawal reached the FIU is refused there).</summary>
    Withdrawn,
}
