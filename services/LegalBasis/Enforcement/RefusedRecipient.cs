using Concord.LegalBasis.Decisions;

namespace Concord.LegalBasis.Enforcement;

/// <summary>A recipient the data may not be shared with, and why: what a 403 ProblemDetails lists.</summary>
public sealed record RefusedRecipient
{
    public required string Recipient { get; init; }

    public required IReadOnlyList<RefusalReason> Reasons { get; init; }

    public static RefusedRecipient From(string recipient, DenyReasons reasons) => new()
    {
        Recipient = recipient,
        Reasons = [.. reasons.Split().Select(reason => new RefusalReason { Code = reason.Code(), Description = reason.Describe() })],
    };
}
