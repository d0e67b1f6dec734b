using Concord.BankGateway.Domain;
using Concord.BankGateway.Persistence;
using Concord.Contracts.Filing;
using Concord.LegalBasis.Enforcement;
using Concord.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Concord.BankGateway.Consumers;

/// <summary>
/// Marks reports Acknowledged with the FIU's reference, a batch in one statement. Idempotent: only a Received
/// report of the bank the decision names changes, so a redelivered or misaddressed decision changes nothing.
/// </summary>
public sealed class ReportAcknowledgedConsumer(GatewayDbContext db, ILogger<ReportAcknowledgedConsumer> logger) : IConsumer<Batch<ReportAcknowledged>>
{
    public const string Name = "bank-gateway-report-acknowledged";

    public async Task Consume(ConsumeContext<Batch<ReportAcknowledged>> context)
    {
        // Note: only what the legal-basis layer admitted; the rest of the batch is in quarantine.
        var decisions = context.Admitted().Select(item => item.Message).ToList();
        var ids = decisions.Select(d => d.ReportId).ToArray();
        var banks = decisions.Select(d => d.BankOrganisationId).ToArray();
        var fiuReferences = decisions.Select(d => d.FiuReference).ToArray();
        // Note: the answer is the FIU's, received under the feedback flow; it is kept only as long as that flow allows.
        var retainUntil = decisions.Select(d => d.Envelope?.RetainUntil.ToUniversalTime()).ToArray();
        var decidedAt = decisions.Select(d => d.AcknowledgedAt.ToUniversalTime()).ToArray();

        var applied = await db.Database.SqlQuery<Guid>(
            $"""
            UPDATE reports AS r
            SET status = {nameof(ReportStatus.Acknowledged)}, fiu_reference = d.fiu_reference, status_changed_at = d.decided_at, feedback_retain_until = d.retain_until
            FROM unnest({ids}, {banks}, {fiuReferences}, {decidedAt}, {retainUntil}) AS d(id, bank, fiu_reference, decided_at, retain_until)
            WHERE r.id = d.id AND r.bank_organisation_id = d.bank AND r.status = {nameof(ReportStatus.Received)}
            RETURNING r.id AS "Value"
            """).ToListAsync(context.CancellationToken);

        DecisionLog.NotApplied(logger, "Acknowledgement", decisions.Select(d => (d.ReportId, d.ConcordReference)), applied);
    }
}

public sealed class ReportAcknowledgedConsumerDefinition() : BatchConsumerDefinition<ReportAcknowledgedConsumer>(ReportAcknowledgedConsumer.Name);
