using Concord.Contracts.Sharing;

namespace Concord.Fiu.Disseminations;

/// <summary>Admiralty grading as analysts write it: reliability <c>A</c>–<c>F</c>, credibility 1–6.</summary>
public sealed record SourceGradingBody
{
    public SourceReliability? Reliability { get; init; }

    public int? Credibility { get; init; }
}
