namespace Concord.BankGateway.Production;

/// <summary>Bounds on one answer to a production request: documents travel whole in one message, so they are bounded here.</summary>
public static class ProductionLimits
{
    public const int DocumentsPerAnswer = 20;

    public const long DocumentBytes = 5 * 1024 * 1024;

    public const long AnswerBytes = 10 * 1024 * 1024;

    public const int CommentLength = 4_000;

    public const int DescriptionLength = 1_000;

    public const int FileNameLength = 255;

    /// <summary>A multipart body: the documents plus room for the form's other fields and boundaries.</summary>
    public const long MultipartBodyBytes = AnswerBytes + (1024 * 1024);

    /// <summary>A JSON body: the documents in base64 (4 characters for every 3 bytes) plus room for the rest.</summary>
    public const long JsonBodyBytes = (AnswerBytes / 3 * 4) + (1024 * 1024);
}
