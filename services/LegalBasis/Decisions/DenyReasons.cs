namespace Concord.LegalBasis.Decisions;

/// <summary>
/// Why a decision denied. A decision can carry several; <see cref="DenyReasonText"/> gives each a stable code and a
/// sentence a compliance officer can read.
/// </summary>
[Flags]
public enum DenyReasons : long
{
    None = 0,

    /// <summary>This service's copy of the agreements is older than allowed: it refuses rather than guess.</summary>
    ReplicaStale = 1L << 0,

    /// <summary>The actor, sender, recipient or originator is missing, or a coded value is not one the contracts define.</summary>
    EnvelopeIncomplete = 1L << 1,

    /// <summary>No agreement is cited, or the cited one is unknown.</summary>
    NoAgreement = 1L << 2,

    /// <summary>The agreement is still a draft: not every party approved it.</summary>
    AgreementNotApproved = 1L << 3,

    AgreementSuspended = 1L << 4,

    AgreementTerminated = 1L << 5,

    /// <summary>The agreement's validity window has ended.</summary>
    AgreementExpired = 1L << 6,

    /// <summary>The agreement's validity window has not begun.</summary>
    AgreementNotYetValid = 1L << 7,

    /// <summary>The envelope cites no legal gateway.</summary>
    NoLegalGateway = 1L << 8,

    /// <summary>The legal gateway cited is not one the agreement rests on.</summary>
    LegalGatewayNotInAgreement = 1L << 9,

    /// <summary>The actor is not the end of the exchange its action requires (the sender to share, the recipient to receive or read).</summary>
    ActorNotEntitled = 1L << 10,

    SenderNotParty = 1L << 11,

    RecipientNotParty = 1L << 12,

    /// <summary>The agreement has no flow from the sender to the recipient.</summary>
    NoFlowBetweenParties = 1L << 13,

    /// <summary>No flow between the two covers the purpose.</summary>
    PurposeNotCovered = 1L << 14,

    /// <summary>The envelope names no data category.</summary>
    NoDataCategories = 1L << 15,

    /// <summary>No flow between the two covers every data category for the purpose.</summary>
    CategoryNotCovered = 1L << 16,

    /// <summary>The data's marking is more restrictive than the flow allows.</summary>
    MarkingExceedsAgreement = 1L << 17,

    /// <summary>The originator prohibited passing the data on.</summary>
    OnwardSharingProhibited = 1L << 18,

    /// <summary>Passing the data on needs the originator's consent, and none is cited.</summary>
    OnwardSharingNeedsConsent = 1L << 19,

    /// <summary>The consent cited is unknown, expired, withdrawn, or for another originator, recipient or purpose.</summary>
    ConsentNotValid = 1L << 20,

    /// <summary>The data may be passed on within its agreement only, and its originator is not a party to this one.</summary>
    OriginatorNotParty = 1L << 21,

    /// <summary>Data marked TLP:RED goes only to recipients a flow names, not to a kind of party.</summary>
    RecipientNotNamed = 1L << 22,

    /// <summary>The envelope does not address the organisation taking or reading the data.</summary>
    RecipientNotAddressed = 1L << 23,

    /// <summary>The envelope keeps the data longer than the agreement's flow allows.</summary>
    RetentionExceedsAgreement = 1L << 24,
}
