using System.Text.Json;
using Concord.Contracts.Filing;
using Concord.Contracts.Typologies;
using Concord.Fiu.Domain;
using Concord.Fiu.Persistence;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Reading;
using Concord.ServiceDefaults.Messaging;
using Concord.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Concord.Fiu.Triage;

/// <summary>
/// What analysts do to a report in triage — assign it, decide on it, write a note — each on a report the reader may
/// see now (else it is not found), and each recorded in the audit chain in the transaction of the change.
/// </summary>
internal sealed class TriageActions(FiuDbContext db, ReportQueries queries, TimeProvider time)
{
    public async Task<TriageOutcome> AssignAsync(Reader reader, string reference, string? assignee, CancellationToken cancellationToken) =>
        await ActAsync(reader, reference, (report, now) =>
        {
            report.AssignedTo = assignee;
            report.AssignedBy = assignee is null ? null : reader.Actor;
            report.AssignedAt = assignee is null ? null : now;
            return (assignee is null ? "unassign report" : $"assign report to {assignee}", null);
        }, cancellationToken);

    public async Task<TriageOutcome> DecideAsync(Reader reader, string reference, TriageDecision decision, string reason, CancellationToken cancellationToken) =>
        await ActAsync(reader, reference, (report, now) =>
        {
            var previous = report.Decision;
            report.Decision = decision;
            report.DecisionReason = reason;
            report.DecidedBy = reader.Actor;
            report.DecidedAt = now;
            // Note: in the decision's transaction, so the typology service's dissemination figures count exactly the
            // decisions that were recorded.
            db.AddOutboxMessage(new ReportDecisionRecorded
            {
                ReportId = report.Id,
                ConcordReference = report.ConcordReference,
                BankOrganisationId = report.BankOrganisationId,
                Decision = decision.ToString(),
                DecidedAt = now,
            }, now);
            // Note: the reason is kept in the chain, so a later decision never hides why an earlier one was taken.
            return ($"decide {decision}", JsonSerializer.Serialize(new { reason, previous = previous?.ToString() }, ContractJson.Options));
        }, cancellationToken);

    public async Task<(TriageOutcome Outcome, AnalysisNote? Note)> AddNoteAsync(Reader reader, string reference, string text, CancellationToken cancellationToken)
    {
        AnalysisNote? note = null;
        var outcome = await ActAsync(reader, reference, (report, now) =>
        {
            note = new AnalysisNote { Id = Guid.CreateVersion7(now), ReportId = report.Id, Author = reader.Actor, Text = text, WrittenAt = now };
            db.Notes.Add(note);
            return ("write note", JsonSerializer.Serialize(new { note = note.Id }, ContractJson.Options));
        }, cancellationToken);
        return (outcome, note);
    }

    /// <summary>The notes on a report the reader may see, oldest first; null when it may not see the report.</summary>
    public async Task<IReadOnlyList<AnalysisNote>?> NotesAsync(Reader reader, string reference, CancellationToken cancellationToken)
    {
        var report = await queries.FindAsync(reader, reference, cancellationToken);
        return report is null
            ? null
            : await db.Notes.AsNoTracking().Where(n => n.ReportId == report.Id).OrderBy(n => n.WrittenAt).ThenBy(n => n.Id).ToListAsync(cancellationToken);
    }

    private async Task<TriageOutcome> ActAsync(
        Reader reader, string reference, Func<ReceivedReport, DateTimeOffset, (string Action, string? Details)> act, CancellationToken cancellationToken)
    {
        // Note: found through the read filter (the read audited), so a report the FIU may not see now is not found.
        var visible = await queries.FindAsync(reader, reference, cancellationToken);
        if (visible is null)
        {
            return TriageOutcome.NotFound;
        }

        if (visible.Status != ReceivedReportStatus.Acknowledged)
        {
            return TriageOutcome.NotInTriage;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Note: the row is locked, so two analysts acting at once are recorded one after the other, both in the chain.
        var report = await db.Reports.FromSql($"SELECT * FROM received_reports WHERE id = {visible.Id} FOR UPDATE").SingleAsync(cancellationToken);
        var now = time.GetUtcNow();
        var (action, details) = act(report, now);
        await db.SaveChangesAsync(cancellationToken);
        await AuditLog.AppendAsync(db, [new AuditRecord
        {
            Kind = AuditKind.Analysis,
            Actor = reader.Actor,
            Action = action,
            Subject = $"report:{report.ConcordReference}",
            Outcome = AuditOutcome.Performed,
            AgreementId = report.AgreementId,
            AgreementVersion = report.AgreementVersion,
            Details = details,
            RecordedAt = now,
        }], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TriageOutcome.Done;
    }
}

internal enum TriageOutcome
{
    Done,
    NotFound,
    NotInTriage,
}
