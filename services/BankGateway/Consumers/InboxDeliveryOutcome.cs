namespace Concord.BankGateway.Consumers;

internal enum InboxDeliveryOutcome
{
    Stored,

    /// <summary>Delivered before (the same message, or the same item under a new message id): nothing changed.</summary>
    Duplicate,

    /// <summary>The item does not apply here (e.g. it names no report of the bank): nothing was stored.</summary>
    NotApplied,
}
