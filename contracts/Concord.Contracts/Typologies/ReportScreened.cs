namespace Concord.Contracts.Typologies;

/// <summary>
/// The FIU screened a received report against the published typologies: which typology codes the bank cited and which
/// indicator rules fired. Feeds the typology service's statistics. Sent inside the FIU organisation (no envelope); it
/// names the filing bank and the report's reference, nothing of its subjects.
/// </summary>
public sealed record ReportScreened
{
    public required Guid ReportId { get; init; }

    public required string ConcordReference { get; init; }

    public required string BankOrganisationId { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>Typology codes the report cites, as filed (upper-cased, distinct).</summary>
    public required IReadOnlyList<string> CitedTypologyCodes { get; init; }

    public required IReadOnlyList<TypologyHit> Hits { get; init; }

    public required DateTimeOffset ScreenedAt { get; init; }
}
