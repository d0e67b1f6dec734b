namespace Concord.Cases.Persistence;

/// <summary>
/// One request to pass an item on (<c>onward_shares</c>): a projection of the case's events that finds the case an
/// originator's answer belongs to by the request's id (the id the Agreements service echoes).
/// </summary>
public sealed class StoredOnwardShare
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid ItemId { get; set; }

    public string Originator { get; set; } = "";

    public string RequestedByOrganisation { get; set; } = "";

    public string Recipient { get; set; } = "";

    public DateTimeOffset RequestedAt { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }
}
