using Concord.Contracts.Filing;

namespace Concord.Contracts.Requests;

/// <summary>
/// What a bank tells about a subject it matched, where the agreement's flow from the bank to the FIU allows: accounts
/// (<c>AccountData</c>), transactions (<c>TransactionData</c>) and a narrative (<c>Narrative</c>). The answer's
/// envelope names every category the details hold.
/// </summary>
public sealed record MatchDetails
{
    public IReadOnlyList<Account> Accounts { get; init; } = [];

    public IReadOnlyList<Transaction> Transactions { get; init; } = [];

    public string? Narrative { get; init; }
}
