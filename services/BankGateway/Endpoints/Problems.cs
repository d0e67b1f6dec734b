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

    /// <summary>403: the report is valid, but no agreement lets the bank share it with its FIU now; each reason is listed.</summary>
    public static ProblemHttpResult NoLegalBasis(IReadOnlyList<FieldError> errors, string title = "No legal basis to share this report with the FIU.") =>
        TypedResults.Problem(
            detail: string.Join(" ", errors.Select(error => error.Message)),
            statusCode: StatusCodes.Status403Forbidden,
            title: title,
            type: Filing.FilingBasis.ProblemType,
            extensions: new Dictionary<string, object?> { ["fieldErrors"] = errors });

    public static ProblemHttpResult NotFound(string concordReference) =>
        Status(StatusCodes.Status404NotFound, "Report not found.", $"No report '{concordReference}' is visible to you.");

    /// <summary>The problem with a page request, or null when both values are in range.</summary>
    public static ValidationProblem? Paging(int page, int pageSize, int maxPageSize)
    {
        var errors = new List<FieldError>();
        if (page < 1)
        {
            errors.Add(new FieldError { Path = "page", Code = ErrorCodes.InvalidValue, Message = "'page' starts at 1." });
        }

        if (pageSize < 1 || pageSize > maxPageSize)
        {
            errors.Add(new FieldError { Path = "pageSize", Code = ErrorCodes.InvalidValue, Message = $"'pageSize' is between 1 and {maxPageSize}." });
        }

        return errors.Count > 0 ? Validation(errors, "The query is not valid.") : null;
    }
}
