namespace Concord.Contracts.Sharing;

/// <summary>How far the source and the information can be trusted, graded by whoever produced the item.</summary>
public sealed record SourceGrading
{
    public required SourceReliability Reliability { get; init; }

    public required InformationCredibility Credibility { get; init; }
}
