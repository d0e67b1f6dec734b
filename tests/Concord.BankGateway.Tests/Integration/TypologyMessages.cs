using System.Security.Cryptography;
using Concord.Contracts.Sharing;
using Concord.Contracts.Typologies;
using Concord.Testing;

namespace Concord.BankGateway.Tests.Integration;

/// <summary>Typology versions, supersessions and withdrawals as the typology service publishes them: one message per recipient.</summary>
internal static class TypologyMessages
{
    public static string NewCode() => $"T-TEST-{RandomNumberGenerator.GetString("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 8)}";

    public static TypologyContent Content(string code, Guid typologyId, int version, Tlp marking = Tlp.Amber, string threshold = "10000") => new()
    {
        TypologyId = typologyId,
        Code = code,
        Version = version,
        Title = "Structured cash deposits of drug proceeds",
        Summary = "Cash paid in below the reporting threshold at several branches, then moved on the same day.",
        Narrative = "Street-level proceeds are deposited by several people into accounts of one controller, each deposit below the threshold.",
        CrimeArea = "DrugTraffickingProceeds",
        Indicators =
        [
            new TypologyIndicator
            {
                Code = "STRUCT-1",
                Description = "Three or more cash deposits below the threshold within seven days.",
                Kind = IndicatorKind.Transactional,
                Rule = $"count(transactions where channel = \"Cash\" and direction = \"In\" and amount < {threshold}) within 7 days >= 3",
            },
            new TypologyIndicator { Code = "BEH-1", Description = "The customer cannot explain the source of the cash.", Kind = IndicatorKind.Behavioural },
        ],
        Marking = marking,
        PublishedBy = DemoAgreements.Fiu,
        PublishedAt = DateTimeOffset.UtcNow,
    };

    public static TypologyPublished Published(string bank, TypologyContent content, Guid? agreement = null) => new()
    {
        DistributionId = Guid.NewGuid(),
        RecipientOrganisationId = bank,
        Typology = content,
        Envelope = Envelope(bank, content.Marking, $"{content.Code}/v{content.Version}", agreement),
    };

    public static TypologySuperseded Superseded(string bank, TypologyContent content, int supersededVersion, IReadOnlyList<TypologyChange> changes, Guid? agreement = null) => new()
    {
        DistributionId = Guid.NewGuid(),
        RecipientOrganisationId = bank,
        SupersededVersion = supersededVersion,
        Typology = content,
        Changes = changes,
        Envelope = Envelope(bank, content.Marking, $"{content.Code}/v{content.Version}", agreement),
    };

    public static TypologyWithdrawn Withdrawn(string bank, TypologyContent content, string reason = "Replaced by a broader typology.", Guid? agreement = null) => new()
    {
        TypologyId = content.TypologyId,
        Code = content.Code,
        Version = content.Version,
        RecipientOrganisationId = bank,
        Reason = reason,
        WithdrawnAt = DateTimeOffset.UtcNow,
        Envelope = Envelope(bank, content.Marking, $"{content.Code}/v{content.Version}", agreement),
    };

    /// <summary>From the FIU to the one bank, for typology dissemination, as the typology service puts it on.</summary>
    public static SharingEnvelope Envelope(string bank, Tlp marking, string reference, Guid? agreement = null) => new()
    {
        AgreementId = agreement ?? DemoPartnership.Id,
        AgreementVersion = 1,
        LegalGateway = DemoPartnership.Gateway,
        Purpose = Purpose.TypologyDissemination,
        DataCategories = [DataCategory.TypologyIndicators],
        Originator = DemoAgreements.Fiu,
        Sender = DemoAgreements.Fiu,
        Recipients = [bank],
        Handling = new Handling { Marking = marking, OnwardSharing = OnwardSharingRule.WithinAgreement },
        RetainUntil = DateTimeOffset.UtcNow.AddDays(1000),
        Lineage = [reference],
    };
}
