namespace Concord.Typology.Persistence;

/// <summary>A typology: its code, the version in force, and whether it was withdrawn. Its draft and versions hang off it.</summary>
public sealed class StoredTypology
{
    public Guid Id { get; set; }

    public required string Code { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The latest published version; null until the first is approved.</summary>
    public int? CurrentVersion { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    public string? WithdrawnBy { get; set; }

    public string? WithdrawalReason { get; set; }

    public TypologyDraft? Draft { get; set; }
}
