namespace Concord.Contracts.Requests;

/// <summary>A bank's answer about one subject of a request.</summary>
public sealed record SubjectAnswer
{
    /// <summary>The subject's local id in the request, e.g. "S1".</summary>
    public required string Subject { get; init; }

    public required MatchResult Result { get; init; }

    /// <summary>Only for a <see cref="MatchResult.Match"/>, and only what the agreement allows.</summary>
    public MatchDetails? Details { get; init; }
}
