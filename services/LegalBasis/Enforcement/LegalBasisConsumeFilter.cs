using System.Reflection;
using Concord.Contracts.Sharing;
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

    /// <summary>For a batch of enveloped messages (T is <c>Batch&lt;TItem&gt;</c>), how its items are admitted; null otherwise.</summary>
    private static readonly Func<LegalBasisConsumeFilter<T>, ConsumeContext<T>, Task>? AdmitBatch = CreateAdmitBatch();

    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        if (AdmitBatch is not null || EnvelopeOf<T>.Reader is not null)
        {
            await WaitForReplicaAsync(context.CancellationToken);
        }

        if (AdmitBatch is { } admit)
        {
            await admit(this, context);
            await next.Send(context);
            return;
        }

        if (EnvelopeOf<T>.Reader is not { } read)
        {
            await next.Send(context);
            return;
        }

        var envelope = read(context.Message);
        var (organisation, decision) = Decide(envelope);
        var subject = DecisionAudit.MessageSubject<T>(context.MessageId);
        await audit.AppendAsync([DecisionAudit.Record(decision, organisation, $"receive {typeof(T).Name}", organisation, subject, time.GetUtcNow(), envelope?.Lineage)], context.CancellationToken);
        if (decision.IsPermitted)
        {
            await next.Send(context);
            return;
        }

        await QuarantineAsync(context, decision);
        // Note: the message was dealt with (quarantined); without this MassTransit would move it to the _skipped queue.
        await context.NotifyConsumed(context, TimeSpan.Zero, "legal-basis-quarantine");
    }

    /// <summary>
    /// A batch of enveloped messages: each is decided on its own, all decisions are audited together, the refused ones
    /// are quarantined, and the batch goes on with the admitted ones named, which is all its consumer may take
    /// (<see cref="LegalBasisAdmission.Admitted{TItem}"/>).
    /// </summary>
    internal async Task AdmitAsync<TItem>(ConsumeContext<Batch<TItem>> context)
        where TItem : class
    {
        var read = EnvelopeOf<TItem>.Reader!;
        var now = time.GetUtcNow();
        var admitted = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var refused = new List<(ConsumeContext<TItem> Item, Decision Decision)>();
        var records = new List<AuditRecord>(context.Message.Length);
        foreach (var item in context.Message)
        {
            var envelope = read(item.Message);
            var (organisation, decision) = Decide(envelope);
            records.Add(DecisionAudit.Record(decision, organisation, $"receive {typeof(TItem).Name}", organisation, DecisionAudit.MessageSubject<TItem>(item.MessageId), now, envelope?.Lineage));
            if (decision.IsPermitted)
            {
                admitted.Add(item);
            }
            else
            {
                refused.Add((item, decision));
            }
        }

        await audit.AppendAsync(records, context.CancellationToken);
        foreach (var (item, decision) in refused)
        {
            await QuarantineAsync(item, decision);
        }

        context.GetOrAddPayload(() => new LegalBasisAdmission(admitted));
    }

    private static Func<LegalBasisConsumeFilter<T>, ConsumeContext<T>, Task>? CreateAdmitBatch()
    {
        if (!typeof(T).IsGenericType || typeof(T).GetGenericTypeDefinition() != typeof(Batch<>))
        {
            return null;
        }

        var item = typeof(T).GetGenericArguments()[0];
        if (typeof(EnvelopeOf<>).MakeGenericType(item).GetProperty(nameof(EnvelopeOf<object>.Reader))!.GetValue(null) is null)
        {
            return null;
        }

        var method = typeof(LegalBasisConsumeFilter<T>).GetMethod(nameof(AdmitBatchAsync), BindingFlags.NonPublic | BindingFlags.Instance)!.MakeGenericMethod(item);
        return method.CreateDelegate<Func<LegalBasisConsumeFilter<T>, ConsumeContext<T>, Task>>();
    }

    // Note: T is Batch<TItem> here (CreateAdmitBatch made sure), so the cast holds.
    private Task AdmitBatchAsync<TItem>(ConsumeContext<T> context)
        where TItem : class => AdmitAsync((ConsumeContext<Batch<TItem>>)(object)context);

    private async Task WaitForReplicaAsync(CancellationToken cancellationToken)
    {
        var waiting = guard.WhenCurrentAsync(cancellationToken);
        if (!waiting.IsCompleted)
        {
            LogWaitingForReplica(typeof(T).Name);
            await waiting;
        }
    }

    private (string Organisation, Decision Decision) Decide(SharingEnvelope? envelope) => ReceiptDecision.Decide(guard, options.Value, envelope);

    private async Task QuarantineAsync<TMessage>(ConsumeContext<TMessage> context, Decision decision)
        where TMessage : class
    {
        var reasons = decision.Reasons.Codes();
        var quarantine = new Uri($"queue:{context.ReceiveContext.InputAddress.AbsolutePath.Split('/').Last()}{options.Value.QuarantineSuffix}");
        var endpoint = await context.GetSendEndpoint(quarantine);
        await endpoint.Send(context.Message, send =>
        {
            send.MessageId = context.MessageId;
            send.Headers.Set(ReasonsHeader, reasons);
        }, context.CancellationToken);
        LogQuarantined(typeof(TMessage).Name, context.MessageId, reasons);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("legal-basis");

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {MessageType} arrived while the replica of the agreements is not current; it waits until it is")]
    private partial void LogWaitingForReplica(string messageType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Quarantined {MessageType} {MessageId}: no basis to receive it ({Reasons})")]
    private partial void LogQuarantined(string messageType, Guid? messageId, string reasons);
}
