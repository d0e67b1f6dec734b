namespace Concord.LegalBasis.Decisions;

/// <summary>What the actor does with the data; it decides which end of the exchange the actor must be.</summary>
public enum AccessAction
{
    /// <summary>Sends or publishes the data: the actor must be the sender.</summary>
    Share,

    /// <summary>Takes delivery of the data: the actor must be the recipient.</summary>
    Receive,

    /// <summary>Reads stored data: the actor is the reader, and must be the recipient.</summary>
    Read,
}
