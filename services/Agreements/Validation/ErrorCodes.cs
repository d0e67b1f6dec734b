namespace Concord.Agreements.Validation;

/// <summary>The stable codes of field errors; messages may change, codes do not.</summary>
public static class ErrorCodes
{
    public const string Required = "Required";
    public const string InvalidFormat = "InvalidFormat";
    public const string TooLong = "TooLong";
    public const string TooFew = "TooFew";
    public const string TooMany = "TooMany";
    public const string Duplicate = "Duplicate";
    public const string OutOfRange = "OutOfRange";
    public const string MalformedJson = "MalformedJson";
    public const string UnknownJurisdiction = "UnknownJurisdiction";
    public const string UnknownLegalGateway = "UnknownLegalGateway";

    /// <summary>None of the agreement's legal gateways serves the flow's purpose.</summary>
    public const string PurposeNotServed = "PurposeNotServed";

    /// <summary>A flow end names neither an organisation nor a kind.</summary>
    public const string PartyRequired = "PartyRequired";

    /// <summary>A flow end names both an organisation and a kind.</summary>
    public const string AmbiguousParty = "AmbiguousParty";

    /// <summary>A flow end names an organisation that is not a party of the agreement.</summary>
    public const string NotAParty = "NotAParty";

    /// <summary>A flow end names a kind no party of the agreement is.</summary>
    public const string NoPartyOfKind = "NoPartyOfKind";

    /// <summary>A flow goes from a named organisation to itself.</summary>
    public const string SameParty = "SameParty";

    /// <summary>Two flows of one agreement cover the same purpose and data category between the same ends.</summary>
    public const string OverlappingFlow = "OverlappingFlow";

    public const string NotInFlow = "NotInFlow";
    public const string BeforeValidFrom = "BeforeValidFrom";
    public const string InThePast = "InThePast";
    public const string Immutable = "Immutable";
}
