using Concord.Agreements.Endpoints;
using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;

namespace Concord.Agreements.Tests.Integration;

/// <summary>Draft agreements for tests: a statutory reporting agreement between a bank and the FIU, on a gateway of the test's own.</summary>
public static class Drafts
{
    public static string NewCode(string prefix = "AGR-T") => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 64)].ToUpperInvariant();

    public static LegalGatewayRequest Gateway(string code, params Purpose[] purposes) => new()
    {
        Code = code,
        Jurisdiction = "GB",
        Citation = "Proceeds of Crime Act 2002, s.330–331 (UK)",
        Description = "Duty of regulated firms to disclose suspicion to the FIU.",
        Purposes = purposes.Length > 0 ? purposes : [Purpose.SuspicionReporting, Purpose.Feedback],
    };

    public static AgreementDraftRequest Statutory(string code, string gateway, string bank = "bank-gamma", string fiu = "fiu-gb", DateTimeOffset? validUntil = null) => new()
    {
        Code = code,
        Title = $"Statutory reporting {bank} to {fiu}",
        Kind = AgreementKind.Statutory,
        Parties = [new PartyRequest { OrganisationId = bank, Kind = OrganisationKind.Bank }, new PartyRequest { OrganisationId = fiu, Kind = OrganisationKind.Fiu }],
        LegalGateways = [gateway],
        ValidFrom = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        ValidUntil = validUntil ?? new DateTimeOffset(2031, 12, 31, 23, 59, 59, TimeSpan.Zero),
        Flows =
        [
            new FlowRequest
            {
                From = new FlowPartyRequest { OrganisationId = bank },
                To = new FlowPartyRequest { OrganisationId = fiu },
                Purposes = [Purpose.SuspicionReporting],
                Categories = [DataCategory.SubjectIdentity, DataCategory.AccountData, DataCategory.TransactionData, DataCategory.Narrative],
                MaxMarking = Tlp.AmberStrict,
                OnwardSharing = OnwardSharingRule.WithinAgreement,
                RetentionDays = 2190,
                Retention = [new RetentionRequest { Category = DataCategory.Narrative, Days = 1825 }],
            },
            new FlowRequest
            {
                From = new FlowPartyRequest { OrganisationId = fiu },
                To = new FlowPartyRequest { Kind = OrganisationKind.Bank },
                Purposes = [Purpose.Feedback],
                Categories = [DataCategory.Outcome],
                MaxMarking = Tlp.Amber,
                OnwardSharing = OnwardSharingRule.Prohibited,
                RetentionDays = 2190,
            },
        ],
    };
}
