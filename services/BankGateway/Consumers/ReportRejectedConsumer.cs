using System.Text.Json;
using Concord.BankGateway.Domain;
using Concord.BankGateway.Persistence;
using Concord.Contracts.Filing;
using Concord.LegalBasis.Enforcement;
using Concord.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Concord.BankGateway.Consumers;

/// <summary>
/// Marks reports Rejected with the FIU's field-level reasons, a batch in one statement. Idempotent: only a Received
/// report of the bank the decision names changes, so a redelivered or misaddressed decision changes nothing.
/// </summary>
public sealed class ReportRejectedConsumer(GatewayDbContext db, ILogger<ReportRejectedConsumer> logger) : IConsumer<Batch<ReportRejected>>
{
    public const string Name = "bank-gateway-report-rejected";

    public async Task Consume(ConsumeContext<Batch<ReportRejected>> context)
    {
        // Note: only what the legal-basis layer admitted; the rest of the batch is in quarantine.
        var decisions = context.Admitted().Select(item => item.Message).ToList();
        var ids = decisions.Select(d => d.ReportId).ToArray();
        var banks = decisions.Select(d => d.BankOrganisationId).ToArray();
        var reasons = decisions.Select(d => JsonSerializer.Serialize(d.Reasons, ContractJson.Options)).ToArray();
        // Note: the answer is the FIU's, received under the feedback flow; it is kept only as long as that flow allows.
        var retainUntil = decisions.Select(d => d.Envelope?.RetainUntil.ToUniversalTime()).ToArray();
        var decidedAt = decisions.Select(d => d.RejectedAt.ToUniversalTime()).ToArray();

        var applied = await db.Database.SqlQuery<Guid>(
            $"""
            UPDATE reports AS r
            SET status = {nameof(ReportStatus.Rejected)}, rejection_reasons = d.reasons::jsonb, status_changed_at = d.decided_at, feedback_retain_until = d.retain_until
            FROM unnest({ids}, {banks}, {reasons}, {decidedAt}, {retainUntil}) AS d(id, bank, reasons, decided_at, retain_until)
            WHERE r.id = d.id AND r.bank_organisation_id = d.bank AND r.status = {nameof(ReportStatus.Received)}
            RETURNING r.id AS "Value"
            """).ToListAsync(context.CancellationToken);

        DecisionLog.NotApplied(logger, "Rejection", decisions.Select(d => (d.ReportId, d.ConcordReference)), applied);
    }
}

public sealed class ReportRejectedConsumerDefinition() : BatchConsumerDefinition<ReportRejectedConsumer>(ReportRejectedConsumer.Name);
