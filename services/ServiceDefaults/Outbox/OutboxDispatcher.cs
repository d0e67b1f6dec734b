using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json;
using Concord.ServiceDefaults.Messaging;
using Concord.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Concord.ServiceDefaults.Outbox;

/// <summary>
/// Publishes committed outbox messages to the bus, a batch per transaction: rows are locked with
/// <c>FOR UPDATE SKIP LOCKED</c> (so replicas share the work), published with broker confirms, and deleted
/// in the same transaction. A failure rolls the batch back and it is published again later: delivery is
/// at least once, and consumers drop duplicates by message id.
/// </summary>
internal sealed partial class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    TimeProvider time,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    private static readonly Counter<long> Published = ConcordTelemetry.Meter.CreateCounter<long>("concord.outbox.published", description: "Outbox messages published to the bus");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                int count;
                do
                {
                    count = await DispatchBatchAsync(settings, stoppingToken);
                }
                while (count == settings.BatchSize && !stoppingToken.IsCancellationRequested);

                await signal.WaitAsync(settings.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogDispatchFailed(exception);
                await Task.Delay(settings.RetryDelay, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task<int> DispatchBatchAsync(OutboxOptions settings, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await context.Database.BeginTransactionAsync(stoppingToken);

        var now = time.GetUtcNow();
        var batch = await context.Set<OutboxMessage>()
            .FromSql($"SELECT * FROM outbox_messages WHERE not_before IS NULL OR not_before <= {now} ORDER BY id LIMIT {settings.BatchSize} FOR UPDATE SKIP LOCKED")
            .AsNoTracking()
            .ToListAsync(stoppingToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        // Note: a publish is never cancelled mid-flight (only at shutdown): cancelling the client's publishes while the
        // broker throttles them has left its channel unable to publish again. A batch not confirmed in time is
        // abandoned instead and rolled back; whatever of it the broker still takes is published again later, and
        // consumers drop the duplicates by message id.
        var refusals = await Task.WhenAll(batch.Select(message => TryPublishAsync(message, stoppingToken))).WaitAsync(settings.PublishTimeout, stoppingToken);
        var failures = refusals.OfType<(OutboxMessage Message, Exception Error)>().ToList();
        if (failures.FirstOrDefault(failure => !settings.IsRefusal(failure.Error)) is { Message: not null } failure)
        {
            // Note: the broker is down or did not confirm: the whole batch waits and is tried again, as it always was.
            throw new InvalidOperationException($"Outbox message {failure.Message.MessageId} could not be published.", failure.Error);
        }

        // Note: a message refused on its own (its envelope has no basis now, say) must not hold up the others, nor be
        // lost: it waits, longer each time, and is tried again; the ones published leave the outbox.
        var refused = failures;
        foreach (var (message, error) in refused)
        {
            var wait = TimeSpan.FromTicks(Math.Min(settings.RetryDelay.Ticks << Math.Min(message.Attempts, 20), settings.MaxDeferral.Ticks));
            var why = error.Message.Length > 2000 ? error.Message[..2000] : error.Message;
            await context.Database.ExecuteSqlAsync(
                $"UPDATE outbox_messages SET attempts = attempts + 1, not_before = {now + wait}, last_error = {why} WHERE id = {message.Id}", stoppingToken);
            LogMessageRefused(message.MessageId, message.MessageType, wait, why);
        }

        var ids = batch.Except(refused.Select(refusal => refusal.Message)).Select(message => message.Id).ToArray();
        await context.Database.ExecuteSqlAsync($"DELETE FROM outbox_messages WHERE id = ANY({ids})", stoppingToken);
        await transaction.CommitAsync(stoppingToken);
        Published.Add(ids.Length);
        return batch.Count;
    }

    private async Task<(OutboxMessage Message, Exception Error)?> TryPublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await PublishAsync(message, cancellationToken);
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return (message, exception);
        }
    }

    private async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var type = OutboxDbContextExtensions.ResolveContractType(message.MessageType)
            ?? throw new InvalidOperationException($"Outbox message {message.MessageId} has unknown type {message.MessageType}.");
        var body = JsonSerializer.Deserialize(message.Body, type, ContractJson.Options)
            ?? throw new InvalidOperationException($"Outbox message {message.MessageId} has an empty body.");

        ActivityContext.TryParse(message.TraceParent, message.TraceState, out var parent);
        using var activity = ConcordTelemetry.ActivitySource.StartActivity($"outbox publish {type.Name}", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", message.MessageId);

        await bus.Publish(body, type, Pipe.Execute<PublishContext>(context => context.MessageId = message.MessageId), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({MessageType}) was refused; it is kept and tried again in {Wait}: {Reason}")]
    private partial void LogMessageRefused(Guid messageId, string messageType, TimeSpan wait, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing outbox messages failed; the batch is kept and tried again")]
    private partial void LogDispatchFailed(Exception exception);
}
