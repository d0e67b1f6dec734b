namespace Concord.Agreements.Domain;

/// <summary>The single row holding the service's change sequence: the number of the latest committed change.</summary>
public sealed class ChangeCounter
{
    public int Id { get; set; }

    public long Value { get; set; }
}
