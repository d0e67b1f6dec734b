using Concord.Contracts.Requests;

namespace Concord.Fiu.Requests;

/// <summary>One bank's copy of a request as the analyst sees it: where it stands, and its answer per subject.</summary>
/// <param name="Late">Answered after the deadline.</param>
/// <param name="AnswerWithheld">The bank answered, but the answer's agreement does not let the FIU read it now (or it was purged).</param>
public sealed record RecipientDetails(
    string Bank,
    string Reference,
    RecipientStatus Status,
    DateTimeOffset? AnsweredAt,
    bool Late,
    DateTimeOffset? WithdrawnAt,
    bool AnswerWithheld,
    IReadOnlyList<SubjectAnswer> Answers);
