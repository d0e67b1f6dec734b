using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;
using Concord.Testing;

namespace Concord.Fiu.Tests.Disseminations;

/// <summary>
/// The task-force flows of the demo's <c>AGR-GB-JMLIT-2026</c> (deploy/seed/demo-agreements.json) that the FIU's side
/// of cases rests on: disseminations to law enforcement, outcomes back, and the FIU's typology and request flows to banks
/// (so a bank of the task force has flows from the FIU, just none for an investigation).
/// </summary>
internal static class TaskForce
{
    public const string Code = DemoPartnership.Code;
    public const string Gateway = DemoPartnership.Gateway;
    public const string Police = "police-ecu";
    public const string Prosecutor = "cps-demo";

    public static readonly Guid Id = Guid.Parse("5d1c0a3e-0000-4000-8000-00000000ca5e");

    public static AgreementTerms[] All() => [DemoAgreements.Statutory("bank-alpha"), DemoAgreements.Statutory("bank-beta"), Terms()];

    public static AgreementTerms Terms() => new()
    {
        AgreementId = Id,
        Version = 1,
        Code = Code,
        Title = "Joint money laundering intelligence partnership (test)",
        Kind = AgreementKind.Partnership,
        Status = AgreementStatus.Active,
        Parties =
        [
            new AgreementParty { OrganisationId = DemoAgreements.Fiu, Kind = OrganisationKind.Fiu },
            new AgreementParty { OrganisationId = Police, Kind = OrganisationKind.LawEnforcement },
            new AgreementParty { OrganisationId = "bank-alpha", Kind = OrganisationKind.Bank },
            new AgreementParty { OrganisationId = "bank-beta", Kind = OrganisationKind.Bank },
            new AgreementParty { OrganisationId = Prosecutor, Kind = OrganisationKind.Prosecutor },
        ],
        LegalGateways = [Gateway],
        ValidFrom = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        ValidUntil = new DateTimeOffset(2028, 12, 31, 23, 59, 59, TimeSpan.Zero),
        Flows =
        [
            Flow(new FlowParty { OrganisationId = DemoAgreements.Fiu }, new FlowParty { Kind = OrganisationKind.LawEnforcement }, Purpose.Investigation,
                [DataCategory.SubjectIdentity, DataCategory.AccountData, DataCategory.TransactionData, DataCategory.Narrative, DataCategory.CaseIntelligence],
                Tlp.AmberStrict, OnwardSharingRule.WithOriginatorConsent, 2190),
            Flow(new FlowParty { OrganisationId = DemoAgreements.Fiu }, new FlowParty { Kind = OrganisationKind.Bank }, Purpose.InformationRequest,
                [DataCategory.SubjectIdentity], Tlp.AmberStrict, OnwardSharingRule.Prohibited, 365),
            Flow(new FlowParty { Kind = OrganisationKind.LawEnforcement }, new FlowParty { OrganisationId = DemoAgreements.Fiu }, Purpose.Feedback,
                [DataCategory.Outcome], Tlp.Amber, OnwardSharingRule.WithinAgreement, 3650),
            Flow(new FlowParty { OrganisationId = Police }, new FlowParty { OrganisationId = "bank-alpha" }, Purpose.Investigation,
                [DataCategory.CaseIntelligence], Tlp.Amber, OnwardSharingRule.Prohibited, 730),
            Flow(new FlowParty { Kind = OrganisationKind.LawEnforcement }, new FlowParty { OrganisationId = Prosecutor }, Purpose.Prosecution,
                [DataCategory.SubjectIdentity, DataCategory.AccountData, DataCategory.TransactionData, DataCategory.Narrative, DataCategory.CaseIntelligence],
                Tlp.AmberStrict, OnwardSharingRule.WithinAgreement, 3650),
        ],
    };

    /// <summary>The envelope a case's outcome travels to the FIU under, as the Cases service puts it on.</summary>
    public static SharingEnvelope OutcomeEnvelope(string sender = Police, IReadOnlyList<string>? lineage = null) => new()
    {
        AgreementId = Id,
        AgreementVersion = 1,
        LegalGateway = Gateway,
        Purpose = Purpose.Feedback,
        DataCategories = [DataCategory.Outcome],
        Originator = sender,
        Sender = sender,
        Recipients = [DemoAgreements.Fiu],
        Handling = new Handling { Marking = Tlp.Amber, OnwardSharing = OnwardSharingRule.WithinAgreement },
        RetainUntil = DateTimeOffset.UtcNow.AddDays(3000),
        Lineage = lineage ?? [],
    };

    private static AgreementFlow Flow(FlowParty from, FlowParty to, Purpose purpose, IReadOnlyList<DataCategory> categories, Tlp marking, OnwardSharingRule onward, int days) => new()
    {
        From = from,
        To = to,
        Purposes = [purpose],
        Categories = categories,
        MaxMarking = marking,
        OnwardSharing = onward,
        RetentionDays = days,
    };
}
