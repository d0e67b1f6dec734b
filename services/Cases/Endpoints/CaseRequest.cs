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

    public static async Task<(T? Body, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request, string title, CancellationToken cancellationToken)
        where T : class
    {
        var body = await RequestJson.ReadAsync<T>(request, CaseLimits.BodyBytes, cancellationToken);
        if (body.FailureStatus is { } status)
        {
            return (null, Problems.Body(status, body.FailureDetail));
        }

        return body.Value is null ? (null, Problems.Validation([body.Error!], title)) : (body.Value, null);
    }
}
