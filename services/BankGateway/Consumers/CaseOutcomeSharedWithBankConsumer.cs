using System.Text.Json;
using Concord.BankGateway.CaseOutcomes;
using Concord.BankGateway.Persistence;
using Concord.Contracts.Cases;
using Concord.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Concord.BankGateway.Consumers;

/// <summary>
/// Keeps a case's outcome for the bank it was told to, once, until the envelope's <c>retainUntil</c>, linked to the
/// bank's own reports it names (a report of another bank, or none the gateway holds, is not linked). An outcome whose
/// envelope does not address the bank it names is not stored.
/// </summary>
public sealed partial class CaseOutcomeSharedWithBankConsumer(GatewayDbContext db, TimeProvider time, ILogger<CaseOutcomeSharedWithBankConsumer> logger)
    : IConsumer<CaseOutcomeSharedWithBank>
{
    public const string Name = "bank-gateway-case-outcome";

    public async Task Consume(ConsumeContext<CaseOutcomeSharedWithBank> context)
    {
        var message = context.Message;
        var bank = message.BankOrganisationId;
        var envelope = message.Envelope!;
        if (!envelope.Recipients.Contains(bank, StringComparer.Ordinal))
        {
            LogMisaddressed(message.CaseReference, bank);
            return;
        }

        var now = time.GetUtcNow();
        var named = message.Reports.Where(r => r.BankOrganisationId == bank).Select(r => r.ReportId).Distinct().ToArray();
        var linked = 0;
        var outcome = await InboxDelivery.StoreOnceAsync(db, Name, context.MessageId, now,
            cancellationToken => db.CaseOutcomes.AnyAsync(o => o.Id == message.OutcomeId, cancellationToken),
            async cancellationToken =>
            {
                // Note: only the bank's own reports are linked, whatever the message names.
                var reports = await db.Reports.Where(r => named.Contains(r.Id) && r.BankOrganisationId == bank)
                    .Select(r => new CaseOutcomeReport { CaseOutcomeId = message.OutcomeId, ReportId = r.Id, ConcordReference = r.ConcordReference })
                    .ToListAsync(cancellationToken);
                linked = reports.Count;
                db.CaseOutcomes.Add(new ReceivedCaseOutcome
                {
                    Id = message.OutcomeId,
                    BankOrganisationId = bank,
                    CaseReference = message.CaseReference,
                    Outcome = message.Outcome,
                    Summary = message.Summary,
                    Milestones = JsonSerializer.Serialize(message.Milestones, ContractJson.Options),
                    ReportedBy = message.ReportedBy,
                    ClosedAt = message.ClosedAt,
                    ReceivedAt = now,
                    Envelope = JsonSerializer.Serialize(envelope, ContractJson.Options),
                    AgreementId = envelope.AgreementId,
                    RetainUntil = envelope.RetainUntil,
                    Reports = reports,
                });
                return true;
            },
            context.CancellationToken);
        if (outcome == InboxDeliveryOutcome.Stored)
        {
            LogReceived(message.CaseReference, bank, message.Outcome, linked, message.Reports.Count);
        }
        else
        {
            LogDuplicate(message.CaseReference, bank);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outcome of case {CaseReference} for {Bank}: {Outcome}; {Linked} of {Named} report(s) named are the bank's")]
    private partial void LogReceived(string caseReference, string bank, CaseOutcomeKind outcome, int linked, int named);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outcome of case {CaseReference} for {Bank} was already received; skipped")]
    private partial void LogDuplicate(string caseReference, string bank);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outcome of case {CaseReference} names {Bank}, which its envelope does not address; not stored")]
    private partial void LogMisaddressed(string caseReference, string bank);
}
