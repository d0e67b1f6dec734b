using Concord.Contracts.Filing;

namespace Concord.Typology.Authoring;

/// <summary>The outcome of an analyst's command: on a refusal its field errors (each with a stable code) and a sentence.</summary>
public sealed record DeskResult(DeskOutcome Outcome, IReadOnlyList<FieldError> Errors, string? Detail = null, int? Version = null)
{
    public static DeskResult Done(int? version = null) => new(DeskOutcome.Done, [], null, version);

    public static DeskResult Failed(DeskOutcome outcome, IReadOnlyList<FieldError> errors, string? detail = null) => new(outcome, errors, detail);

    /// <summary>A refusal for the typology's state: one error at the body's root with its code, and the same sentence as detail.</summary>
    public static DeskResult Refused(DeskOutcome outcome, string code, string detail, string path = "") =>
        new(outcome, [new FieldError { Path = path, Code = code, Message = detail }], detail);

    public static DeskResult NotFound(string code) => Refused(DeskOutcome.NotFound, "NotFound", $"No typology has the code '{code}'.");
}
