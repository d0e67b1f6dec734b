using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Decisions;

namespace Concord.LegalBasis.Tests.Decisions;

/// <summary>
/// A small partnership to decide against: two banks, an FIU and a police unit under one agreement resting on
/// GB-POCA-330, and a bank that is not a party.
/// </summary>
internal static class PartnershipFixture
{
    public static readonly Guid AgreementId = Guid.Parse("0b6f3a52-2f0e-4d1c-9a55-6f1f7d0a0001");
    public static readonly Guid ConsentId = Guid.Parse("0b6f3a52-2f0e-4d1c-9a55-6f1f7d0a00c1");
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan MaxStaleness = TimeSpan.FromMinutes(5);

    public static AgreementTerms Agreement(AgreementStatus status = AgreementStatus.Active) => new()
    {
        AgreementId = AgreementId,
        Version = 1,
        Code = "AGR-GB-PPP-1",
        Title = "UK partnership: banks, UKFIU and a police unit",
        Kind = AgreementKind.Partnership,
        Status = status,
        Parties =
        [
            new AgreementParty { OrganisationId = "bank-alpha", Kind = OrganisationKind.Bank },
            new AgreementParty { OrganisationId = "bank-beta", Kind = OrganisationKind.Bank },
            new AgreementParty { OrganisationId = "fiu-gb", Kind = OrganisationKind.Fiu },
            new AgreementParty { OrganisationId = "police-gb", Kind = OrganisationKind.LawEnforcement },
        ],
        LegalGateways = ["GB-POCA-330", "GB-CCA-7"],
        ValidFrom = Now.AddYears(-1),
        ValidUntil = Now.AddYears(1),
        Flows =
        [
            new AgreementFlow
            {
                From = new FlowParty { Kind = OrganisationKind.Bank },
                To = new FlowParty { OrganisationId = "fiu-gb" },
                Purposes = [Purpose.SuspicionReporting],
                Categories = [DataCategory.SubjectIdentity, DataCategory.AccountData, DataCategory.TransactionData, DataCategory.Narrative],
                MaxMarking = Tlp.Amber,
                OnwardSharing = OnwardSharingRule.WithinAgreement,
                RetentionDays = 3650,
                Retention = [new CategoryRetention { Category = DataCategory.Narrative, Days = 1825 }],
            },
            new AgreementFlow
            {
                From = new FlowParty { OrganisationId = "fiu-gb" },
                To = new FlowParty { Kind = OrganisationKind.Bank },
                Purposes = [Purpose.Feedback],
                Categories = [DataCategory.Outcome],
                MaxMarking = Tlp.Amber,
                OnwardSharing = OnwardSharingRule.Prohibited,
                RetentionDays = 365,
            },
            new AgreementFlow
            {
                From = new FlowParty { OrganisationId = "fiu-gb" },
                To = new FlowParty { OrganisationId = "police-gb" },
                Purposes = [Purpose.Investigation],
                Categories = [DataCategory.SubjectIdentity, DataCategory.CaseIntelligence],
                MaxMarking = Tlp.Red,
                OnwardSharing = OnwardSharingRule.WithOriginatorConsent,
                RetentionDays = 730,
            },
            new AgreementFlow
            {
                From = new FlowParty { OrganisationId = "fiu-gb" },
                To = new FlowParty { Kind = OrganisationKind.LawEnforcement },
                Purposes = [Purpose.AssetRecovery],
                Categories = [DataCategory.AccountData],
                MaxMarking = Tlp.Red,
                OnwardSharing = OnwardSharingRule.Prohibited,
                RetentionDays = 365,
            },
        ],
    };

    /// <summary>bank-alpha's consent that the FIU passes its data to the police for an investigation, for a month.</summary>
    public static OnwardSharingConsent Consent() => new()
    {
        ConsentId = ConsentId,
        Originator = "bank-alpha",
        Recipient = "police-gb",
        Purpose = Purpose.Investigation,
        GrantedAt = Now.AddDays(-1),
        ExpiresAt = Now.AddDays(30),
    };

    public static AgreementReplica Replica(AgreementTerms? agreement = null, OnwardSharingConsent? consent = null, DateTimeOffset? currentAsOf = null) =>
        new([agreement ?? Agreement()], [consent ?? Consent()], currentAsOf ?? Now.AddMinutes(-1));

    /// <summary>bank-alpha files a report with the FIU: permitted.</summary>
    public static AccessRequest Filing() => new()
    {
        Actor = "bank-alpha",
        Action = AccessAction.Share,
        Sender = "bank-alpha",
        Recipient = "fiu-gb",
        Originator = "bank-alpha",
        AgreementId = AgreementId,
        LegalGateway = "GB-POCA-330",
        Purpose = Purpose.SuspicionReporting,
        Categories = DataCategorySet.SubjectIdentity | DataCategorySet.TransactionData | DataCategorySet.Narrative,
        Marking = Tlp.Amber,
        OnwardSharing = OnwardSharingRule.WithinAgreement,
        At = Now,
    };

    /// <summary>The FIU passes bank-alpha's data to the police for an investigation.</summary>
    public static AccessRequest Dissemination() => Filing() with
    {
        Actor = "fiu-gb",
        Sender = "fiu-gb",
        Recipient = "police-gb",
        Purpose = Purpose.Investigation,
        Categories = DataCategorySet.SubjectIdentity,
        OnwardSharing = OnwardSharingRule.WithOriginatorConsent,
        ConsentId = ConsentId,
    };

    /// <summary>bank-alpha's report to the FIU, as the gateway envelopes it.</summary>
    public static SharingEnvelope FilingEnvelope() => new()
    {
        AgreementId = AgreementId,
        AgreementVersion = 1,
        LegalGateway = "GB-POCA-330",
        Purpose = Purpose.SuspicionReporting,
        DataCategories = [DataCategory.SubjectIdentity, DataCategory.TransactionData, DataCategory.Narrative],
        Originator = "bank-alpha",
        Sender = "bank-alpha",
        Recipients = ["fiu-gb"],
        Handling = new Handling { Marking = Tlp.Amber, OnwardSharing = OnwardSharingRule.WithinAgreement },
        RetainUntil = Now.AddDays(1825),
    };

    public static Decision Decide(AccessRequest request, AgreementReplica? replica = null) =>
        DecisionPoint.Decide(replica ?? Replica(), MaxStaleness, request);
}
