namespace Concord.Fiu.Screening;

/// <summary>
/// The version of a typology the FIU screens with, as the typology service last told it: one row per typology, replaced
/// only by a later version, and kept (marked withdrawn) when the typology is withdrawn.
/// </summary>
public sealed class ScreeningTypology
{
    public Guid TypologyId { get; set; }

    public required string Code { get; set; }

    public int Version { get; set; }

    /// <summary>True once withdrawn: its rules screen nothing.</summary>
    public bool Withdrawn { get; set; }

    /// <summary>The version's indicators as JSON (<see cref="Contracts.Typologies.TypologyIndicator"/>s); those with a rule are screened.</summary>
    public required string Indicators { get; set; }

    /// <summary>When the typology service published or withdrew this version: since when the FIU screens with it.</summary>
    public DateTimeOffset ChangedAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>
    /// Taken from a sequence on every change, so the largest generation in the table changes whenever anything in it
    /// does: what each replica compares with the rules it has compiled.
    /// </summary>
    public long Generation { get; set; }
}
