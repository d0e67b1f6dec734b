using Concord.Contracts.Filing;
using Concord.Typology.Authoring;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Typology.Endpoints;

/// <summary>RFC 9457 problems as the typology service answers them: field errors both as <c>errors</c> (path → messages) and as <c>fieldErrors</c> (path, code, message).</summary>
internal static class Problems
{
    public const string NoLegalBasisType = "https://concord.dev/problems/no-legal-basis";

    /// <summary>400 with every field error. Note: a plain problem with the validation members, so every refusal of a handler is one result type.</summary>
    public static ProblemHttpResult Validation(IReadOnlyList<FieldError> errors, string title, string? detail = null) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: title,
            detail: detail,
            type: "https://concord.dev/problems/validation",
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = errors.GroupBy(e => e.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal),
                ["fieldErrors"] = errors,
            });

    public static ProblemHttpResult Body(int status, string? detail) =>
        TypedResults.Problem(statusCode: status, title: "The request body cannot be accepted.", detail: detail);

    /// <summary>403: the token names no analyst (no <c>sub</c> or <c>client_id</c>), so four eyes could not be told apart.</summary>
    public static ProblemHttpResult NoAnalyst() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "No analyst named.", detail: "The token names no analyst (sub or client_id): typologies are authored and reviewed by named analysts.",
            extensions: new Dictionary<string, object?> { ["fieldErrors"] = new[] { new FieldError { Path = "", Code = Domain.TypologyErrorCodes.NoAnalyst, Message = "The token names no analyst." } } });

    public static ProblemHttpResult NotFound(string code) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Typology not found.", detail: $"No typology has the code '{code}'.");

    public static ProblemHttpResult VersionNotFound(string code, int version) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Version not found.", detail: $"{code} has no published version {version}.");

    /// <summary>The problem for a command's refusal, by its outcome; a success is not a problem.</summary>
    public static ProblemHttpResult For(DeskResult result, string title) => result.Outcome switch
    {
        DeskOutcome.Invalid => Validation(result.Errors, title, result.Detail),
        DeskOutcome.NoLegalBasis => Refusal(StatusCodes.Status403Forbidden, title, result, NoLegalBasisType),
        DeskOutcome.SelfApproval => Refusal(StatusCodes.Status403Forbidden, "Four eyes: another analyst reviews this draft.", result, "https://concord.dev/problems/four-eyes"),
        DeskOutcome.NotFound => Refusal(StatusCodes.Status404NotFound, "Typology not found.", result, null),
        DeskOutcome.Conflict => Refusal(StatusCodes.Status409Conflict, title, result, $"https://concord.dev/problems/typology/{Kebab(result.Errors[0].Code)}"),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result.Outcome, "Not a refusal."),
    };

    private static ProblemHttpResult Refusal(int status, string title, DeskResult result, string? type) =>
        TypedResults.Problem(
            statusCode: status,
            title: title,
            detail: result.Detail ?? string.Join(" ", result.Errors.Select(e => e.Message)),
            type: type,
            extensions: new Dictionary<string, object?> { ["fieldErrors"] = result.Errors });

    private static string Kebab(string code) =>
        string.Concat(code.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
