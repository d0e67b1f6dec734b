namespace Concord.Cases.Persistence;

/// <summary>One event of a case (<c>case_events</c>), append-only: the case's history and the source of its state.</summary>
public sealed class StoredCaseEvent
{
    public Guid CaseId { get; set; }

    /// <summary>1, 2, 3 … within the case; the key (case, sequence) refuses a second writer of the same number.</summary>
    public int Sequence { get; set; }

    public string Type { get; set; } = "";

    /// <summary>The event as JSON (with its <c>type</c> discriminator).</summary>
    public string Payload { get; set; } = "";

    public string By { get; set; } = "";

    public string ByOrganisation { get; set; } = "";

    public DateTimeOffset At { get; set; }
}
