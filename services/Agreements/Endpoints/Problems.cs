using Concord.Contracts.Filing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Agreements.Endpoints;

/// <summary>RFC 9457 problems as this service answers them: field errors both as <c>errors</c> (path → messages) and as <c>fieldErrors</c> (path, code, message).</summary>
internal static class Problems
{
    public static ValidationProblem Validation(IReadOnlyList<FieldError> errors, string title) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal),
            title: title,
            type: "https://concord.dev/problems/validation",
            extensions: new Dictionary<string, object?> { ["fieldErrors"] = errors });

    public static ProblemHttpResult Status(int status, string title, string? detail = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);

    /// <summary>The body could not be read as JSON at all (415, 413).</summary>
    public static ProblemHttpResult Body(int status, string? detail) => Status(status, "The request body cannot be accepted.", detail);

    /// <summary>
    /// Note: the same answer for an agreement that does not exist and one the caller may not see, so that an id
    /// reveals nothing about agreements among other organisations.
    /// </summary>
    public static ProblemHttpResult AgreementNotFound(Guid id) =>
        Status(StatusCodes.Status404NotFound, "Agreement not found.", $"No agreement '{id}' is visible to you.");

    public static ProblemHttpResult Conflict(string detail) => Status(StatusCodes.Status409Conflict, "The request conflicts with the current state.", detail);

    public static ProblemHttpResult Forbidden(string detail) => Status(StatusCodes.Status403Forbidden, "You may not do this.", detail);
}
