using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;
using Concord.Testing;

namespace Concord.BankGateway.Tests.Integration;

/// <summary>
/// The agreements typologies travel under in these tests: the demo partnership with its typology flows as
/// deploy/seed/demo-agreements.json has them (to any bank up to RED, acknowledgements back), one whose flows name each
/// bank (a TLP:RED typology reaches only named recipients), and one with no flow back to the FIU.
/// </summary>
internal static class TypologyAgreements
{
    public static readonly Guid NamedId = Guid.Parse("5d1c0a3e-0000-4000-8000-0000000070ed");
    public static readonly Guid OneWayId = Guid.Parse("5d1c0a3e-0000-4000-8000-00000000017a");

    /// <summary>The statutory agreements and the three typology agreements.</summary>
    public static AgreementTerms[] All() =>
        [DemoAgreements.Statutory("bank-alpha"), DemoAgreements.Statutory("bank-beta"), Jmlit(), Named(), OneWay()];

    public static AgreementTerms Jmlit()
    {
        var jmlit = DemoPartnership.Jmlit();
        return jmlit with { Flows = [.. jmlit.Flows, ToBanks(new FlowParty { Kind = OrganisationKind.Bank }), BackToTheFiu()] };
    }

    public static AgreementTerms Named() => Terms(NamedId, "AGR-TEST-TYPOLOGY-NAMED",
        [ToBanks(new FlowParty { OrganisationId = "bank-alpha" }), ToBanks(new FlowParty { OrganisationId = "bank-beta" }), BackToTheFiu()]);

    public static AgreementTerms OneWay() => Terms(OneWayId, "AGR-TEST-TYPOLOGY-ONE-WAY", [ToBanks(new FlowParty { Kind = OrganisationKind.Bank })]);

    private static AgreementFlow ToBanks(FlowParty to) => new()
    {
        From = new FlowParty { OrganisationId = DemoAgreements.Fiu },
        To = to,
        Purposes = [Purpose.TypologyDissemination],
        Categories = [DataCategory.TypologyIndicators],
        MaxMarking = Tlp.Red,
        OnwardSharing = OnwardSharingRule.WithinAgreement,
        RetentionDays = 1095,
    };

    private static AgreementFlow BackToTheFiu() => new()
    {
        From = new FlowParty { Kind = OrganisationKind.Bank },
        To = new FlowParty { OrganisationId = DemoAgreements.Fiu },
        Purposes = [Purpose.TypologyDissemination],
        Categories = [DataCategory.TypologyIndicators],
        MaxMarking = Tlp.Red,
        OnwardSharing = OnwardSharingRule.Prohibited,
        RetentionDays = 1095,
    };

    private static AgreementTerms Terms(Guid id, string code, IReadOnlyList<AgreementFlow> flows) => DemoPartnership.Jmlit() with
    {
        AgreementId = id,
        Code = code,
        Title = $"Typologies {code} (test)",
        Flows = flows,
    };
}
