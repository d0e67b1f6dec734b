namespace Concord.LegalBasis.Retention;

public sealed class RetentionOptions
{
    public const string Section = "Concord:Retention";

    /// <summary>How often due data is looked for.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Items purged per transaction.</summary>
    public int BatchSize { get; set; } = 500;
}
