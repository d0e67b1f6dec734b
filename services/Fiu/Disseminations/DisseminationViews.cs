using Concord.Contracts.Cases;
using Concord.Contracts.Sharing;

namespace Concord.Fiu.Disseminations;

/// <summary>One dissemination in a list.</summary>
public sealed record DisseminationSummary(
    string Reference, string AgreementCode, string RecipientOrganisationId, string Title, Tlp Marking, int Reports,
    string DisseminatedBy, DateTimeOffset DisseminatedAt, CaseOutcomeKind? Outcome);

/// <summary>A page of disseminations, newest first.</summary>
public sealed record DisseminationPage(IReadOnlyList<DisseminationSummary> Items, int Page, int PageSize, int Total);

/// <summary>One report of a dissemination, as it was when disseminated.</summary>
public sealed record DisseminatedReportView(string ConcordReference, string? FiuReference, string BankOrganisationId, DateTimeOffset FiledAt);

/// <summary>A dissemination with its reports and, once the task force has told it, the case's outcome.</summary>
public sealed record DisseminationDetails(
    string Reference, Guid AgreementId, string AgreementCode, string LegalGateway, string RecipientOrganisationId, string Title,
    string AnalysisNote, Tlp Marking, OnwardSharingRule OnwardSharing, SourceGrading? SourceGrading, string DisseminatedBy,
    DateTimeOffset DisseminatedAt, IReadOnlyList<DisseminatedReportView> Reports, IReadOnlyList<CaseOutcomeView> Outcomes);

/// <summary>A case's outcome as the task force told it.</summary>
public sealed record CaseOutcomeView(
    string CaseReference, CaseOutcomeKind Outcome, string Summary, IReadOnlyList<ReachedMilestone> Milestones,
    IReadOnlyList<string> ReportReferences, IReadOnlyList<string> DisseminationReferences, string ReportedBy,
    DateTimeOffset ClosedAt, DateTimeOffset ReceivedAt);

/// <summary>A page of case outcomes, most recently closed first.</summary>
public sealed record CaseOutcomePage(IReadOnlyList<CaseOutcomeView> Items, int Page, int PageSize, int Total);
