namespace Concord.BankGateway.CaseOutcomes;

/// <summary>One of the bank's own reports that contributed to a case, as the outcome named it.</summary>
public sealed class CaseOutcomeReport
{
    public Guid CaseOutcomeId { get; set; }

    public Guid ReportId { get; set; }

    public required string ConcordReference { get; set; }
}
