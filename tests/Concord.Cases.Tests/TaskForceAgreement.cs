using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;
using Concord.Testing;

namespace Concord.Cases.Tests;

/// <summary>
/// The demo task force with the flows intelligence items, production requests and outcomes travel on (as in
/// deploy/seed/demo-agreements.json), and for the tests: bank-beta's investigators are vetted too (so a bank member can
/// be shown another bank's data stays hidden), bank-gamma is a party, and outcomes go to bank-alpha and bank-gamma only.
/// </summary>
internal static class TaskForceAgreement
{
    public const string Fiu = DemoAgreements.Fiu;
    public const string Police = "police-ecu";
    public const string Prosecutor = "cps-demo";

    public static AgreementTerms[] All() => [DemoAgreements.Statutory("bank-alpha"), Terms()];

    public static AgreementTerms Terms() => CaseAgreements.Jmlit() with
    {
        Parties = [.. CaseAgreements.Jmlit().Parties, new AgreementParty { OrganisationId = "bank-gamma", Kind = OrganisationKind.Bank }],
        Flows =
        [
            Flow(new FlowParty { OrganisationId = Fiu }, new FlowParty { Kind = OrganisationKind.LawEnforcement }, Purpose.Investigation,
                [DataCategory.SubjectIdentity, DataCategory.AccountData, DataCategory.TransactionData, DataCategory.Narrative, DataCategory.CaseIntelligence],
                Tlp.AmberStrict, OnwardSharingRule.WithOriginatorConsent),
            Flow(new FlowParty { OrganisationId = Police }, new FlowParty { OrganisationId = "bank-alpha" }, Purpose.Investigation, [DataCategory.CaseIntelligence], Tlp.Amber, OnwardSharingRule.Prohibited),
            Flow(new FlowParty { OrganisationId = Police }, new FlowParty { OrganisationId = "bank-beta" }, Purpose.Investigation, [DataCategory.CaseIntelligence], Tlp.Amber, OnwardSharingRule.Prohibited),
            Flow(new FlowParty { Kind = OrganisationKind.LawEnforcement }, new FlowParty { Kind = OrganisationKind.Bank }, Purpose.Investigation,
                [DataCategory.SubjectIdentity, DataCategory.AccountData], Tlp.AmberStrict, OnwardSharingRule.Prohibited),
            Flow(new FlowParty { Kind = OrganisationKind.Bank }, new FlowParty { Kind = OrganisationKind.LawEnforcement }, Purpose.Investigation,
                [DataCategory.SubjectIdentity, DataCategory.AccountData, DataCategory.TransactionData, DataCategory.Narrative], Tlp.AmberStrict, OnwardSharingRule.WithOriginatorConsent),
            Flow(new FlowParty { Kind = OrganisationKind.LawEnforcement }, new FlowParty { OrganisationId = Fiu }, Purpose.Feedback, [DataCategory.Outcome], Tlp.Amber, OnwardSharingRule.WithinAgreement),
            Flow(new FlowParty { Kind = OrganisationKind.LawEnforcement }, new FlowParty { OrganisationId = "bank-alpha" }, Purpose.Feedback, [DataCategory.Outcome], Tlp.Amber, OnwardSharingRule.Prohibited),
            Flow(new FlowParty { Kind = OrganisationKind.LawEnforcement }, new FlowParty { OrganisationId = "bank-gamma" }, Purpose.Feedback, [DataCategory.Outcome], Tlp.Amber, OnwardSharingRule.Prohibited),
            Flow(new FlowParty { Kind = OrganisationKind.LawEnforcement }, new FlowParty { OrganisationId = Prosecutor }, Purpose.Prosecution,
                [DataCategory.SubjectIdentity, DataCategory.AccountData, DataCategory.TransactionData, DataCategory.Narrative, DataCategory.CaseIntelligence],
                Tlp.AmberStrict, OnwardSharingRule.WithinAgreement),
        ],
    };

    /// <summary>The envelope an FIU dissemination to <paramref name="recipient"/> travels under.</summary>
    public static SharingEnvelope Dissemination(string reference, string recipient = Police, Tlp marking = Tlp.AmberStrict) => new()
    {
        AgreementId = CaseAgreements.Id,
        AgreementVersion = 1,
        LegalGateway = DemoPartnership.Gateway,
        Purpose = Purpose.Investigation,
        DataCategories = [DataCategory.CaseIntelligence, DataCategory.Narrative],
        Originator = Fiu,
        Sender = Fiu,
        Recipients = [recipient],
        Handling = new Handling { Marking = marking, OnwardSharing = OnwardSharingRule.WithOriginatorConsent },
        RetainUntil = DateTimeOffset.UtcNow.AddDays(2000),
        SourceGrading = new SourceGrading { Reliability = SourceReliability.B, Credibility = InformationCredibility.ProbablyTrue },
        Lineage = [reference],
    };

    /// <summary>The envelope a bank's answer to a production request travels under.</summary>
    public static SharingEnvelope Answer(string bank, string reference, string requester = Police) => new()
    {
        AgreementId = CaseAgreements.Id,
        AgreementVersion = 1,
        LegalGateway = DemoPartnership.Gateway,
        Purpose = Purpose.Investigation,
        DataCategories = [DataCategory.AccountData, DataCategory.TransactionData],
        Originator = bank,
        Sender = bank,
        Recipients = [requester],
        Handling = new Handling { Marking = Tlp.AmberStrict, OnwardSharing = OnwardSharingRule.WithOriginatorConsent },
        RetainUntil = DateTimeOffset.UtcNow.AddDays(2000),
        Lineage = [reference],
    };

    private static AgreementFlow Flow(FlowParty from, FlowParty to, Purpose purpose, IReadOnlyList<DataCategory> categories, Tlp marking, OnwardSharingRule onward) => new()
    {
        From = from, To = to, Purposes = [purpose], Categories = categories, MaxMarking = marking, OnwardSharing = onward, RetentionDays = 2190,
    };
}
