using Concord.Contracts.Filing;

namespace Concord.ServiceDefaults.Http;

/// <summary>A request body as read: the value, a field error from parsing, or a status for the body as a whole.</summary>
public sealed record RequestBody<T>(T? Value, FieldError? Error, int? FailureStatus, string? FailureDetail)
    where T : class
{
    internal static RequestBody<T> Read(T value) => new(value, null, null, null);

    internal static RequestBody<T> Invalid(FieldError error) => new(null, error, null, null);

    internal static RequestBody<T> Failed(int status, string detail) => new(null, null, status, detail);
}
