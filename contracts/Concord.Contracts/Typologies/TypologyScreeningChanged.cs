namespace Concord.Contracts.Typologies;

/// <summary>
/// The typology service tells the FIU service which rules to screen incoming reports with: a version published (it
/// replaces any earlier version of the same typology) or the typology withdrawn (its rules stop). Both services are
/// operated by the FIU, so this stays inside one organisation and carries no envelope; it holds no subject data.
/// </summary>
public sealed record TypologyScreeningChanged
{
    public required Guid TypologyId { get; init; }

    public required string Code { get; init; }

    public required int Version { get; init; }

    /// <summary>True when the typology is withdrawn: its rules no longer screen anything.</summary>
    public required bool Withdrawn { get; init; }

    /// <summary>The version's indicators (those with a rule are screened); empty when withdrawn.</summary>
    public required IReadOnlyList<TypologyIndicator> Indicators { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }
}
