using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Decisions;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Concord.LegalBasis.Enforcement;

/// <summary>
/// The enforcement point on receipt: a message that carries partnership data reaches its consumer only if the service's
/// organisation may take delivery of it under its envelope. Every decision is audited; a refused message goes to the
/// endpoint's quarantine queue with its reasons in a header, and is not processed.
/// </summary>
public sealed partial class LegalBasisConsumeFilter<T>(
    LegalBasisGuard guard,
    IAuditSink audit,
    IOptions<LegalBasisOptions> options,
    TimeProvider time,
    ILogger<LegalBasisConsumeFilter<T>> logger) : IFilter<ConsumeContext<T>>
    where T : class
{
    public const string ReasonsHeader = "Concord-Deny-Reasons";

    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        if (EnvelopeOf<T>.Reader is not { } read)
        {
            await next.Send(context);
            return;
        }

        var envelope = read(context.Message);
        // Note: a service acting for several organisations takes delivery as the one the envelope addresses; one it
        // does not act for is refused (as not addressed).
        var hosted = options.Value.Hosted;
        var organisation = envelope?.Recipients?.FirstOrDefault(hosted.Contains) ?? hosted.First();
        var decision = guard.Decide(envelope, AccessAction.Receive, organisation, organisation);
        var subject = DecisionAudit.MessageSubject<T>(context.MessageId);
        await audit.AppendAsync([DecisionAudit.Record(decision, organisation, $"receive {typeof(T).Name}", organisation, subject, time.GetUtcNow())], context.CancellationToken);
        if (decision.IsPermitted)
        {
            await next.Send(context);
            return;
        }

        var reasons = decision.Reasons.Codes();
        var quarantine = new Uri($"queue:{context.ReceiveContext.InputAddress.AbsolutePath.Split('/').Last()}{options.Value.QuarantineSuffix}");
        var endpoint = await context.GetSendEndpoint(quarantine);
        await endpoint.Send(context.Message, send =>
        {
            send.MessageId = context.MessageId;
            send.Headers.Set(ReasonsHeader, reasons);
        }, context.CancellationToken);
        // Note: the message was dealt with (quarantined); without this MassTransit would move it to the _skipped queue.
        await context.NotifyConsumed(context, TimeSpan.Zero, "legal-basis-quarantine");
        LogQuarantined(typeof(T).Name, context.MessageId, reasons);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("legal-basis");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Quarantined {MessageType} {MessageId}: no basis to receive it ({Reasons})")]
    private partial void LogQuarantined(string messageType, Guid? messageId, string reasons);
}
