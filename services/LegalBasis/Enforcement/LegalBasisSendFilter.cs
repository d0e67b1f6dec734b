using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Decisions;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Concord.LegalBasis.Enforcement;

/// <summary>
/// The enforcement point on sending and publishing: a message that carries partnership data leaves only if its
/// envelope gives a basis to share it with every recipient it addresses. Every decision is audited; a refusal throws
/// <see cref="LegalBasisDeniedException"/> and nothing is sent. Messages put in quarantine are not checked again.
/// </summary>
public sealed class LegalBasisSendFilter<T>(LegalBasisGuard guard, IAuditSink audit, IOptions<LegalBasisOptions> options, TimeProvider time)
    : IFilter<SendContext<T>>, IFilter<PublishContext<T>>
    where T : class
{
    public Task Send(SendContext<T> context, IPipe<SendContext<T>> next) => EnforceAsync(context, () => next.Send(context));

    public Task Send(PublishContext<T> context, IPipe<PublishContext<T>> next) => EnforceAsync(context, () => next.Send(context));

    public void Probe(ProbeContext context) => context.CreateFilterScope("legal-basis");

    private async Task EnforceAsync(SendContext<T> context, Func<Task> send)
    {
        if (EnvelopeOf<T>.Reader is not { } read
            || (context.DestinationAddress?.AbsolutePath.EndsWith(options.Value.QuarantineSuffix, StringComparison.Ordinal) ?? false))
        {
            await send();
            return;
        }

        var envelope = read(context.Message);
        // Note: the sender was checked where the data came in (the caller's token); here the basis for each recipient is,
        // and that the service acts for the sender at all.
        var decisions = options.Value.Hosted.Contains(envelope?.Sender ?? "")
            ? guard.DecideForEachRecipient(envelope, envelope!.Sender)
            : [.. (envelope?.Recipients ?? ["(no recipient)"]).Select(recipient => (recipient, Decision.Deny(DenyReasons.ActorNotEntitled)))];
        var now = time.GetUtcNow();
        var subject = DecisionAudit.MessageSubject<T>(context.MessageId);
        await audit.AppendAsync(
            [.. decisions.Select(d => DecisionAudit.Record(d.Decision, envelope?.Sender ?? "", $"send {typeof(T).Name}", d.Recipient, subject, now, envelope?.Lineage))],
            context.CancellationToken);
        foreach (var (recipient, decision) in decisions)
        {
            if (!decision.IsPermitted)
            {
                throw new LegalBasisDeniedException(typeof(T).Name, recipient, decision.Reasons);
            }
        }

        await send();
    }
}
