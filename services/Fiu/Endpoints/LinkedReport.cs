namespace Concord.Fiu.Endpoints;

/// <summary>A report linked to the one asked about, with every reason the two are linked.</summary>
/// <param name="OtherBank">Filed by another bank than the report asked about (what the FIU alone can see).</param>
public sealed record LinkedReport(
    Guid ReportId, string ConcordReference, string? FiuReference, string BankOrganisationId, bool OtherBank, DateTimeOffset ReceivedAt, IReadOnlyList<LinkReason> Reasons);
