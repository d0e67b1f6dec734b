using System.Text;
using System.Text.Json;

namespace Concord.BankGateway.Production;

/// <summary>
/// The kinds of document a bank may produce: each media type with its file extensions and a check of the content
/// itself, so that what is called a PDF is one. Office files and zip archives are all zip containers and are checked
/// as such; text types must be UTF-8 without NUL bytes (and JSON must parse).
/// </summary>
public static class DocumentTypes
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly DocumentType[] Allowed =
    [
        new("application/pdf", [".pdf"], content => StartsWith(content, "%PDF-"u8)),
        new("text/csv", [".csv"], IsText),
        new("text/plain", [".txt"], IsText),
        new("application/json", [".json"], IsJson),
        new("application/xml", [".xml"], IsXml),
        new("image/png", [".png"], content => StartsWith(content, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])),
        new("image/jpeg", [".jpg", ".jpeg"], content => StartsWith(content, [0xFF, 0xD8, 0xFF])),
        new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"], IsZip),
        new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"], IsZip),
        new("application/zip", [".zip"], IsZip),
    ];

    /// <summary>Other names clients send for the same types.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text/xml"] = "application/xml",
        ["image/jpg"] = "image/jpeg",
        ["application/x-zip-compressed"] = "application/zip",
        ["application/csv"] = "text/csv",
    };

    /// <summary>The media types accepted, for error messages and documentation.</summary>
    public static IReadOnlyList<string> MediaTypes { get; } = [.. Allowed.Select(type => type.MediaType)];

    /// <summary>
    /// The type a document is: the declared media type (without parameters such as <c>charset</c>) when it is one
    /// accepted, else — when none or only <c>application/octet-stream</c> was declared — the one its extension names.
    /// Null when neither names an accepted type.
    /// </summary>
    public static DocumentType? Resolve(string? declared, string fileName)
    {
        var mediaType = declared?.Split(';', 2)[0].Trim() ?? "";
        if (Aliases.TryGetValue(mediaType, out var canonical))
        {
            mediaType = canonical;
        }

        if (mediaType.Length > 0 && !mediaType.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase))
        {
            return Allowed.FirstOrDefault(type => type.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase));
        }

        var extension = Path.GetExtension(fileName);
        return Allowed.FirstOrDefault(type => type.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
    }

    private static bool StartsWith(ReadOnlySpan<byte> content, ReadOnlySpan<byte> prefix) => content.StartsWith(prefix);

    private static bool IsZip(byte[] content) =>
        StartsWith(content, "PK\u0003\u0004"u8) || StartsWith(content, "PK\u0005\u0006"u8);

    private static bool IsText(byte[] content)
    {
        if (Array.IndexOf(content, (byte)0) >= 0)
        {
            return false;
        }

        try
        {
            _ = StrictUtf8.GetCharCount(content);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool IsJson(byte[] content)
    {
        if (!IsText(content))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(content.AsMemory(StartsWith(content, [0xEF, 0xBB, 0xBF]) ? 3 : 0));
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool IsXml(byte[] content) =>
        IsText(content) && StrictUtf8.GetString(content).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('<');
}
