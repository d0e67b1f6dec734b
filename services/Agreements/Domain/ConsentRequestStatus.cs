namespace Concord.Agreements.Domain;

public enum ConsentRequestStatus
{
    /// <summary>Waiting for the originator.</summary>
    Pending,

    /// <summary>The originator granted it: a consent exists.</summary>
    Granted,

    /// <summary>The originator refused it, with a reason.</summary>
    Refused,
}
