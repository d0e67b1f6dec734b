using Concord.Contracts.Filing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Fiu.Endpoints;

/// <summary>RFC 9457 problems as the FIU answers them: field errors both as <c>errors</c> (path → messages) and as <c>fieldErrors</c> (path, code, message).</summary>
internal static class Problems
{
    public static ValidationProblem Validation(IReadOnlyList<FieldError> errors, string title) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: title,
            type: "https://concord.dev/problems/validation",
            extensions: new Dictionary<string, object?> { ["fieldErrors"] = errors });

    public static ProblemHttpResult Body(int status, string? detail) =>
        TypedResults.Problem(statusCode: status, title: "The request body cannot be accepted.", detail: detail);

    public static ProblemHttpResult NotInTriage(string reference) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "The report is not in triage.",
            detail: $"Report '{reference}' was rejected at intake; only acknowledged reports are triaged.",
            type: "https://concord.dev/problems/not-in-triage");

    public static ProblemHttpResult NotFound(string reference) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "Report not found.",
            detail: $"No report has the FIU or Concord reference '{reference}'.");
}
