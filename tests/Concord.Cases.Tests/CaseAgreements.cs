using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;
using Concord.Testing;

namespace Concord.Cases.Tests;

/// <summary>
/// The demo's task force as far as cases go (AGR-GB-JMLIT-2026 in deploy/seed/demo-agreements.json): fiu-gb, police-ecu,
/// cps-demo and two banks are parties; police-ecu has an Investigation flow to bank-alpha (whose investigator may join),
/// none to bank-beta. bank-gamma is party to nothing.
/// </summary>
internal static class CaseAgreements
{
    public const string Code = DemoPartnership.Code;

    public static readonly Guid Id = DemoPartnership.Id;

    public static AgreementTerms[] Demo() => [DemoAgreements.Statutory("bank-alpha"), Jmlit()];

    public static AgreementTerms Jmlit(AgreementStatus status = AgreementStatus.Active) => new()
    {
        AgreementId = Id,
        Version = 1,
        Code = Code,
        Title = "Joint money laundering intelligence partnership (test)",
        Kind = AgreementKind.Partnership,
        Status = status,
        Parties =
        [
            new AgreementParty { OrganisationId = DemoAgreements.Fiu, Kind = OrganisationKind.Fiu },
            new AgreementParty { OrganisationId = "police-ecu", Kind = OrganisationKind.LawEnforcement },
            new AgreementParty { OrganisationId = "cps-demo", Kind = OrganisationKind.Prosecutor },
            new AgreementParty { OrganisationId = "bank-alpha", Kind = OrganisationKind.Bank },
            new AgreementParty { OrganisationId = "bank-beta", Kind = OrganisationKind.Bank },
        ],
        LegalGateways = [DemoPartnership.Gateway],
        ValidFrom = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        ValidUntil = new DateTimeOffset(2099, 12, 31, 23, 59, 59, TimeSpan.Zero),
        Flows =
        [
            Flow(new FlowParty { OrganisationId = DemoAgreements.Fiu }, new FlowParty { Kind = OrganisationKind.LawEnforcement }),
            Flow(new FlowParty { OrganisationId = "police-ecu" }, new FlowParty { OrganisationId = "bank-alpha" }),
            new AgreementFlow
            {
                From = new FlowParty { OrganisationId = DemoAgreements.Fiu },
                To = new FlowParty { OrganisationId = "bank-beta" },
                Purposes = [Purpose.TypologyDissemination],
                Categories = [DataCategory.TypologyIndicators],
                MaxMarking = Tlp.Amber,
                OnwardSharing = OnwardSharingRule.Prohibited,
                RetentionDays = 365,
            },
        ],
    };

    private static AgreementFlow Flow(FlowParty from, FlowParty to) => new()
    {
        From = from,
        To = to,
        Purposes = [Purpose.Investigation],
        Categories = [DataCategory.CaseIntelligence],
        MaxMarking = Tlp.AmberStrict,
        OnwardSharing = OnwardSharingRule.WithOriginatorConsent,
        RetentionDays = 2190,
    };
}
