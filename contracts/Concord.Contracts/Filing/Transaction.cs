namespace Concord.Contracts.Filing;

public sealed record Transaction
{
    /// <summary>The bank's own transaction reference.</summary>
    public string? Reference { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>Positive amount in <see cref="Currency"/>.</summary>
    public required decimal Amount { get; init; }

    /// <summary>ISO 4217 code.</summary>
    public required string Currency { get; init; }

    public required TransactionDirection Direction { get; init; }

    /// <summary>The channel as a code: Cash, Wire, Card, Cheque, Online, Atm, Crypto, …</summary>
    public required string Channel { get; init; }

    /// <summary>Local id of the account the transaction was booked on, if reported.</summary>
    public string? AccountId { get; init; }

    public Counterparty? Counterparty { get; init; }

    public string? Description { get; init; }
}
