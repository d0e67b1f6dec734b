using Concord.Cases.Domain;
using Concord.LegalBasis.Reading;
using Concord.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concord.Cases.Endpoints;

/// <summary>What every case endpoint reads from a request the same way: the person acting, and a body.</summary>
internal static class CaseRequest
{
    /// <summary>The person acting: the organisation and the token's <c>sub</c> (else <c>client_id</c>); false when it names no person.</summary>
    public static bool TryPerson(HttpContext http, out Reader person) =>
        Reader.TryFrom(http.User, out person) && !string.IsNullOrWhiteSpace(person.Agent);

    /// <summary>A page and a page size within bounds; the problem when not.</summary>
    public static ProblemHttpResult? Paging(int page, int pageSize, int maxPageSize = 200)
    {
        var errors = new List<Contracts.Filing.FieldError>();
        if (page is < 1 or > 1_000_000)
        {
            errors.Add(CaseValidation.Error("page", CaseErrorCodes.InvalidValue, "'page' is between 1 and 1000000."));
        }

        if (pageSize < 1 || pageSize > maxPageSize)
        {
            errors.Add(CaseValidation.Error("pageSize", CaseErrorCodes.InvalidValue, $"'pageSize' is between 1 and {maxPageSize}."));
        }

        return errors.Count > 0 ? Problems.Validation(errors, "The page cannot be read.") : null;
    }

    public static async Task<(T? Body, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request, string title, CancellationToken cancellationToken, long maxBytes = CaseLimits.BodyBytes)
        where T : class
    {
        var body = await RequestJson.ReadAsync<T>(request, maxBytes, cancellationToken);
        if (body.FailureStatus is { } status)
        {
            return (null, Problems.Body(status, body.FailureDetail));
        }

        return body.Value is null ? (null, Problems.Validation([body.Error!], title)) : (body.Value, null);
    }
}
