namespace Concord.LegalBasis.Decisions;

/// <summary>Stable codes (for ProblemDetails and audit rows) and readable sentences for <see cref="DenyReasons"/>.</summary>
public static class DenyReasonText
{
    private static readonly DenyReasons[] Each = [.. Enum.GetValues<DenyReasons>().Where(reason => reason != DenyReasons.None)];

    /// <summary>Each reason in <paramref name="reasons"/>, in a fixed order.</summary>
    public static IEnumerable<DenyReasons> Split(this DenyReasons reasons) => Each.Where(reason => (reasons & reason) != 0);

    /// <summary>The reasons named by comma-separated <paramref name="codes"/>, as audit rows keep them; unknown codes are skipped.</summary>
    public static DenyReasons FromCodes(string? codes) =>
        (codes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Aggregate(DenyReasons.None, (reasons, code) => reasons | Each.FirstOrDefault(reason => reason.Code() == code));

    /// <summary>Every reason's code, comma-separated (empty for none), as audit rows and headers carry them.</summary>
    public static string Codes(this DenyReasons reasons) => string.Join(',', reasons.Split().Select(reason => reason.Code()));

    /// <summary>A code such as <c>purpose-not-covered</c>.</summary>
    public static string Code(this DenyReasons reason) => reason switch
    {
        DenyReasons.ReplicaStale => "agreements-replica-stale",
        DenyReasons.EnvelopeIncomplete => "envelope-incomplete",
        DenyReasons.NoAgreement => "no-agreement",
        DenyReasons.AgreementNotApproved => "agreement-not-approved",
        DenyReasons.AgreementSuspended => "agreement-suspended",
        DenyReasons.AgreementTerminated => "agreement-terminated",
        DenyReasons.AgreementExpired => "agreement-expired",
        DenyReasons.AgreementNotYetValid => "agreement-not-yet-valid",
        DenyReasons.NoLegalGateway => "no-legal-gateway",
        DenyReasons.LegalGatewayNotInAgreement => "legal-gateway-not-in-agreement",
        DenyReasons.ActorNotEntitled => "actor-not-entitled",
        DenyReasons.SenderNotParty => "sender-not-party",
        DenyReasons.RecipientNotParty => "recipient-not-party",
        DenyReasons.NoFlowBetweenParties => "no-flow",
        DenyReasons.PurposeNotCovered => "purpose-not-covered",
        DenyReasons.NoDataCategories => "no-data-categories",
        DenyReasons.CategoryNotCovered => "category-not-covered",
        DenyReasons.MarkingExceedsAgreement => "marking-exceeds-agreement",
        DenyReasons.OnwardSharingProhibited => "onward-sharing-prohibited",
        DenyReasons.OnwardSharingNeedsConsent => "onward-sharing-needs-consent",
        DenyReasons.ConsentNotValid => "consent-not-valid",
        DenyReasons.OriginatorNotParty => "originator-not-party",
        DenyReasons.RecipientNotNamed => "recipient-not-named",
        DenyReasons.RecipientNotAddressed => "recipient-not-addressed",
        DenyReasons.RetentionExceedsAgreement => "retention-exceeds-agreement",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a single deny reason."),
    };

    /// <summary>A sentence that says what is missing, e.g. for a bank's compliance officer reading a refusal.</summary>
    public static string Describe(this DenyReasons reason) => reason switch
    {
        DenyReasons.ReplicaStale => "This service's copy of the agreements is out of date, so it shares nothing until it is current again.",
        DenyReasons.EnvelopeIncomplete => "The sharing envelope is incomplete or malformed: it must name the actor, sender, recipient and originator, with valid codes.",
        DenyReasons.NoAgreement => "No data-sharing agreement covers this: none is cited, or the one cited does not exist.",
        DenyReasons.AgreementNotApproved => "The agreement is a draft: not every party has approved it.",
        DenyReasons.AgreementSuspended => "The agreement is suspended.",
        DenyReasons.AgreementTerminated => "The agreement has been terminated.",
        DenyReasons.AgreementExpired => "The agreement has expired.",
        DenyReasons.AgreementNotYetValid => "The agreement is not in force yet.",
        DenyReasons.NoLegalGateway => "No legal gateway is cited.",
        DenyReasons.LegalGatewayNotInAgreement => "The legal gateway cited is not one the agreement rests on.",
        DenyReasons.ActorNotEntitled => "The organisation acting is not the one the exchange is from (to share) or to (to receive or read).",
        DenyReasons.SenderNotParty => "The sender is not a party to the agreement.",
        DenyReasons.RecipientNotParty => "The recipient is not a party to the agreement.",
        DenyReasons.NoFlowBetweenParties => "The agreement has no flow from the sender to the recipient.",
        DenyReasons.PurposeNotCovered => "The agreement's flows from the sender to the recipient do not cover this purpose.",
        DenyReasons.NoDataCategories => "The sharing envelope names no data category.",
        DenyReasons.CategoryNotCovered => "The agreement's flows for this purpose do not cover every category of data sent.",
        DenyReasons.MarkingExceedsAgreement => "The data's TLP marking is above what the agreement's flow allows.",
        DenyReasons.OnwardSharingProhibited => "The originator does not allow this data to be passed on.",
        DenyReasons.OnwardSharingNeedsConsent => "Passing this data on needs the originator's consent, and none is cited.",
        DenyReasons.ConsentNotValid => "The consent cited is unknown, expired, withdrawn, or not for this originator, recipient and purpose.",
        DenyReasons.OriginatorNotParty => "This data may be passed on only within its agreement, and its originator is not a party to this one.",
        DenyReasons.RecipientNotNamed => "Data marked TLP:RED goes only to recipients the agreement's flow names, not to a kind of party.",
        DenyReasons.RecipientNotAddressed => "The sharing envelope does not address this recipient.",
        DenyReasons.RetentionExceedsAgreement => "The sharing envelope keeps the data longer than the agreement allows.",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a single deny reason."),
    };
}
