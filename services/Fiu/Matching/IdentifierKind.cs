namespace Concord.Fiu.Matching;

/// <summary>What a subject identifier is. Stored by name in the index, so the order here does not matter.</summary>
public enum IdentifierKind
{
    /// <summary>A person's name (scored): the sorted-token key, e.g. <c>ivan petrov</c>.</summary>
    PersonName,

    /// <summary>A legal entity's name (scored), without its legal form, e.g. <c>northgate trading</c>.</summary>
    EntityName,

    /// <summary>A checksum-valid IBAN, e.g. <c>GB82WEST12345698765432</c>.</summary>
    Iban,

    /// <summary>An account number at an institution, e.g. <c>bic:WESTGB2L|12345678</c>.</summary>
    Account,

    /// <summary>An identity document: type, issuing country, number, e.g. <c>passport|GB|533401289</c>.</summary>
    IdentityDocument,

    /// <summary>A Legal Entity Identifier with valid check digits.</summary>
    Lei,

    /// <summary>A company registration number in its country, e.g. <c>GB|14820391</c>.</summary>
    Registration,

    /// <summary>A crypto-asset address.</summary>
    CryptoAddress,

    /// <summary>A phone number in E.164.</summary>
    Phone,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>
    /// Not shown to analysts: a blocking key that brings names together to be scored — a person's name token with the
    /// date of birth (<c>p:1984-03-12:petrov</c>), an entity's name token (<c>e:northgate</c>) or whole name (<c>e=northgate trading</c>).
    /// </summary>
    NameBlock,
}
