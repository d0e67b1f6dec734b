using System.Text.RegularExpressions;
using Concord.BankGateway.Validation;
using Concord.Contracts.Filing;
using Concord.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Concord.BankGateway.Production;

/// <summary>
/// Reads an answer from the request, as <c>multipart/form-data</c> (files in <c>documents</c>, optional
/// <c>descriptions[i]</c> for the i-th file, <c>comment</c>, <c>marking</c>) or as JSON (<see cref="AnswerBody"/>,
/// contents in base64). A body over the limit is 413, any other content type 415; everything else is left to
/// <see cref="AnswerChecker"/>, so the bank sees every error at once.
/// </summary>
public static partial class AnswerUploadReader
{
    public const string DocumentsField = "documents";

    private static readonly HashSet<string> Fields = new(StringComparer.Ordinal) { "comment", "marking" };

    public static async Task<RequestBody<AnswerUpload>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.HasJsonContentType())
        {
            var body = await RequestJson.ReadAsync<AnswerBody>(request, ProductionLimits.JsonBodyBytes, cancellationToken);
            return body.Value is { } value ? Read(FromJson(value))
                : body.FailureStatus is { } status ? Failed(status, body.FailureDetail!)
                : Invalid(body.Error!);
        }

        if (!request.HasFormContentType || !request.ContentType!.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return Failed(StatusCodes.Status415UnsupportedMediaType,
                "The body is multipart/form-data (files in 'documents') or JSON (Content-Type: application/json, contents in base64).");
        }

        if (request.ContentLength > ProductionLimits.MultipartBodyBytes)
        {
            return TooLarge();
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = ProductionLimits.MultipartBodyBytes;
        }

        IFormCollection form;
        try
        {
            // Note: the whole answer is bounded (and goes out in one message), so the form is read in full.
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
        catch (InvalidDataException exception)
        {
            return Invalid(new FieldError { Path = "", Code = ErrorCodes.MalformedJson, Message = $"The form cannot be read: {exception.Message}" });
        }

        return Read(await FromFormAsync(form, cancellationToken));
    }

    private static AnswerUpload FromJson(AnswerBody body)
    {
        var errors = new List<FieldError>();
        var documents = new List<UploadedDocument>();
        var items = body.Documents ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item)
            {
                errors.Add(new FieldError { Path = $"documents[{i}]", Code = ErrorCodes.Required, Message = "A document is required here, not null." });
                continue;
            }

            if (item.Content is null)
            {
                errors.Add(new FieldError { Path = $"documents[{i}].content", Code = ErrorCodes.Required, Message = "A document needs its content, in base64." });
            }

            documents.Add(new UploadedDocument(item.FileName, item.MediaType, item.Description, item.Content ?? []));
        }

        return new AnswerUpload(documents, body.Comment, body.Marking, errors);
    }

    private static async Task<AnswerUpload> FromFormAsync(IFormCollection form, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var files = form.Files.Where(file => file.Name == DocumentsField).ToList();
        foreach (var file in form.Files.Where(file => file.Name != DocumentsField))
        {
            errors.Add(new FieldError { Path = file.Name, Code = ErrorCodes.InvalidValue, Message = $"Files go in the '{DocumentsField}' field." });
        }

        var descriptions = new Dictionary<int, string>();
        foreach (var (key, values) in form)
        {
            if (Description().Match(key) is { Success: true } match)
            {
                var index = int.Parse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                if (index >= files.Count)
                {
                    errors.Add(new FieldError { Path = key, Code = ErrorCodes.UnknownReference, Message = $"There is no document {index} to describe." });
                }
                else
                {
                    descriptions[index] = values.ToString();
                }
            }
            else if (!Fields.Contains(key))
            {
                errors.Add(new FieldError { Path = key, Code = ErrorCodes.InvalidValue, Message = $"'{key}' is not a field of an answer (documents, descriptions[i], comment, marking)." });
            }
            else if (values.Count > 1)
            {
                errors.Add(new FieldError { Path = key, Code = ErrorCodes.Duplicate, Message = $"'{key}' is given more than once." });
            }
        }

        var documents = new List<UploadedDocument>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            using var content = new MemoryStream((int)Math.Min(file.Length, ProductionLimits.MultipartBodyBytes));
            await file.CopyToAsync(content, cancellationToken);
            documents.Add(new UploadedDocument(file.FileName, file.ContentType, descriptions.GetValueOrDefault(i), content.ToArray()));
        }

        return new AnswerUpload(documents, First(form, "comment"), First(form, "marking"), errors);
    }

    private static string? First(IFormCollection form, string key) => form.TryGetValue(key, out var values) && values.Count > 0 ? values[0] : null;

    private static RequestBody<AnswerUpload> Read(AnswerUpload upload) => new(upload, null, null, null);

    private static RequestBody<AnswerUpload> Invalid(FieldError error) => new(null, error, null, null);

    private static RequestBody<AnswerUpload> Failed(int status, string detail) => new(null, null, status, detail);

    private static RequestBody<AnswerUpload> TooLarge() => Failed(StatusCodes.Status413PayloadTooLarge,
        $"The body is larger than allowed: the documents of an answer are at most {ProductionLimits.AnswerBytes / (1024 * 1024)} MB together.");

    [GeneratedRegex(@"^descriptions\[(\d{1,3})\]$")]
    private static partial Regex Description();
}
