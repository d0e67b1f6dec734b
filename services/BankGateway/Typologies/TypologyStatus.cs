namespace Concord.BankGateway.Typologies;

/// <summary>Where a version of a typology stands for the bank that received it.</summary>
public enum TypologyStatus
{
    /// <summary>The newest version the bank holds, and not withdrawn: it applies to the bank.</summary>
    Current,

    /// <summary>The bank holds a newer version of the same typology.</summary>
    Superseded,

    /// <summary>The FIU withdrew this version (or the typology no longer reaches the bank): the bank keeps only the record.</summary>
    Withdrawn,
}
