using Concord.Contracts.Filing;

namespace Concord.Agreements.Lifecycle;

/// <summary>The result of a change: what happened, the item's id when there is one, and why not when it did not happen.</summary>
public sealed record Outcome(OutcomeKind Kind, Guid Id = default, string? Detail = null, IReadOnlyList<FieldError>? Errors = null)
{
    public static Outcome Done(Guid id) => new(OutcomeKind.Done, id);

    public static Outcome Created(Guid id) => new(OutcomeKind.Created, id);

    public static Outcome NotFound(Guid id) => new(OutcomeKind.NotFound, id);

    public static Outcome Forbidden(string detail) => new(OutcomeKind.Forbidden, Detail: detail);

    public static Outcome Conflict(string detail) => new(OutcomeKind.Conflict, Detail: detail);

    public static Outcome Invalid(IReadOnlyList<FieldError> errors) => new(OutcomeKind.Invalid, Errors: errors);
}
