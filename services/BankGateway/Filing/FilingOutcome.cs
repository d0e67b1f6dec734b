namespace Concord.BankGateway.Filing;

public enum FilingOutcome
{
    /// <summary>Stored and on its way to the FIU.</summary>
    Accepted,

    /// <summary>The same report was filed before under this bank reference; nothing new was stored.</summary>
    Duplicate,

    /// <summary>The report failed validation; nothing was stored.</summary>
    Invalid,

    /// <summary>A different report was filed before under this bank reference; nothing was stored.</summary>
    Conflict,

    /// <summary>Valid, but not stored: no agreement gives the bank a basis to share it with its FIU now.</summary>
    NoLegalBasis,

    /// <summary>Valid, but not stored: the batch was filed all-or-nothing and another report in it was refused.</summary>
    NotFiled,
}
