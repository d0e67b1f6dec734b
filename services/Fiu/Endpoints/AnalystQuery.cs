using Concord.Contracts.Filing;
using Concord.LegalBasis.Reading;

namespace Concord.Fiu.Endpoints;

/// <summary>What every analyst endpoint reads from a request the same way: who reads, and which page.</summary>
internal static class AnalystQuery
{
    /// <summary>Deep enough for any real backlog, low enough that the row offset cannot overflow.</summary>
    public const int MaxPage = 1_000_000;

    /// <summary>The field errors of a page request; none when both are in range.</summary>
    public static IEnumerable<FieldError> PagingErrors(int page, int pageSize, int maxPageSize)
    {
        if (page is < 1 or > MaxPage)
        {
            yield return new FieldError { Path = "page", Code = "InvalidValue", Message = $"'page' is between 1 and {MaxPage}." };
        }

        if (pageSize < 1 || pageSize > maxPageSize)
        {
            yield return new FieldError { Path = "pageSize", Code = "InvalidValue", Message = $"'pageSize' is between 1 and {maxPageSize}." };
        }
    }

    // Note: the endpoints' policy already requires the organisation claim; without it there is no reader, so no read.
    public static Reader ReaderOf(HttpContext http) =>
        Reader.TryFrom(http.User, out var reader) ? reader : throw new InvalidOperationException("The caller has no organisation.");
}
