using Concord.Contracts.Filing;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Decisions;

namespace Concord.BankGateway.Filing;

/// <summary>What a filing shares with the FIU, and how a missing basis is explained to the bank.</summary>
internal static class FilingBasis
{
    /// <summary>
    /// A suspicion report is TLP:AMBER: the FIU may use it inside its organisation and with those it must share with
    /// under the agreement (<see cref="OnwardSharing"/>), never beyond.
    /// </summary>
    public const Tlp Marking = Tlp.Amber;

    public const OnwardSharingRule OnwardSharing = OnwardSharingRule.WithinAgreement;

    public const string ProblemType = "https://concord.dev/problems/no-legal-basis";

    /// <summary>The categories of data the report actually holds: a report without accounts shares no account data.</summary>
    public static IReadOnlyList<DataCategory> CategoriesOf(SuspiciousActivityReport report)
    {
        var categories = new List<DataCategory>(5) { DataCategory.Narrative };
        if (report.Subjects.Count > 0)
        {
            categories.Add(DataCategory.SubjectIdentity);
        }

        if (report.Accounts.Count > 0)
        {
            categories.Add(DataCategory.AccountData);
        }

        if (report.Transactions.Count > 0)
        {
            categories.Add(DataCategory.TransactionData);
        }

        if (report.IndicatorCodes.Count > 0 || report.TypologyCodes.Count > 0)
        {
            categories.Add(DataCategory.TypologyIndicators);
        }

        return categories;
    }

    /// <summary>One error per reason, each with its stable code, naming who may not share with whom.</summary>
    public static List<FieldError> Errors(string bank, string fiu, Decision decision) =>
    [
        .. decision.Reasons.Split().Select(reason => new FieldError
        {
            Path = "",
            Code = reason.Code(),
            Message = $"No legal basis for {bank} to share this report with {fiu}: {reason.Describe()}",
        }),
    ];
}
