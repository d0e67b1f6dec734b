namespace Concord.Cases.Domain;

/// <summary>The originator refused to let the item go on, saying why.</summary>
public sealed record OnwardShareRefused : OnwardShareEvent
{
    public required string Reason { get; init; }
}
