using System.Text.Json;
using Concord.BankGateway.Domain;
using Concord.BankGateway.Persistence;
using Concord.Contracts.Filing;
using Concord.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Concord.BankGateway.Consumers;

/// <summary>Marks a report Rejected with the FIU's field-level reasons. Idempotent: only a Received report changes.</summary>
public sealed partial class ReportRejectedConsumer(GatewayDbContext db, ILogger<ReportRejectedConsumer> logger) : IConsumer<ReportRejected>
{
    public async Task Consume(ConsumeContext<ReportRejected> context)
    {
        var message = context.Message;
        var reasons = JsonSerializer.Serialize(message.Reasons, ContractJson.Options);
        var updated = await db.Reports
            .Where(r => r.Id == message.ReportId && r.BankOrganisationId == message.BankOrganisationId && r.Status == ReportStatus.Received)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.Status, ReportStatus.Rejected)
                .SetProperty(r => r.RejectionReasons, reasons)
                .SetProperty(r => r.StatusChangedAt, message.RejectedAt), context.CancellationToken);
        if (updated == 0)
        {
            LogNotApplied(message.ConcordReference);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejection of {ConcordReference} changed nothing (already decided, or not a report of this gateway)")]
    private partial void LogNotApplied(string concordReference);
}
