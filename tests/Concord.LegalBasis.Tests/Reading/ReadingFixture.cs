using Concord.Contracts.Sharing;
using Concord.LegalBasis.Reading;
using static Concord.LegalBasis.Tests.Decisions.PartnershipFixture;

namespace Concord.LegalBasis.Tests.Reading;

/// <summary>
/// Stored partnership items under the <see cref="Decisions.PartnershipFixture"/> agreement, as a service holds them:
/// bank-alpha's report and bank-beta's report filed with the FIU, the FIU's feedback to each, and bank-alpha's data
/// the FIU passed to the police (still bank-alpha's own data: it is the originator).
/// </summary>
internal static class ReadingFixture
{
    public static readonly Readable<Item> Items = new("item", item => item.Envelope, item => $"item:{item.Id}");

    public static Item AlphaReport { get; } = new("alpha-report", "bank-alpha's report", FilingEnvelope());

    public static Item BetaReport { get; } = new("beta-report", "bank-beta's report", FilingEnvelope() with { Originator = "bank-beta", Sender = "bank-beta" });

    public static Item FeedbackToAlpha { get; } = new("feedback-alpha", "the FIU's feedback to bank-alpha", new SharingEnvelope
    {
        AgreementId = AgreementId,
        AgreementVersion = 1,
        LegalGateway = "GB-POCA-330",
        Purpose = Purpose.Feedback,
        DataCategories = [DataCategory.Outcome],
        Originator = "fiu-gb",
        Sender = "fiu-gb",
        Recipients = ["bank-alpha"],
        Handling = new Handling { Marking = Tlp.Amber, OnwardSharing = OnwardSharingRule.Prohibited },
        RetainUntil = Now.AddDays(365),
    });

    public static Item FeedbackToBeta { get; } = FeedbackToAlpha with
    {
        Id = "feedback-beta",
        Title = "the FIU's feedback to bank-beta",
        Envelope = FeedbackToAlpha.Envelope! with { Recipients = ["bank-beta"] },
    };

    public static Item AlphaDataForPolice { get; } = new("alpha-for-police", "bank-alpha's subjects, passed to the police", FilingEnvelope() with
    {
        Sender = "fiu-gb",
        Recipients = ["police-gb"],
        Purpose = Purpose.Investigation,
        DataCategories = [DataCategory.SubjectIdentity],
        Handling = new Handling { Marking = Tlp.Amber, OnwardSharing = OnwardSharingRule.WithOriginatorConsent },
        ConsentId = ConsentId,
        RetainUntil = Now.AddDays(730),
    });

    public static IReadOnlyList<Item> All { get; } = [AlphaReport, BetaReport, FeedbackToAlpha, FeedbackToBeta, AlphaDataForPolice];

    public static IReadOnlyList<string> Ids(IEnumerable<Item> items) => [.. items.Select(item => item.Id)];

    public sealed record Item(string Id, string Title, SharingEnvelope? Envelope);
}
