using Concord.BankGateway.Filing;

namespace Concord.BankGateway.Endpoints;

/// <summary>Per report of a batch: accepted, duplicate, invalid (with errors) or conflict; and the counts.</summary>
public sealed record BatchFilingResponse(int Accepted, int Duplicates, int Invalid, int Conflicts, IReadOnlyList<FilingResult> Results)
{
    public static BatchFilingResponse From(IReadOnlyList<FilingResult> results) => new(
        results.Count(r => r.Outcome == FilingOutcome.Accepted),
        results.Count(r => r.Outcome == FilingOutcome.Duplicate),
        results.Count(r => r.Outcome == FilingOutcome.Invalid),
        results.Count(r => r.Outcome == FilingOutcome.Conflict),
        results);
}
