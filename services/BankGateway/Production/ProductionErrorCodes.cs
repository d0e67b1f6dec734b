namespace Concord.BankGateway.Production;

/// <summary>The stable codes of field errors in answers to production requests, beside the filing codes (<c>Required</c>, <c>TooMany</c>, …).</summary>
public static class ProductionErrorCodes
{
    /// <summary>A document, or the documents together, exceed the size allowed (413).</summary>
    public const string TooLarge = "TooLarge";

    /// <summary>A document is of a media type not accepted.</summary>
    public const string UnsupportedMediaType = "UnsupportedMediaType";

    /// <summary>A document's content is not what its media type says (a "PDF" that does not start as one).</summary>
    public const string ContentMismatch = "ContentMismatch";

    /// <summary>A document's file name has an extension of another type than its media type.</summary>
    public const string ExtensionMismatch = "ExtensionMismatch";

    /// <summary>A document has no content.</summary>
    public const string Empty = "Empty";
}
