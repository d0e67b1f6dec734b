namespace Concord.LegalBasis.Decisions;

/// <summary>A set of <see cref="Contracts.Sharing.DataCategory"/> values as bits, so a decision never allocates.</summary>
[Flags]
public enum DataCategorySet
{
    None = 0,
    SubjectIdentity = 1 << (int)Contracts.Sharing.DataCategory.SubjectIdentity,
    AccountData = 1 << (int)Contracts.Sharing.DataCategory.AccountData,
    TransactionData = 1 << (int)Contracts.Sharing.DataCategory.TransactionData,
    Narrative = 1 << (int)Contracts.Sharing.DataCategory.Narrative,
    TypologyIndicators = 1 << (int)Contracts.Sharing.DataCategory.TypologyIndicators,
    CaseIntelligence = 1 << (int)Contracts.Sharing.DataCategory.CaseIntelligence,
    Outcome = 1 << (int)Contracts.Sharing.DataCategory.Outcome,
}
