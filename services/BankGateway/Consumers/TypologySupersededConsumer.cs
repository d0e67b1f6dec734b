using Concord.BankGateway.Typologies;
using Concord.Contracts.Typologies;
using MassTransit;

namespace Concord.BankGateway.Consumers;

/// <summary>
/// Puts a new version of a typology in its bank's inbox with what changed since the version the bank held, once. The
/// versions the bank holds before it become superseded — also one that arrives after it (a supersession may overtake
/// the first version on the way).
/// </summary>
public sealed partial class TypologySupersededConsumer(TypologyInbox inbox, TimeProvider time, ILogger<TypologySupersededConsumer> logger)
    : IConsumer<TypologySuperseded>
{
    public const string Name = "bank-gateway-typology-superseded";

    public async Task Consume(ConsumeContext<TypologySuperseded> context)
    {
        var message = context.Message;
        var (bank, typology) = (message.RecipientOrganisationId, message.Typology);
        var envelope = message.Envelope!;
        if (!envelope.Recipients.Contains(bank, StringComparer.Ordinal))
        {
            LogMisaddressed(typology.Code, typology.Version, bank);
            return;
        }

        var copy = TypologyInbox.CopyOf(message.DistributionId, bank, typology, message.SupersededVersion, message.Changes, envelope, time.GetUtcNow());
        if (await inbox.ReceiveAsync(Name, context.MessageId, copy, context.CancellationToken) is { } status)
        {
            LogReceived(typology.Code, typology.Version, message.SupersededVersion, bank, message.Changes?.Count ?? 0, status);
        }
        else
        {
            LogDuplicate(typology.Code, typology.Version, bank);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Typology {Code} v{Version} supersedes v{Previous} for {Bank} ({Changes} change(s)), stored {Status}")]
    private partial void LogReceived(string code, int version, int previous, string bank, int changes, TypologyStatus status);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Typology {Code} v{Version} for {Bank} was already received; skipped")]
    private partial void LogDuplicate(string code, int version, string bank);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Typology {Code} v{Version} names {Bank}, which its envelope does not address; not stored")]
    private partial void LogMisaddressed(string code, int version, string bank);
}
