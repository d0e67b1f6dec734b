namespace Concord.Contracts.Cases;

/// <summary>A report that contributed to a case, as its filing bank and the FIU know it.</summary>
public sealed record ContributingReport
{
    public required Guid ReportId { get; init; }

    public required string ConcordReference { get; init; }

    public required string BankOrganisationId { get; init; }
}
