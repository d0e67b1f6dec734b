using Concord.Contracts.Filing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Fiu.Requests;

/// <summary>RFC 9457 problems of the requests and feedback endpoints, beside the FIU's validation problems.</summary>
internal static class RequestProblems
{
    public static ProblemHttpResult Status(int status, string title, string? detail = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);

    /// <summary>403: valid, but no agreement lets the FIU share this now; every reason is listed with where it applies.</summary>
    public static ProblemHttpResult NoLegalBasis(IReadOnlyList<FieldError> errors, string title) =>
        TypedResults.Problem(
            detail: string.Join(" ", errors.Select(error => error.Message)),
            statusCode: StatusCodes.Status403Forbidden,
            title: title,
            type: RequestBasis.ProblemType,
            extensions: new Dictionary<string, object?> { ["fieldErrors"] = errors });

    public static ProblemHttpResult NotFound(string reference) =>
        Status(StatusCodes.Status404NotFound, "Information request not found.", $"No information request has the reference '{reference}'.");
}
