using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Concord.BankGateway.Validation;
using Concord.Contracts.Filing;
using Microsoft.AspNetCore.Http.Features;

namespace Concord.BankGateway.Endpoints;

/// <summary>
/// Reads request bodies strictly: unknown members, numbers for enums and malformed JSON are errors with the
/// JSON path where they occur. Missing required members are left for the validator, so that a bank sees every
/// missing field at once instead of one per attempt.
/// </summary>
internal static class RequestJson
{
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
            return RequestBody<T>.Failed(StatusCodes.Status413PayloadTooLarge, $"The body is larger than the {maxBytes / (1024 * 1024)} MB allowed here.");
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
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
            return RequestBody<T>.Failed(StatusCodes.Status413PayloadTooLarge, $"The body is larger than the {maxBytes / (1024 * 1024)} MB allowed here.");
        }
    }

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
