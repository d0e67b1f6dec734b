using Concord.BankGateway.Validation;
using Concord.Contracts.Filing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.BankGateway.Endpoints;

/// <summary>RFC 9457 problems as the gateway answers them: field errors both as <c>errors</c> (path → messages) and as <c>fieldErrors</c> (path, code, message).</summary>
internal static class Problems
{
    public static ValidationProblem Validation(IReadOnlyList<FieldError> errors, string title = "The report is not valid.") =>
        TypedResults.ValidationProblem(
            ValidationErrors.ToDictionary(errors),
            title: title,
            type: "https://concord.dev/problems/validation",
            extensions: new Dictionary<string, object?> { ["fieldErrors"] = errors });

    public static ProblemHttpResult Status(int status, string title, string? detail = null, IReadOnlyList<FieldError>? errors = null) =>
        TypedResults.Problem(
            detail: detail,
            statusCode: status,
            title: title,
            extensions: errors is null ? null : new Dictionary<string, object?> { ["fieldErrors"] = errors });

    public static ProblemHttpResult NotFound(string concordReference) =>
        Status(StatusCodes.Status404NotFound, "Report not found.", $"No report '{concordReference}' is visible to you.");
}
