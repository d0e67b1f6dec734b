namespace Concord.Contracts.Sharing;

/// <summary>The kinds of data a message or record carries; an agreement's flow names the categories it allows.</summary>
public enum DataCategory
{
    /// <summary>Who a subject is: names, dates of birth, identity documents, addresses, contact details.</summary>
    SubjectIdentity,

    /// <summary>Account numbers, IBANs, the institutions that hold them.</summary>
    AccountData,

    /// <summary>Transactions: dates, amounts, counterparties, channels.</summary>
    TransactionData,

    /// <summary>The free-text reason for suspicion or analysis.</summary>
    Narrative,

    /// <summary>Red-flag indicators and typology content.</summary>
    TypologyIndicators,

    /// <summary>Intelligence produced by analysis or investigation.</summary>
    CaseIntelligence,

    /// <summary>What became of a report or case: decisions, feedback, outcomes.</summary>
    Outcome,
}
