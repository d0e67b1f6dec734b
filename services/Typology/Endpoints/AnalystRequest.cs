using Concord.Contracts.Filing;
using Concord.LegalBasis.Reading;
using Concord.ServiceDefaults.Http;
using Concord.Typology.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Typology.Endpoints;

/// <summary>What every analyst endpoint reads from a request the same way: the analyst, a body, a page.</summary>
internal static class AnalystRequest
{
    public const int MaxPage = 1_000_000;

    /// <summary>The analyst acting: the organisation and the token's <c>sub</c> (else <c>client_id</c>); false when it names no analyst.</summary>
    public static bool TryAnalyst(HttpContext http, out Reader analyst) =>
        Reader.TryFrom(http.User, out analyst) && !string.IsNullOrWhiteSpace(analyst.Agent);

    /// <summary>The body, or the problem with it.</summary>
    public static async Task<(T? Body, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request, string title, CancellationToken cancellationToken)
        where T : class
    {
        var body = await RequestJson.ReadAsync<T>(request, TypologyLimits.BodyBytes, cancellationToken);
        if (body.FailureStatus is { } status)
        {
            return (null, Problems.Body(status, body.FailureDetail));
        }

        return body.Value is null ? (null, Problems.Validation([body.Error!], title)) : (body.Value, null);
    }

    /// <summary>A reason for a return or a withdrawal: required, bounded.</summary>
    public static IReadOnlyList<FieldError> ReasonErrors(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? [DraftValidator.Error("reason", TypologyErrorCodes.Required, "'reason' is required: say why.")]
        : reason.Trim().Length > TypologyLimits.ReasonLength ? [DraftValidator.Error("reason", TypologyErrorCodes.TooLong, $"At most {TypologyLimits.ReasonLength} characters are allowed.")]
        : [];

    public static IReadOnlyList<FieldError> PagingErrors(int page, int pageSize, int maxPageSize)
    {
        var errors = new List<FieldError>();
        if (page is < 1 or > MaxPage)
        {
            errors.Add(DraftValidator.Error("page", TypologyErrorCodes.InvalidValue, $"'page' is between 1 and {MaxPage}."));
        }

        if (pageSize < 1 || pageSize > maxPageSize)
        {
            errors.Add(DraftValidator.Error("pageSize", TypologyErrorCodes.InvalidValue, $"'pageSize' is between 1 and {maxPageSize}."));
        }

        return errors;
    }
}
