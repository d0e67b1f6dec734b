namespace Concord.Contracts.Cases;

/// <summary>One report a dissemination derives from: who filed it and how to ask the FIU for it, not its content.</summary>
public sealed record DisseminatedReport
{
    public required Guid ReportId { get; init; }

    public required string ConcordReference { get; init; }

    public string? FiuReference { get; init; }

    /// <summary>The bank that filed it: the originator of the report's data, and a contributor the case's outcome may go back to.</summary>
    public required string BankOrganisationId { get; init; }

    public required DateTimeOffset FiledAt { get; init; }
}
