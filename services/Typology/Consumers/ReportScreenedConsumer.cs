using Concord.Contracts.Typologies;
using Concord.ServiceDefaults.Outbox;
using Concord.Typology.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Concord.Typology.Consumers;

/// <summary>
/// Records what the FIU's screening found in a report — the typology codes it cites and the indicator rules that fired —
/// for the statistics. Once per report: a redelivery, or a second screening of the same report, changes nothing.
/// </summary>
public sealed partial class ReportScreenedConsumer(TypologyDbContext db, TimeProvider time, ILogger<ReportScreenedConsumer> logger) : IConsumer<ReportScreened>
{
    public const string Name = "typology-screened-reports";

    public async Task Consume(ConsumeContext<ReportScreened> context)
    {
        var cancellationToken = context.CancellationToken;
        db.ChangeTracker.Clear();
        var message = context.Message;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.IsRedeliveryAsync(Name, context.MessageId, time.GetUtcNow(), cancellationToken))
        {
            return;
        }

        if (await db.ScreenedReports.AnyAsync(r => r.ReportId == message.ReportId, cancellationToken))
        {
            await transaction.CommitAsync(cancellationToken);
            LogAlreadyScreened(message.ConcordReference);
            return;
        }

        db.ScreenedReports.Add(new ScreenedReport
        {
            ReportId = message.ReportId,
            ConcordReference = message.ConcordReference,
            BankOrganisationId = message.BankOrganisationId,
            ReceivedAt = message.ReceivedAt,
            ScreenedAt = message.ScreenedAt,
        });
        var cited = (message.CitedTypologyCodes ?? []).Where(code => !string.IsNullOrWhiteSpace(code)).Select(code => code.Trim().ToUpperInvariant())
            .Distinct(StringComparer.Ordinal).ToList();
        // Note: a citation counts for the version in force when the bank filed; a code cited before any version was published counts for none.
        var inForce = await db.Versions.AsNoTracking().Where(v => cited.Contains(v.Code) && v.PublishedAt <= message.ReceivedAt)
            .GroupBy(v => v.Code).Select(g => new { Code = g.Key, Version = g.Max(v => v.Version) }).ToDictionaryAsync(v => v.Code, v => v.Version, cancellationToken);
        foreach (var code in cited)
        {
            db.Citations.Add(new ReportCitation { ReportId = message.ReportId, Code = code, Version = inForce.TryGetValue(code, out var version) ? version : null });
        }

        foreach (var hit in (message.Hits ?? []).DistinctBy(h => (h.Code, h.Version, h.IndicatorCode)))
        {
            db.Hits.Add(new ReportHit { ReportId = message.ReportId, Code = hit.Code, Version = hit.Version, IndicatorCode = hit.IndicatorCode });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogScreened(message.ConcordReference, cited.Count, message.Hits?.Count ?? 0);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Report {Reference} was screened before; the figures keep the first screening")]
    private partial void LogAlreadyScreened(string reference);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Report {Reference}: {Citations} typology citation(s), {Hits} rule hit(s)")]
    private partial void LogScreened(string reference, int citations, int hits);
}
