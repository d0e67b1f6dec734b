namespace Concord.Cases.Persistence;

/// <summary>
/// One bank's production request (<c>production_requests</c>): a projection of the case's events that finds the case an
/// answer belongs to by the request's id, and keeps each reference unique.
/// </summary>
public sealed class StoredProductionRequest
{
    public Guid Id { get; set; }

    public string Reference { get; set; } = "";

    public Guid CaseId { get; set; }

    public string BankOrganisationId { get; set; } = "";

    public string RequestedByOrganisation { get; set; } = "";

    public DateTimeOffset Deadline { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    public Guid? ItemId { get; set; }
}
