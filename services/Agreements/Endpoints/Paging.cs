using Concord.Agreements.Validation;
using Concord.Contracts.Filing;

namespace Concord.Agreements.Endpoints;

internal static class Paging
{
    public static IReadOnlyList<FieldError> Check(int page, int pageSize, int maxPage, int maxPageSize)
    {
        var errors = new FieldErrors();
        if (page < 1 || page > maxPage)
        {
            errors.Add("page", ErrorCodes.OutOfRange, $"'page' is between 1 and {maxPage}.");
        }

        if (pageSize < 1 || pageSize > maxPageSize)
        {
            errors.Add("pageSize", ErrorCodes.OutOfRange, $"'pageSize' is between 1 and {maxPageSize}.");
        }

        return errors.All;
    }
}
