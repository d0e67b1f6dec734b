namespace Concord.Typology.Domain;

/// <summary>The stable codes of the typology service's field errors and refusals; messages may change, codes do not.</summary>
public static class TypologyErrorCodes
{
    public const string Required = "Required";
    public const string TooLong = "TooLong";
    public const string TooMany = "TooMany";
    public const string InvalidFormat = "InvalidFormat";
    public const string InvalidValue = "InvalidValue";
    public const string Duplicate = "Duplicate";

    /// <summary>The crime area is not one of <see cref="CrimeAreas.All"/>.</summary>
    public const string UnknownCrimeArea = "UnknownCrimeArea";

    /// <summary>An indicator's rule does not parse or type-check; the message gives the line and column.</summary>
    public const string InvalidRule = "InvalidRule";

    /// <summary>A member that does not belong to the audience's kind (e.g. organisations on a sector audience).</summary>
    public const string NotForThisAudience = "NotForThisAudience";

    /// <summary>TLP:AMBER+STRICT and TLP:RED go to named organisations only.</summary>
    public const string MarkingNeedsNamedAudience = "MarkingNeedsNamedAudience";

    /// <summary>No agreement has the task force's code.</summary>
    public const string UnknownAgreement = "UnknownAgreement";

    /// <summary>The task force's agreement is not a partnership.</summary>
    public const string NotAPartnership = "NotAPartnership";

    /// <summary>The audience resolves to no organisation the FIU may send the typology to.</summary>
    public const string NoRecipients = "NoRecipients";

    /// <summary>The code is taken by another typology.</summary>
    public const string CodeTaken = "CodeTaken";

    /// <summary>The approver wrote or submitted the draft: four eyes means two analysts.</summary>
    public const string SelfApproval = "SelfApproval";

    /// <summary>A published version is never edited in place: draft a new version.</summary>
    public const string PublishedVersionImmutable = "PublishedVersionImmutable";

    /// <summary>The draft is in review and cannot change until it is approved or returned.</summary>
    public const string InReview = "InReview";

    /// <summary>The draft is not in review, so it cannot be approved or returned.</summary>
    public const string NotInReview = "NotInReview";

    /// <summary>The typology has a draft already: edit that one.</summary>
    public const string DraftExists = "DraftExists";

    /// <summary>The typology has no draft.</summary>
    public const string NoDraft = "NoDraft";

    /// <summary>The typology has no published version in force to withdraw, or draft a new version of.</summary>
    public const string NotPublished = "NotPublished";

    /// <summary>The typology was withdrawn already.</summary>
    public const string AlreadyWithdrawn = "AlreadyWithdrawn";

    /// <summary>The caller's token names no analyst (no <c>sub</c> or <c>client_id</c>).</summary>
    public const string NoAnalyst = "NoAnalyst";
}
