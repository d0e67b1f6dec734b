using Concord.Contracts.Sharing;

namespace Concord.Contracts.Filing;

/// <summary>The FIU accepted a report and gave it its own reference.</summary>
public sealed record ReportAcknowledged
{
    public required Guid ReportId { get; init; }

    public required string ConcordReference { get; init; }

    public required string BankOrganisationId { get; init; }

    public required string FiuReference { get; init; }

    /// <summary>The FIU organisation that acknowledged the report.</summary>
    public required string AcknowledgedBy { get; init; }

    public required DateTimeOffset AcknowledgedAt { get; init; }

    /// <summary>The basis this message travels under: from the FIU back to the filing bank, for feedback. A message without one is not delivered.</summary>
    public SharingEnvelope? Envelope { get; init; }
}
