namespace Concord.BankGateway.Inbox;

/// <summary>The stable codes of field errors in answers, beside the filing codes (<c>Required</c>, <c>Duplicate</c>, …).</summary>
public static class InboxErrorCodes
{
    /// <summary>The answer names a subject the request does not have.</summary>
    public const string UnknownSubject = "UnknownSubject";

    /// <summary>A subject of the request has no answer.</summary>
    public const string NotAnswered = "NotAnswered";

    /// <summary>Details come with a Match only.</summary>
    public const string DetailsWithoutMatch = "DetailsWithoutMatch";
}
