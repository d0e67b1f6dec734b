using Concord.BankGateway.Typologies;
using Concord.Contracts.Typologies;
using MassTransit;

namespace Concord.BankGateway.Consumers;

/// <summary>
/// Puts a typology version in the inbox of the bank it was distributed to, once: the inbox skips a redelivered message
/// and the FIU's distribution id is the row's key. A version that arrives after a later one the bank already holds is
/// stored superseded; one a withdrawal already covers is stored withdrawn. A copy whose envelope does not address the
/// bank it names is not stored.
/// </summary>
public sealed partial class TypologyPublishedConsumer(TypologyInbox inbox, TimeProvider time, ILogger<TypologyPublishedConsumer> logger)
    : IConsumer<TypologyPublished>
{
    /// <summary>The queue, and the consumer name in the inbox.</summary>
    public const string Name = "bank-gateway-typology-published";

    public async Task Consume(ConsumeContext<TypologyPublished> context)
    {
        var message = context.Message;
        var (bank, typology) = (message.RecipientOrganisationId, message.Typology);
        // Note: the enforcement point took delivery for a bank the envelope addresses; the copy must name that bank.
        var envelope = message.Envelope!;
        if (!envelope.Recipients.Contains(bank, StringComparer.Ordinal))
        {
            LogMisaddressed(typology.Code, typology.Version, bank);
            return;
        }

        var copy = TypologyInbox.CopyOf(message.DistributionId, bank, typology, previousVersion: null, changes: [], envelope, time.GetUtcNow());
        if (await inbox.ReceiveAsync(Name, context.MessageId, copy, context.CancellationToken) is { } status)
        {
            LogReceived(typology.Code, typology.Version, bank, status);
        }
        else
        {
            LogDuplicate(typology.Code, typology.Version, bank);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Typology {Code} v{Version} for {Bank}, stored {Status}")]
    private partial void LogReceived(string code, int version, string bank, TypologyStatus status);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Typology {Code} v{Version} for {Bank} was already received; skipped")]
    private partial void LogDuplicate(string code, int version, string bank);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Typology {Code} v{Version} names {Bank}, which its envelope does not address; not stored")]
    private partial void LogMisaddressed(string code, int version, string bank);
}
