using Concord.Contracts.Feedback;
using Concord.Fiu.Domain;
using Concord.Fiu.Persistence;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Reading;
using Microsoft.EntityFrameworkCore;

namespace Concord.Fiu.Feedback;

/// <summary>
/// Reads of feedback for the FIU's analysts: the feedback on one report (found through the reports' read filter), and
/// figures per bank counted only among the reports whose agreement lets the FIU read them now — no figure counts a
/// report the FIU may not see.
/// </summary>
internal sealed class FeedbackQueries(FiuDbContext db, ReportQueries reports, ReadFilter reads, IAuditSink audit, TimeProvider time)
{
    /// <summary>The feedback on a report, oldest first; null when there is no report the reader may see.</summary>
    public async Task<IReadOnlyList<FeedbackDetails>?> ForReportAsync(Reader reader, string reference, CancellationToken cancellationToken)
    {
        var report = await reports.FindAsync(reader, reference, cancellationToken);
        if (report is null)
        {
            return null;
        }

        var feedback = await db.ReportFeedback.AsNoTracking().Where(f => f.ReportId == report.Id).OrderBy(f => f.Sequence).ToListAsync(cancellationToken);
        return [.. feedback.Select(FeedbackDetails.From)];
    }

    /// <summary>Per bank, for the reports received in [from, to): received, acknowledged, rejected, and the latest feedback on each by outcome.</summary>
    public async Task<FeedbackFigures> FiguresAsync(Reader reader, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        var agreements = reads.ScopeFor(reader.Organisation).AgreementIds.ToArray();
        var received = db.Reports.AsNoTracking().Where(r => r.AgreementId != null && agreements.Contains(r.AgreementId.Value));
        if (from is { } start)
        {
            received = received.Where(r => r.ReceivedAt >= start);
        }

        if (to is { } end)
        {
            received = received.Where(r => r.ReceivedAt < end);
        }

        var reportCounts = await received
            .GroupBy(r => r.BankOrganisationId)
            .Select(g => new
            {
                Bank = g.Key,
                Received = g.Count(),
                Acknowledged = g.Count(r => r.Status == ReceivedReportStatus.Acknowledged),
                Rejected = g.Count(r => r.Status == ReceivedReportStatus.Rejected),
            })
            .ToListAsync(cancellationToken);

        // Note: the latest feedback on each report is the one no later feedback on the same report follows.
        var latestOutcomes = await db.ReportFeedback.AsNoTracking()
            .Where(f => received.Any(r => r.Id == f.ReportId))
            .Where(f => !db.ReportFeedback.Any(later => later.ReportId == f.ReportId && later.Sequence > f.Sequence))
            .GroupBy(f => new { f.BankOrganisationId, f.Outcome })
            .Select(g => new { g.Key.BankOrganisationId, g.Key.Outcome, Count = g.Count() })
            .ToListAsync(cancellationToken);

        int Count(string bank, FeedbackOutcome outcome) =>
            latestOutcomes.Where(o => o.BankOrganisationId == bank && o.Outcome == outcome).Sum(o => o.Count);

        var banks = reportCounts.OrderBy(c => c.Bank, StringComparer.Ordinal).Select(c =>
        {
            var withFeedback = latestOutcomes.Where(o => o.BankOrganisationId == c.Bank).Sum(o => o.Count);
            return new BankFeedbackFigures(
                c.Bank, c.Received, c.Acknowledged, c.Rejected, withFeedback, c.Acknowledged - withFeedback,
                Count(c.Bank, FeedbackOutcome.Useful), Count(c.Bank, FeedbackOutcome.LedToDissemination), Count(c.Bank, FeedbackOutcome.NoFurtherAction));
        }).ToList();

        // Note: figures are a read of partnership data too; one entry says who counted what, when.
        await audit.AppendAsync(
        [
            new AuditRecord
            {
                Kind = AuditKind.Read,
                Actor = reader.Actor,
                Action = "read feedback figures",
                Subject = $"feedback-figures:{from:O}..{to:O}",
                Outcome = AuditOutcome.Performed,
                RecordedAt = time.GetUtcNow(),
            },
        ], cancellationToken);
        return new FeedbackFigures(from, to, banks);
    }
}
