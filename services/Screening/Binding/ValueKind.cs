namespace Concord.Screening.Binding;

/// <summary>The types of the rule language.</summary>
internal enum ValueKind
{
    Boolean,
    Number,
    String,
    Date,
    Timestamp,

    /// <summary>A list of strings (codes, nationalities, the countries of a subject's addresses): <c>contains</c>, <c>count(..)</c>.</summary>
    List,

    /// <summary>A collection of items with fields of their own (transactions, subjects, accounts): only inside an aggregate.</summary>
    Collection,
}
