using Concord.Contracts.Sharing;

namespace Concord.Contracts.Filing;

/// <summary>The FIU refused a report, with field-level reasons; the bank corrects it and files again.</summary>
public sealed record ReportRejected
{
    public required Guid ReportId { get; init; }

    public required string ConcordReference { get; init; }

    public required string BankOrganisationId { get; init; }

    public required IReadOnlyList<FieldError> Reasons { get; init; }

    /// <summary>The FIU organisation that rejected the report.</summary>
    public required string RejectedBy { get; init; }

    public required DateTimeOffset RejectedAt { get; init; }

    /// <summary>The basis this message travels under: from the FIU back to the filing bank, for feedback. A message without one is not delivered.</summary>
    public SharingEnvelope? Envelope { get; init; }
}
