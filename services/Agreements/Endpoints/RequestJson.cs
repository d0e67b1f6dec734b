using System.Text.Json;
using System.Text.Json.Serialization;
using Concord.Agreements.Validation;
using Concord.Contracts.Filing;
using Microsoft.AspNetCore.Http.Features;

namespace Concord.Agreements.Endpoints;

/// <summary>
/// Reads request bodies strictly: not JSON is 415, a body over the limit 413, and an unknown member, a number or an
/// unknown name for an enum, or malformed JSON is a field error at its JSON path. Missing members are left to the
/// validators, which list them all at once.
/// </summary>
internal static class RequestJson
{
    /// <summary>An agreement with a hundred flows is well under this.</summary>
    public const long MaxBytes = 1024 * 1024;

    public static readonly JsonSerializerOptions Options = Create();

    public static async Task<RequestBody<T>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return RequestBody<T>.Failed(StatusCodes.Status415UnsupportedMediaType, "The body must be JSON (Content-Type: application/json).");
        }

        if (request.ContentLength > MaxBytes)
        {
            return RequestBody<T>.Failed(StatusCodes.Status413PayloadTooLarge, $"The body is larger than the {MaxBytes / 1024} KB allowed here.");
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBytes;
        }

        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, Options, cancellationToken);
            return value is null
                ? RequestBody<T>.Invalid(new FieldError { Path = string.Empty, Code = ErrorCodes.Required, Message = "The body is empty or null." })
                : RequestBody<T>.Read(value);
        }
        catch (JsonException exception)
        {
            return RequestBody<T>.Invalid(new FieldError
            {
                Path = ToPath(exception.Path),
                Code = ErrorCodes.MalformedJson,
                Message = exception.Message.Split(" Path:", 2)[0],
            });
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return RequestBody<T>.Failed(StatusCodes.Status413PayloadTooLarge, $"The body is larger than the {MaxBytes / 1024} KB allowed here.");
        }
    }

    /// <summary><c>$.flows[0].from</c> → <c>flows[0].from</c>.</summary>
    private static string ToPath(string? jsonPath) =>
        jsonPath is null or "$" ? string.Empty : jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            MaxDepth = 16,
        };
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
