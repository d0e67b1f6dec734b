namespace Concord.Cases.Domain;

/// <summary>Where a request to pass an item on stands.</summary>
public enum OnwardShareStatus
{
    /// <summary>Sent to the item's originator, not yet answered.</summary>
    AwaitingConsent,

    /// <summary>The originator consented; the consent has not expired.</summary>
    Granted,

    /// <summary>The originator refused.</summary>
    Refused,

    /// <summary>The originator consented, and the consent has expired since: the recipient no longer sees the item.</summary>
    Expired,
}
