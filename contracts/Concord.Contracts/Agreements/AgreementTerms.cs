namespace Concord.Contracts.Agreements;

/// <summary>One version of a data-sharing agreement as every service's replica holds it.</summary>
public sealed record AgreementTerms
{
    public required Guid AgreementId { get; init; }

    public required int Version { get; init; }

    /// <summary>
    /// The Agreements service's change sequence when these terms took effect (approval, suspension, resumption, …).
    /// Status changes keep the version and raise the revision, so a replica can tell the later of two changes apart.
    /// </summary>
    public long Revision { get; init; }

    /// <summary>A human reference, e.g. <c>AGR-GB-STAT-ALPHA</c>.</summary>
    public required string Code { get; init; }

    public required string Title { get; init; }

    public required AgreementKind Kind { get; init; }

    public required AgreementStatus Status { get; init; }

    public required IReadOnlyList<AgreementParty> Parties { get; init; }

    /// <summary>The legal gateways the agreement rests on, by code.</summary>
    public required IReadOnlyList<string> LegalGateways { get; init; }

    public required DateTimeOffset ValidFrom { get; init; }

    /// <summary>The agreement expires by itself at this moment.</summary>
    public required DateTimeOffset ValidUntil { get; init; }

    public required IReadOnlyList<AgreementFlow> Flows { get; init; }
}
