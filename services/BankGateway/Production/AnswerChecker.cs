using System.Security.Cryptography;
using Concord.BankGateway.Validation;
using Concord.Contracts.Filing;
using Concord.Contracts.Sharing;

namespace Concord.BankGateway.Production;

/// <summary>
/// Checks an answer to a production request: at most <see cref="ProductionLimits.DocumentsPerAnswer"/> documents, each
/// within <see cref="ProductionLimits.DocumentBytes"/> and all within <see cref="ProductionLimits.AnswerBytes"/>, each
/// of an accepted type its content bears out, under a safe name; a comment when no document is produced; the marking
/// AMBER (the default) or AMBER+STRICT. Every error is reported at once, each at its field.
/// </summary>
public static class AnswerChecker
{
    public static (CheckedAnswer? Answer, IReadOnlyList<FieldError> Errors) Check(AnswerUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var errors = new List<FieldError>(upload.Errors);
        var comment = string.IsNullOrWhiteSpace(upload.Comment) ? null : upload.Comment.Trim();
        if (comment is { Length: > ProductionLimits.CommentLength })
        {
            errors.Add(Error("comment", ErrorCodes.TooLong, $"A comment is at most {ProductionLimits.CommentLength} characters."));
        }

        if (upload.Documents.Count == 0 && comment is null)
        {
            errors.Add(Error("comment", ErrorCodes.Required, "An answer with no document needs a comment saying why (e.g. \"no records held\")."));
        }

        if (upload.Documents.Count > ProductionLimits.DocumentsPerAnswer)
        {
            errors.Add(Error("documents", ErrorCodes.TooMany, $"An answer holds at most {ProductionLimits.DocumentsPerAnswer} documents; this one has {upload.Documents.Count}."));
        }

        var total = upload.Documents.Sum(d => (long)d.Content.Length);
        if (total > ProductionLimits.AnswerBytes)
        {
            errors.Add(Error("documents", ProductionErrorCodes.TooLarge, $"The documents of an answer are at most {Megabytes(ProductionLimits.AnswerBytes)} together; these are {Megabytes(total)}."));
        }

        var documents = new List<CheckedDocument>(upload.Documents.Count);
        for (var i = 0; i < upload.Documents.Count; i++)
        {
            if (CheckDocument(upload.Documents[i], $"documents[{i}]", errors) is { } document)
            {
                documents.Add(document);
            }
        }

        var marking = Tlp.Amber;
        if (!string.IsNullOrWhiteSpace(upload.Marking) && !TryMarking(upload.Marking, out marking))
        {
            errors.Add(Error("marking", ErrorCodes.InvalidValue, "The marking is 'Amber' (the default) or 'AmberStrict' (TLP:AMBER+STRICT)."));
        }

        return errors.Count > 0 ? (null, errors) : (new CheckedAnswer(documents, comment, marking), []);
    }

    /// <summary>Whether the errors call for 413 (a size was exceeded) rather than 400.</summary>
    public static bool IsTooLarge(IReadOnlyList<FieldError> errors) => errors.Any(e => e.Code == ProductionErrorCodes.TooLarge);

    private static CheckedDocument? CheckDocument(UploadedDocument upload, string path, List<FieldError> errors)
    {
        var before = errors.Count;
        var name = DocumentNames.Sanitise(upload.FileName);
        if (name.Length == 0)
        {
            errors.Add(Error($"{path}.fileName", ErrorCodes.Required, "A document needs a file name."));
        }

        if (upload.Description is { Length: > ProductionLimits.DescriptionLength })
        {
            errors.Add(Error($"{path}.description", ErrorCodes.TooLong, $"A description is at most {ProductionLimits.DescriptionLength} characters."));
        }

        if (upload.Content.Length == 0)
        {
            errors.Add(Error($"{path}.content", ProductionErrorCodes.Empty, "The document is empty."));
        }
        else if (upload.Content.LongLength > ProductionLimits.DocumentBytes)
        {
            errors.Add(Error($"{path}.content", ProductionErrorCodes.TooLarge, $"A document is at most {Megabytes(ProductionLimits.DocumentBytes)}; this one is {Megabytes(upload.Content.LongLength)}."));
        }

        var type = DocumentTypes.Resolve(upload.MediaType, name);
        if (type is null)
        {
            errors.Add(Error($"{path}.mediaType", ProductionErrorCodes.UnsupportedMediaType,
                $"'{upload.MediaType}' is not accepted; a document is one of: {string.Join(", ", DocumentTypes.MediaTypes)}."));
        }
        else
        {
            var extension = Path.GetExtension(name);
            if (extension.Length > 0 && !type.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(Error($"{path}.fileName", ProductionErrorCodes.ExtensionMismatch,
                    $"A {type.MediaType} document's name ends in {string.Join(" or ", type.Extensions)}, not {extension}."));
            }

            if (upload.Content.Length > 0 && !type.Recognises(upload.Content))
            {
                errors.Add(Error($"{path}.content", ProductionErrorCodes.ContentMismatch, $"The content is not {type.MediaType}."));
            }
        }

        if (errors.Count > before)
        {
            return null;
        }

        var description = string.IsNullOrWhiteSpace(upload.Description) ? null : upload.Description.Trim();
        return new CheckedDocument(name, type!.MediaType, description, upload.Content, Convert.ToHexStringLower(SHA256.HashData(upload.Content)));
    }

    private static bool TryMarking(string value, out Tlp marking)
    {
        marking = value.Trim().ToUpperInvariant() switch
        {
            "AMBER" or "TLP:AMBER" => Tlp.Amber,
            "AMBERSTRICT" or "AMBER+STRICT" or "TLP:AMBER+STRICT" => Tlp.AmberStrict,
            _ => (Tlp)(-1),
        };
        return marking is Tlp.Amber or Tlp.AmberStrict;
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.##} MB";

    private static FieldError Error(string path, string code, string message) => new() { Path = path, Code = code, Message = message };
}
