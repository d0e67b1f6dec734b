namespace Concord.Typology.Persistence;

/// <summary>A report the FIU screened, as <c>ReportScreened</c> named it: which bank, when. Nothing of its subjects.</summary>
public sealed class ScreenedReport
{
    public Guid ReportId { get; set; }

    public required string ConcordReference { get; set; }

    public required string BankOrganisationId { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public DateTimeOffset ScreenedAt { get; set; }
}
