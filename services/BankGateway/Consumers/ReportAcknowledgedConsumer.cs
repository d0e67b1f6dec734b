using Concord.BankGateway.Domain;
using Concord.BankGateway.Persistence;
using Concord.Contracts.Filing;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Concord.BankGateway.Consumers;

/// <summary>Marks a report Acknowledged with the FIU's reference. Idempotent: only a Received report changes.</summary>
public sealed partial class ReportAcknowledgedConsumer(GatewayDbContext db, ILogger<ReportAcknowledgedConsumer> logger) : IConsumer<ReportAcknowledged>
{
    public async Task Consume(ConsumeContext<ReportAcknowledged> context)
    {
        var message = context.Message;
        var updated = await db.Reports
            .Where(r => r.Id == message.ReportId && r.BankOrganisationId == message.BankOrganisationId && r.Status == ReportStatus.Received)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.Status, ReportStatus.Acknowledged)
                .SetProperty(r => r.FiuReference, message.FiuReference)
                .SetProperty(r => r.StatusChangedAt, message.AcknowledgedAt), context.CancellationToken);
        if (updated == 0)
        {
            LogNotApplied(message.ConcordReference);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Acknowledgement of {ConcordReference} changed nothing (already decided, or not a report of this gateway)")]
    private partial void LogNotApplied(string concordReference);
}
