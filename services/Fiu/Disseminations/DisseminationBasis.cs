using Concord.Contracts.Agreements;
using Concord.Contracts.Filing;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;

namespace Concord.Fiu.Disseminations;

/// <summary>What a dissemination shares with a task-force organisation, on which basis, and how a missing basis is explained.</summary>
internal static class DisseminationBasis
{
    /// <summary>The analysis and what it rests on: intelligence produced by the FIU, and its narrative.</summary>
    public static readonly IReadOnlyList<DataCategory> Categories = [DataCategory.CaseIntelligence, DataCategory.Narrative];

    public const Tlp DefaultMarking = Tlp.Amber;

    public const OnwardSharingRule DefaultOnwardSharing = OnwardSharingRule.WithOriginatorConsent;

    /// <summary>
    /// May the FIU send the dissemination to <paramref name="recipient"/> under <paramref name="terms"/> now? On a permit,
    /// the envelope it travels under (retention and marking as the agreement sets them).
    /// </summary>
    public static (Decision Decision, SharingEnvelope? Envelope) Decide(
        LegalBasisGuard guard, AgreementTerms terms, string fiu, string recipient, Tlp marking, OnwardSharingRule onwardSharing,
        SourceGrading? grading, IReadOnlyList<string> lineage, DateTimeOffset now)
    {
        var draft = new SharingEnvelope
        {
            AgreementId = terms.AgreementId,
            AgreementVersion = terms.Version,
            LegalGateway = terms.LegalGateways.Count > 0 ? terms.LegalGateways[0] : "",
            Purpose = Purpose.Investigation,
            DataCategories = Categories,
            Originator = fiu,
            Sender = fiu,
            Recipients = [recipient],
            Handling = new Handling { Marking = marking, OnwardSharing = onwardSharing },
            // Note: the shortest retention there is, so the guard's retention check always passes; the permit then says
            // how long the recipient may keep it.
            RetainUntil = now,
            SourceGrading = grading,
            Lineage = lineage,
        };
        var decision = guard.Decide(draft, AccessAction.Share, fiu, recipient);
        return decision.IsPermitted
            ? (decision, draft with
            {
                AgreementVersion = decision.AgreementVersion,
                Handling = new Handling { Marking = decision.Obligations.Marking, OnwardSharing = onwardSharing },
                RetainUntil = decision.Obligations.RetainUntil,
            })
            : (decision, null);
    }

    /// <summary>One error per reason, at the recipient, naming it and the agreement.</summary>
    public static IEnumerable<FieldError> Errors(string fiu, string recipient, string agreement, Decision decision) =>
        decision.Reasons.Split().Select(reason => new FieldError
        {
            Path = "recipientOrganisationId",
            Code = reason.Code(),
            Message = $"No legal basis for {fiu} to disseminate to {recipient} under {agreement}: {reason.Describe()}",
        });
}
