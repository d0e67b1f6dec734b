using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;
using Concord.Testing;

namespace Concord.BankGateway.Tests.Integration;

/// <summary>
/// The agreements task-force traffic travels under in these tests: the demo partnership with its task-force flows as
/// deploy/seed/demo-agreements.json has them (police to banks: production requests and outcomes; banks to police:
/// production answers), and a narrower one whose banks may answer with subject identity and account data only.
/// </summary>
internal static class CaseAgreements
{
    public const string Police = "police-ecu";

    public static readonly Guid NarrowId = Guid.Parse("5d1c0a3e-0000-4000-8000-0000000ca5e5");

    /// <summary>The statutory agreements (reports, and the FIU's feedback) and both task-force agreements.</summary>
    public static AgreementTerms[] All() => [DemoAgreements.Statutory("bank-alpha"), DemoAgreements.Statutory("bank-beta"), TaskForce(), Narrow()];

    public static AgreementTerms TaskForce()
    {
        var jmlit = DemoPartnership.Jmlit();
        return jmlit with
        {
            Flows = [.. jmlit.Flows, ProductionRequests(), ProductionAnswers([DataCategory.SubjectIdentity, DataCategory.AccountData, DataCategory.TransactionData, DataCategory.Narrative]), OutcomesToBanks()],
        };
    }

    public static AgreementTerms Narrow() => DemoPartnership.Jmlit() with
    {
        AgreementId = NarrowId,
        Code = "AGR-TEST-PRODUCTION-NARROW",
        Flows = [ProductionRequests(), ProductionAnswers([DataCategory.SubjectIdentity, DataCategory.AccountData])],
    };

    /// <summary>The envelope a production request to <paramref name="bank"/> travels under, as the Cases service puts it on.</summary>
    public static SharingEnvelope RequestEnvelope(string bank, string reference, Guid? agreement = null) => new()
    {
        AgreementId = agreement ?? DemoPartnership.Id,
        AgreementVersion = 1,
        LegalGateway = DemoPartnership.Gateway,
        Purpose = Purpose.Investigation,
        DataCategories = [DataCategory.SubjectIdentity, DataCategory.AccountData],
        Originator = Police,
        Sender = Police,
        Recipients = [bank],
        Handling = new Handling { Marking = Tlp.AmberStrict, OnwardSharing = OnwardSharingRule.Prohibited },
        RetainUntil = DateTimeOffset.UtcNow.AddDays(700),
        Lineage = [reference],
    };

    /// <summary>The envelope a case outcome told to <paramref name="bank"/> travels under.</summary>
    public static SharingEnvelope OutcomeEnvelope(string bank, string caseReference) => new()
    {
        AgreementId = DemoPartnership.Id,
        AgreementVersion = 1,
        LegalGateway = DemoPartnership.Gateway,
        Purpose = Purpose.Feedback,
        DataCategories = [DataCategory.Outcome],
        Originator = Police,
        Sender = Police,
        Recipients = [bank],
        Handling = new Handling { Marking = Tlp.Amber, OnwardSharing = OnwardSharingRule.Prohibited },
        RetainUntil = DateTimeOffset.UtcNow.AddDays(2000),
        Lineage = [caseReference],
    };

    private static AgreementFlow ProductionRequests() => new()
    {
        From = new FlowParty { Kind = OrganisationKind.LawEnforcement },
        To = new FlowParty { Kind = OrganisationKind.Bank },
        Purposes = [Purpose.Investigation],
        Categories = [DataCategory.SubjectIdentity, DataCategory.AccountData],
        MaxMarking = Tlp.AmberStrict,
        OnwardSharing = OnwardSharingRule.Prohibited,
        RetentionDays = 730,
    };

    private static AgreementFlow ProductionAnswers(IReadOnlyList<DataCategory> categories) => new()
    {
        From = new FlowParty { Kind = OrganisationKind.Bank },
        To = new FlowParty { Kind = OrganisationKind.LawEnforcement },
        Purposes = [Purpose.Investigation],
        Categories = categories,
        MaxMarking = Tlp.AmberStrict,
        OnwardSharing = OnwardSharingRule.WithOriginatorConsent,
        RetentionDays = 2190,
    };

    private static AgreementFlow OutcomesToBanks() => new()
    {
        From = new FlowParty { Kind = OrganisationKind.LawEnforcement },
        To = new FlowParty { Kind = OrganisationKind.Bank },
        Purposes = [Purpose.Feedback],
        Categories = [DataCategory.Outcome],
        MaxMarking = Tlp.Amber,
        OnwardSharing = OnwardSharingRule.Prohibited,
        RetentionDays = 2190,
    };
}
