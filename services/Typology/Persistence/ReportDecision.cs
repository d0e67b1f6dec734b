namespace Concord.Typology.Persistence;

/// <summary>The FIU's latest triage decision on a report, whenever it arrives relative to the screening.</summary>
public sealed class ReportDecision
{
    public Guid ReportId { get; set; }

    public required string ConcordReference { get; set; }

    public required string BankOrganisationId { get; set; }

    public required string Decision { get; set; }

    public DateTimeOffset DecidedAt { get; set; }
}
