using Concord.Contracts.Feedback;

namespace Concord.Fiu.Feedback;

/// <summary>The body of <c>POST /api/v1/reports/{reference}/feedback</c>.</summary>
public sealed record FeedbackBody
{
    public FeedbackOutcome? Outcome { get; init; }

    public string? Comment { get; init; }
}
