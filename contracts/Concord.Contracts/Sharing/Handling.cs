namespace Concord.Contracts.Sharing;

/// <summary>How data must be handled: its marking, and what its originator allows recipients to do with it.</summary>
public sealed record Handling
{
    public required Tlp Marking { get; init; }

    public required OnwardSharingRule OnwardSharing { get; init; }
}
