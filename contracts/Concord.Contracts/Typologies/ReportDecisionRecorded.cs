namespace Concord.Contracts.Typologies;

/// <summary>
/// An FIU analyst decided on a report in triage (the latest decision counts). Feeds the typology service's figure of
/// how many reports citing or matching a typology led to dissemination. Inside the FIU organisation (no envelope).
/// </summary>
public sealed record ReportDecisionRecorded
{
    public required Guid ReportId { get; init; }

    public required string ConcordReference { get; init; }

    public required string BankOrganisationId { get; init; }

    /// <summary>The decision as the FIU names it: <c>NoFurtherAction</c>, <c>Analyse</c> or <c>Disseminate</c>.</summary>
    public required string Decision { get; init; }

    public required DateTimeOffset DecidedAt { get; init; }
}
