namespace Concord.LegalBasis.Audit;

public sealed class AuditCheckpointOptions
{
    public const string Section = "Concord:Audit";

    /// <summary>The service's name in its checkpoints, e.g. <c>fiu</c>.</summary>
    public string Service { get; set; } = "";

    /// <summary>How often the chain head is published when it has moved.</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromMinutes(1);
}
