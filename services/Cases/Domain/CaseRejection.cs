using Concord.Contracts.Filing;

namespace Concord.Cases.Domain;

/// <summary>A refused command: what kind of refusal, the errors (path, stable code, message) and, for a milestone, the move refused.</summary>
public sealed record CaseRejection
{
    public required RejectionKind Kind { get; init; }

    public required IReadOnlyList<FieldError> Errors { get; init; }

    public CaseMilestone? From { get; init; }

    public CaseMilestone? To { get; init; }

    /// <summary>The first error's code, which names the refusal.</summary>
    public string Code => Errors[0].Code;

    public static CaseRejection Of(RejectionKind kind, string path, string code, string message) =>
        new() { Kind = kind, Errors = [new FieldError { Path = path, Code = code, Message = message }] };
}
