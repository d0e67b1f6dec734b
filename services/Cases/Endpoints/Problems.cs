using Concord.Cases.Domain;
using Concord.Contracts.Filing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Cases.Endpoints;

/// <summary>RFC 9457 problems as the cases service answers them: field errors both as <c>errors</c> (path → messages) and as <c>fieldErrors</c> (path, code, message).</summary>
internal static class Problems
{
    public static ProblemHttpResult For(CaseRejection rejection, string title)
    {
        var status = rejection.Code == CaseErrorCodes.ReplicaStale ? StatusCodes.Status503ServiceUnavailable : rejection.Kind switch
        {
            RejectionKind.Invalid => StatusCodes.Status400BadRequest,
            RejectionKind.Forbidden => StatusCodes.Status403Forbidden,
            RejectionKind.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status409Conflict,
        };
        var extensions = new Dictionary<string, object?>
        {
            ["code"] = rejection.Code,
            ["errors"] = rejection.Errors.GroupBy(e => e.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal),
            ["fieldErrors"] = rejection.Errors,
        };
        if (rejection.From is { } from && rejection.To is { } to)
        {
            extensions["from"] = from.ToString();
            extensions["to"] = to.ToString();
        }

        return TypedResults.Problem(
            statusCode: status,
            title: status == StatusCodes.Status404NotFound ? "Not found." : title,
            detail: string.Join(" ", rejection.Errors.Select(e => e.Message)),
            type: $"https://concord.dev/problems/cases/{Kebab(rejection.Code)}",
            extensions: extensions);
    }

    public static ProblemHttpResult Validation(IReadOnlyList<FieldError> errors, string title) =>
        For(new CaseRejection { Kind = RejectionKind.Invalid, Errors = errors }, title);

    public static ProblemHttpResult Body(int status, string? detail) =>
        TypedResults.Problem(statusCode: status, title: "The request body cannot be accepted.", detail: detail);

    /// <summary>403: the token names no person (no <c>sub</c> or <c>client_id</c>); case work is done by named people.</summary>
    public static ProblemHttpResult NoPerson() =>
        For(CaseRejection.Of(RejectionKind.Forbidden, "", CaseErrorCodes.NoPerson, "The token names no person (sub or client_id): cases are worked by named people."), "No person named.");

    private static string Kebab(string code) =>
        string.Concat(code.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
