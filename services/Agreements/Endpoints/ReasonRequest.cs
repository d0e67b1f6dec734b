namespace Concord.Agreements.Endpoints;

/// <summary>The body of a suspension, resumption or termination: why, for the history.</summary>
public sealed record ReasonRequest
{
    public string? Reason { get; init; }
}
