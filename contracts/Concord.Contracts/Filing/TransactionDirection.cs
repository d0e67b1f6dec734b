namespace Concord.Contracts.Filing;

/// <summary>Seen from the account named in the transaction.</summary>
public enum TransactionDirection
{
    Incoming,
    Outgoing,
}
