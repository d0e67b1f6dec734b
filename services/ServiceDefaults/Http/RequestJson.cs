using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Concord.Contracts.Filing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Concord.ServiceDefaults.Http;

/// <summary>
/// Reads request bodies strictly: not JSON is 415, a body over the limit 413, and unknown members, numbers or
/// unknown names for enums and malformed JSON are errors with the JSON path where they occur. Missing required
/// members are left for the service's validator, so that a caller sees every missing field at once instead of one per
/// attempt.
/// </summary>
public static class RequestJson
{
    /// <summary>The code of a field error for JSON that cannot be read.</summary>
    public const string MalformedJson = "MalformedJson";

    /// <summary>The code of a field error for a body that is empty or null.</summary>
    public const string Required = "Required";

    public static readonly JsonSerializerOptions Options = Create();

    public static async Task<RequestBody<T>> ReadAsync<T>(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return RequestBody<T>.Failed(StatusCodes.Status415UnsupportedMediaType, "The body must be JSON (Content-Type: application/json).");
        }

        if (request.ContentLength > maxBytes)
        {
            return TooLarge<T>(maxBytes);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, Options, cancellationToken);
            return value is null
                ? RequestBody<T>.Invalid(new FieldError { Path = string.Empty, Code = Required, Message = "The body is empty or null." })
                : RequestBody<T>.Read(value);
        }
        catch (JsonException exception)
        {
            return RequestBody<T>.Invalid(new FieldError
            {
                Path = ToPath(exception.Path),
                Code = MalformedJson,
                Message = exception.Message.Split(" Path:", 2)[0],
            });
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge<T>(maxBytes);
        }
    }

    private static RequestBody<T> TooLarge<T>(long maxBytes)
        where T : class =>
        RequestBody<T>.Failed(StatusCodes.Status413PayloadTooLarge, maxBytes >= 1024 * 1024
            ? $"The body is larger than the {maxBytes / (1024 * 1024)} MB allowed here."
            : $"The body is larger than the {maxBytes / 1024} KB allowed here.");

    /// <summary><c>$.subjects[0].kind</c> → <c>subjects[0].kind</c>.</summary>
    private static string ToPath(string? jsonPath) =>
        jsonPath is null or "$" ? string.Empty : jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            MaxDepth = 32,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveRequiredToValidator } },
        };
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }

    private static void LeaveRequiredToValidator(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            property.IsRequired = false;
        }
    }
}
