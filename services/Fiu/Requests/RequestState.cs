namespace Concord.Fiu.Requests;

/// <summary>Where a request and each of its banks stand at a given moment: overdue is a matter of the clock, never stored.</summary>
internal static class RequestState
{
    public static RecipientStatus Of(RequestRecipient recipient, DateTimeOffset deadline, DateTimeOffset now) =>
        recipient.Status == RecipientStatus.Sent && now > deadline ? RecipientStatus.Overdue : recipient.Status;

    public static InformationRequestStatus Of(InformationRequest request, DateTimeOffset now) =>
        request.WithdrawnAt is not null || request.Recipients.TrueForAll(r => r.Status != RecipientStatus.Sent) ? InformationRequestStatus.Closed
        : now > request.Deadline ? InformationRequestStatus.Overdue
        : InformationRequestStatus.Open;

    /// <summary>Answered after the deadline.</summary>
    public static bool IsLate(RequestRecipient recipient, DateTimeOffset deadline) => recipient.AnsweredAt > deadline;
}
