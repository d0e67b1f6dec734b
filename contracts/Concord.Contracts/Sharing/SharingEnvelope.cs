namespace Concord.Contracts.Sharing;

/// <summary>
/// The basis partnership data travels under, carried by every message or record that holds such data: which
/// agreement and legal gateway, for which purpose, which categories of data, from whom to whom, how it must be
/// handled and until when it may be kept.
/// </summary>
public sealed record SharingEnvelope
{
    public required Guid AgreementId { get; init; }

    /// <summary>The version of the agreement the sender decided under.</summary>
    public required int AgreementVersion { get; init; }

    /// <summary>The legal gateway cited, by code (e.g. <c>GB-POCA-330</c>); one of the agreement's gateways.</summary>
    public required string LegalGateway { get; init; }

    public required Purpose Purpose { get; init; }

    public required IReadOnlyList<DataCategory> DataCategories { get; init; }

    /// <summary>The organisation the data came from in the first place.</summary>
    public required string Originator { get; init; }

    public required string Sender { get; init; }

    public required IReadOnlyList<string> Recipients { get; init; }

    public required Handling Handling { get; init; }

    /// <summary>When the data must be purged, computed from the agreement's retention for its categories.</summary>
    public required DateTimeOffset RetainUntil { get; init; }

    /// <summary>The originator's consent that allows passing the data on, when its handling asks for one.</summary>
    public Guid? ConsentId { get; init; }

    public SourceGrading? SourceGrading { get; init; }

    /// <summary>References of the reports or items this data derives from, oldest first.</summary>
    public IReadOnlyList<string> Lineage { get; init; } = [];
}
