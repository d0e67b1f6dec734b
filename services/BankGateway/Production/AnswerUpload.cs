using Concord.Contracts.Filing;

namespace Concord.BankGateway.Production;

/// <summary>
/// An answer as read from the request (multipart form or JSON), before it is checked: the documents, the comment, the
/// marking asked for, and any errors met while reading it (a description naming no document, say).
/// </summary>
public sealed record AnswerUpload(IReadOnlyList<UploadedDocument> Documents, string? Comment, string? Marking, IReadOnlyList<FieldError> Errors);
