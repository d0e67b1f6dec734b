using Concord.Contracts.Sharing;

namespace Concord.Contracts.Filing;

/// <summary>A bank filed a report and the gateway stored it: the FIU is to receive it.</summary>
public sealed record SuspiciousActivityReported
{
    public required Guid ReportId { get; init; }

    public required string ConcordReference { get; init; }

    /// <summary>The filing bank's organisation id, taken from its token (never from the body alone).</summary>
    public required string BankOrganisationId { get; init; }

    /// <summary>The OAuth client that filed it.</summary>
    public required string FiledBy { get; init; }

    public required DateTimeOffset FiledAt { get; init; }

    public required SuspiciousActivityReport Report { get; init; }

    /// <summary>The basis this message travels under: from the bank to its FIU, under the agreement found when it was filed. A message without one is not delivered.</summary>
    public SharingEnvelope? Envelope { get; init; }
}
