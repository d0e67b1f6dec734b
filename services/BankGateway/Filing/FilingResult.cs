using Concord.BankGateway.Domain;
using Concord.Contracts.Filing;

namespace Concord.BankGateway.Filing;

/// <summary>What became of one report of a filing.</summary>
public sealed record FilingResult
{
    /// <summary>Position of the report in the request (0 for a single filing).</summary>
    public required int Index { get; init; }

    public string? BankReference { get; init; }

    public required FilingOutcome Outcome { get; init; }

    /// <summary>The Concord reference, for accepted and duplicate filings.</summary>
    public string? ConcordReference { get; init; }

    public ReportStatus? Status { get; init; }

    public DateTimeOffset? FiledAt { get; init; }

    public IReadOnlyList<FieldError> Errors { get; init; } = [];
}
