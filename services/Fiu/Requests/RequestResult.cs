using Concord.Contracts.Filing;

namespace Concord.Fiu.Requests;

/// <summary>What became of a command on requests: the request's reference when done, else the errors or the reason.</summary>
public sealed record RequestResult(RequestOutcome Outcome, string? Reference, IReadOnlyList<FieldError> Errors, string? Detail = null)
{
    public static RequestResult Done(string reference) => new(RequestOutcome.Done, reference, []);

    public static RequestResult Failed(RequestOutcome outcome, IReadOnlyList<FieldError> errors, string? detail = null) => new(outcome, null, errors, detail);
}
