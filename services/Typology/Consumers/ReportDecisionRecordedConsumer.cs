using Concord.Contracts.Typologies;
using Concord.ServiceDefaults.Outbox;
using Concord.Typology.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Concord.Typology.Consumers;

/// <summary>
/// Keeps the FIU's latest triage decision on each report, for the dissemination figures. Decisions may arrive in any
/// order, and before or after the report's screening: the latest by the time it was taken wins, whenever it arrives.
/// </summary>
public sealed class ReportDecisionRecordedConsumer(TypologyDbContext db, TimeProvider time) : IConsumer<ReportDecisionRecorded>
{
    public const string Name = "typology-report-decisions";

    public async Task Consume(ConsumeContext<ReportDecisionRecorded> context)
    {
        var cancellationToken = context.CancellationToken;
        var message = context.Message;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.IsRedeliveryAsync(Name, context.MessageId, time.GetUtcNow(), cancellationToken))
        {
            return;
        }

        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO report_decisions (report_id, concord_reference, bank_organisation_id, decision, decided_at)
            VALUES ({message.ReportId}, {message.ConcordReference}, {message.BankOrganisationId}, {message.Decision}, {message.DecidedAt})
            ON CONFLICT (report_id) DO UPDATE SET decision = excluded.decision, decided_at = excluded.decided_at
            WHERE report_decisions.decided_at < excluded.decided_at
            """, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
