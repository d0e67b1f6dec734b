using System.Text.Json;
using Concord.Fiu.Domain;
using Concord.Fiu.Screening;
using Concord.ServiceDefaults.Messaging;

namespace Concord.Fiu.Triage;

/// <summary>A report in the triage queue: what it is, its score and why (with the typology rules it matched), who has it and what was decided.</summary>
public sealed record TriageItem(
    string ConcordReference,
    string? FiuReference,
    string BankOrganisationId,
    string ReportTypeCode,
    DateTimeOffset ReceivedAt,
    int Score,
    IReadOnlyList<TriageFactor> Factors,
    string? AssignedTo,
    DateTimeOffset? AssignedAt,
    TriageDecision? Decision,
    string? DecisionReason,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    IReadOnlyList<TypologyHitView> TypologyHits)
{
    internal static TriageItem From(ReceivedReport report, IReadOnlyList<TypologyHitView> hits) => new(
        report.ConcordReference,
        report.FiuReference,
        report.BankOrganisationId,
        report.ReportTypeCode,
        report.ReceivedAt,
        report.TriageScore,
        report.TriageFactors is null ? [] : JsonSerializer.Deserialize<List<TriageFactor>>(report.TriageFactors, ContractJson.Options) ?? [],
        report.AssignedTo,
        report.AssignedAt,
        report.Decision,
        report.DecisionReason,
        report.DecidedBy,
        report.DecidedAt,
        hits);
}

public sealed record TriagePage(IReadOnlyList<TriageItem> Items, int Page, int PageSize, int Total);

public sealed record NoteView(Guid Id, string Author, string Text, DateTimeOffset WrittenAt)
{
    internal static NoteView From(AnalysisNote note) => new(note.Id, note.Author, note.Text, note.WrittenAt);
}
