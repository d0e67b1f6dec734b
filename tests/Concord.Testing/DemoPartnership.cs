using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;

namespace Concord.Testing;

/// <summary>
/// The demo's partnership agreement (<c>AGR-GB-JMLIT-2026</c> in deploy/seed/demo-agreements.json): the FIU asks banks
/// about subjects, banks answer with what they hold. And a narrower one for tests, whose banks may answer with subject
/// identity and account data only.
/// </summary>
public static class DemoPartnership
{
    public const string Code = "AGR-GB-JMLIT-2026";
    public const string NarrowCode = "AGR-TEST-RFI-NARROW";
    public const string Gateway = "GB-CCA-7";

    public static readonly Guid Id = Guid.Parse("5d1c0a3e-0000-4000-8000-0000000a1e17");
    public static readonly Guid NarrowId = Guid.Parse("5d1c0a3e-0000-4000-8000-00000000a770");

    public static AgreementTerms Jmlit(AgreementStatus status = AgreementStatus.Active) => Terms(
        Id, Code, status, [DataCategory.SubjectIdentity, DataCategory.AccountData, DataCategory.TransactionData, DataCategory.Narrative]);

    /// <summary>Banks may tell the FIU who and which accounts, never transactions or a narrative.</summary>
    public static AgreementTerms Narrow() => Terms(NarrowId, NarrowCode, AgreementStatus.Active, [DataCategory.SubjectIdentity, DataCategory.AccountData]);

    /// <summary>The demo's statutory agreements and both partnership agreements.</summary>
    public static AgreementTerms[] All() => [DemoAgreements.Statutory("bank-alpha"), DemoAgreements.Statutory("bank-beta"), Jmlit(), Narrow()];

    /// <summary>The envelope a request to <paramref name="bank"/> travels under, as the FIU puts it on.</summary>
    public static SharingEnvelope RequestEnvelope(string bank, string reference, Guid? agreement = null) => new()
    {
        AgreementId = agreement ?? Id,
        AgreementVersion = 1,
        LegalGateway = Gateway,
        Purpose = Purpose.InformationRequest,
        DataCategories = [DataCategory.SubjectIdentity],
        Originator = DemoAgreements.Fiu,
        Sender = DemoAgreements.Fiu,
        Recipients = [bank],
        Handling = new Handling { Marking = Tlp.AmberStrict, OnwardSharing = OnwardSharingRule.Prohibited },
        RetainUntil = DateTimeOffset.UtcNow.AddDays(300),
        Lineage = [reference],
    };

    /// <summary>The envelope a bank's answer travels under, as the gateway puts it on.</summary>
    public static SharingEnvelope AnswerEnvelope(string bank, string reference, IReadOnlyList<DataCategory>? categories = null) => new()
    {
        AgreementId = Id,
        AgreementVersion = 1,
        LegalGateway = Gateway,
        Purpose = Purpose.InformationRequest,
        DataCategories = categories ?? [DataCategory.SubjectIdentity],
        Originator = bank,
        Sender = bank,
        Recipients = [DemoAgreements.Fiu],
        Handling = new Handling { Marking = Tlp.Amber, OnwardSharing = OnwardSharingRule.WithinAgreement },
        RetainUntil = DateTimeOffset.UtcNow.AddDays(2000),
        Lineage = [reference],
    };

    private static AgreementTerms Terms(Guid id, string code, AgreementStatus status, IReadOnlyList<DataCategory> answerCategories) => new()
    {
        AgreementId = id,
        Version = 1,
        Code = code,
        Title = $"Partnership {code} (test)",
        Kind = AgreementKind.Partnership,
        Status = status,
        Parties =
        [
            new AgreementParty { OrganisationId = DemoAgreements.Fiu, Kind = OrganisationKind.Fiu },
            new AgreementParty { OrganisationId = "police-ecu", Kind = OrganisationKind.LawEnforcement },
            new AgreementParty { OrganisationId = "bank-alpha", Kind = OrganisationKind.Bank },
            new AgreementParty { OrganisationId = "bank-beta", Kind = OrganisationKind.Bank },
        ],
        LegalGateways = [Gateway],
        ValidFrom = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        ValidUntil = new DateTimeOffset(2028, 12, 31, 23, 59, 59, TimeSpan.Zero),
        Flows =
        [
            new AgreementFlow
            {
                From = new FlowParty { OrganisationId = DemoAgreements.Fiu },
                To = new FlowParty { Kind = OrganisationKind.Bank },
                Purposes = [Purpose.InformationRequest],
                Categories = [DataCategory.SubjectIdentity],
                MaxMarking = Tlp.AmberStrict,
                OnwardSharing = OnwardSharingRule.Prohibited,
                RetentionDays = 365,
            },
            new AgreementFlow
            {
                From = new FlowParty { Kind = OrganisationKind.Bank },
                To = new FlowParty { OrganisationId = DemoAgreements.Fiu },
                Purposes = [Purpose.InformationRequest],
                Categories = answerCategories,
                MaxMarking = Tlp.AmberStrict,
                OnwardSharing = OnwardSharingRule.WithinAgreement,
                RetentionDays = 2190,
            },
        ],
    };
}
