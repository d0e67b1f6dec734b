using System.Text.Json;
using Concord.BankGateway.Typologies;
using Concord.Contracts.Typologies;
using Concord.ServiceDefaults.Messaging;
using MassTransit;

namespace Concord.BankGateway.Consumers;

/// <summary>
/// Marks a typology withdrawn in its bank's inbox, from the version the withdrawal names down, once. A withdrawal that
/// arrives before the version it withdraws is kept, so that version is stored withdrawn when it comes; the bank keeps
/// the record that it had the typology until its retention ends.
/// </summary>
public sealed partial class TypologyWithdrawnConsumer(TypologyInbox inbox, TimeProvider time, ILogger<TypologyWithdrawnConsumer> logger)
    : IConsumer<TypologyWithdrawn>
{
    public const string Name = "bank-gateway-typology-withdrawn";

    public async Task Consume(ConsumeContext<TypologyWithdrawn> context)
    {
        var message = context.Message;
        var bank = message.RecipientOrganisationId;
        var envelope = message.Envelope!;
        if (!envelope.Recipients.Contains(bank, StringComparer.Ordinal))
        {
            LogMisaddressed(message.Code, message.Version, bank);
            return;
        }

        var now = time.GetUtcNow();
        var withdrawal = new ReceivedWithdrawal
        {
            Id = Guid.CreateVersion7(now),
            BankOrganisationId = bank,
            TypologyId = message.TypologyId,
            Code = message.Code,
            Version = message.Version,
            Reason = message.Reason,
            WithdrawnAt = message.WithdrawnAt,
            ReceivedAt = now,
            Envelope = JsonSerializer.Serialize(envelope, ContractJson.Options),
            RetainUntil = envelope.RetainUntil,
        };
        switch (await inbox.WithdrawAsync(Name, context.MessageId, withdrawal, context.CancellationToken))
        {
            case null:
                LogDuplicate(message.Code, message.Version, bank);
                break;
            case 0:
                LogAhead(message.Code, message.Version, bank);
                break;
            case var held:
                LogWithdrawn(message.Code, message.Version, bank, held.Value);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Typology {Code} withdrawn for {Bank} from v{Version} down ({Held} version(s) held)")]
    private partial void LogWithdrawn(string code, int version, string bank, int held);

    [LoggerMessage(Level = LogLevel.Information, Message = "Typology {Code} v{Version} withdrawn for {Bank} before it arrived; it will be stored withdrawn")]
    private partial void LogAhead(string code, int version, string bank);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Withdrawal of typology {Code} v{Version} for {Bank} was already received; skipped")]
    private partial void LogDuplicate(string code, int version, string bank);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Withdrawal of typology {Code} v{Version} names {Bank}, which its envelope does not address; not applied")]
    private partial void LogMisaddressed(string code, int version, string bank);
}
