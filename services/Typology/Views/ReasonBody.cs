namespace Concord.Typology.Views;

/// <summary>The body of a return or a withdrawal: why.</summary>
public sealed record ReasonBody
{
    public string? Reason { get; init; }
}
