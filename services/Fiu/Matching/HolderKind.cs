namespace Concord.Fiu.Matching;

/// <summary>What in a report an identifier belongs to.</summary>
public enum HolderKind
{
    /// <summary>A subject of the report (its local id, e.g. <c>S1</c>).</summary>
    Subject,

    /// <summary>An account of the report (its local id, e.g. <c>A1</c>).</summary>
    Account,

    /// <summary>A transaction's counterparty that is not a subject (<c>transactions[3].counterparty</c>).</summary>
    Counterparty,
}
