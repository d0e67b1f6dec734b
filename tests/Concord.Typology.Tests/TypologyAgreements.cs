using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;
using Concord.Testing;

namespace Concord.Typology.Tests;

/// <summary>
/// The demo's agreements as far as typologies go (deploy/seed/demo-agreements.json): the statutory ones, which carry no
/// typologies, and the partnership AGR-GB-JMLIT-2026, whose flows let fiu-gb send typologies up to RED to banks and police
/// (by kind) and banks acknowledge them. bank-gamma is party to nothing.
/// </summary>
internal static class TypologyAgreements
{
    public const string Fiu = DemoAgreements.Fiu;
    public const string Jmlit = DemoPartnership.Code;

    public static readonly Guid JmlitId = DemoPartnership.Id;
    public static readonly Guid NamedRedId = Guid.Parse("5d1c0a3e-0000-4000-8000-00000000a7ed");

    public static AgreementTerms[] Demo() => [DemoAgreements.Statutory("bank-alpha"), DemoAgreements.Statutory("bank-beta"), Partnership()];

    public static AgreementTerms Partnership(AgreementStatus status = AgreementStatus.Active) => new()
    {
        AgreementId = JmlitId,
        Version = 1,
        Code = Jmlit,
        Title = "Joint money laundering intelligence partnership (test)",
        Kind = AgreementKind.Partnership,
        Status = status,
        Parties =
        [
            new AgreementParty { OrganisationId = Fiu, Kind = OrganisationKind.Fiu },
            new AgreementParty { OrganisationId = "police-ecu", Kind = OrganisationKind.LawEnforcement },
            new AgreementParty { OrganisationId = "bank-alpha", Kind = OrganisationKind.Bank },
            new AgreementParty { OrganisationId = "bank-beta", Kind = OrganisationKind.Bank },
        ],
        LegalGateways = [DemoPartnership.Gateway],
        ValidFrom = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        ValidUntil = new DateTimeOffset(2028, 12, 31, 23, 59, 59, TimeSpan.Zero),
        Flows =
        [
            Flow(new FlowParty { OrganisationId = Fiu }, new FlowParty { Kind = OrganisationKind.Bank }, OnwardSharingRule.WithinAgreement),
            Flow(new FlowParty { Kind = OrganisationKind.Bank }, new FlowParty { OrganisationId = Fiu }, OnwardSharingRule.Prohibited),
            Flow(new FlowParty { OrganisationId = Fiu }, new FlowParty { Kind = OrganisationKind.LawEnforcement }, OnwardSharingRule.WithinAgreement),
        ],
    };

    /// <summary>An agreement whose flow names bank-alpha, so that TLP:RED may go to it (RED never goes to a kind of party).</summary>
    public static AgreementTerms NamedRed() => Partnership() with
    {
        AgreementId = NamedRedId,
        Code = "AGR-TEST-RED",
        Parties = [new AgreementParty { OrganisationId = Fiu, Kind = OrganisationKind.Fiu }, new AgreementParty { OrganisationId = "bank-alpha", Kind = OrganisationKind.Bank }],
        Flows = [Flow(new FlowParty { OrganisationId = Fiu }, new FlowParty { OrganisationId = "bank-alpha" }, OnwardSharingRule.Prohibited)],
    };

    /// <summary>The envelope a bank's acknowledgement travels under, as the gateway puts it on.</summary>
    public static SharingEnvelope AcknowledgementEnvelope(string bank, string code) => new()
    {
        AgreementId = JmlitId,
        AgreementVersion = 1,
        LegalGateway = DemoPartnership.Gateway,
        Purpose = Purpose.TypologyDissemination,
        DataCategories = [DataCategory.TypologyIndicators],
        Originator = bank,
        Sender = bank,
        Recipients = [Fiu],
        Handling = new Handling { Marking = Tlp.Green, OnwardSharing = OnwardSharingRule.Prohibited },
        RetainUntil = DateTimeOffset.UtcNow.AddDays(300),
        Lineage = [code],
    };

    private static AgreementFlow Flow(FlowParty from, FlowParty to, OnwardSharingRule onward) => new()
    {
        From = from,
        To = to,
        Purposes = [Purpose.TypologyDissemination],
        Categories = [DataCategory.TypologyIndicators],
        MaxMarking = Tlp.Red,
        OnwardSharing = onward,
        RetentionDays = 1095,
    };
}
