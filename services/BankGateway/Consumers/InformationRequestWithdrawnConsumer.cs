using Concord.BankGateway.Persistence;
using Concord.Contracts.Requests;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Concord.BankGateway.Consumers;

/// <summary>
/// Marks a request withdrawn in its bank's inbox, in one statement. Idempotent: only a request of the bank the withdrawal
/// names, not withdrawn yet, changes. A request the bank answered is marked too: the FIU withdraws only copies whose answer
/// it has not taken, so that answer is refused there and the bank should see why.
/// </summary>
public sealed partial class InformationRequestWithdrawnConsumer(GatewayDbContext db, ILogger<InformationRequestWithdrawnConsumer> logger)
    : IConsumer<InformationRequestWithdrawn>
{
    public const string Name = "bank-gateway-information-request-withdrawn";

    public async Task Consume(ConsumeContext<InformationRequestWithdrawn> context)
    {
        var message = context.Message;
        if (!message.Envelope!.Recipients.Contains(message.BankOrganisationId, StringComparer.Ordinal))
        {
            LogNotApplied(message.RequestReference);
            return;
        }

        var changed = await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE information_requests SET withdrawn_at = {message.WithdrawnAt}, withdrawal_reason = {message.Reason}
            WHERE id = {message.RequestId} AND bank_organisation_id = {message.BankOrganisationId} AND withdrawn_at IS NULL
            """, context.CancellationToken);
        if (changed == 0)
        {
            LogNotApplied(message.RequestReference);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Withdrawal of {Reference} changed nothing (already withdrawn, or not a request of this gateway's bank)")]
    private partial void LogNotApplied(string reference);
}
