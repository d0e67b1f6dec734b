using Concord.Contracts.Filing;

namespace Concord.Fiu.Feedback;

/// <summary>What became of feedback given on a report: the feedback when given (or given before), else the errors.</summary>
public sealed record FeedbackResult(FeedbackResultKind Kind, FeedbackDetails? Feedback, IReadOnlyList<FieldError> Errors)
{
    public static FeedbackResult Failed(FeedbackResultKind kind, IReadOnlyList<FieldError>? errors = null) => new(kind, null, errors ?? []);
}
