namespace Concord.Cases.Persistence;

/// <summary>
/// An FIU's dissemination as received (<c>disseminations</c>), for its recipient organisation only, pending until its
/// lead takes it into a case (opening one or adding to one); then it names the case and the item it became.
/// </summary>
public sealed class StoredDissemination
{
    public Guid Id { get; set; }

    public string Reference { get; set; } = "";

    public string RecipientOrganisationId { get; set; } = "";

    public string Title { get; set; } = "";

    public string AnalysisNote { get; set; } = "";

    /// <summary>The reports (<c>DisseminatedReport</c>) as JSON.</summary>
    public string Reports { get; set; } = "[]";

    public string DisseminatedBy { get; set; } = "";

    public string DisseminatedByPerson { get; set; } = "";

    public DateTimeOffset DisseminatedAt { get; set; }

    /// <summary>The envelope it arrived under, as JSON.</summary>
    public string Envelope { get; set; } = "";

    public Guid AgreementId { get; set; }

    public DateTimeOffset RetainUntil { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public Guid? TakenIntoCaseId { get; set; }

    public Guid? TakenAsItemId { get; set; }

    public string? TakenBy { get; set; }

    public DateTimeOffset? TakenAt { get; set; }
}
