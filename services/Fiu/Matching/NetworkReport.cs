using Concord.Contracts.Filing;
using Concord.Fiu.Domain;

namespace Concord.Fiu.Matching;

/// <summary>A report in a network, with its content read once.</summary>
internal sealed record NetworkReport(ReceivedReport Received, SuspiciousActivityReport Report)
{
    /// <summary>The nodes the report brings at most: itself, its subjects, its accounts and its transactions' counterparties.</summary>
    public int NodeCost => 1 + (Report.Subjects?.Count ?? 0) + (Report.Accounts?.Count ?? 0) + (Report.Transactions?.Count(t => t?.Counterparty is not null) ?? 0);
}
