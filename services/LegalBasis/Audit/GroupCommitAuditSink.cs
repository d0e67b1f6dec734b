using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concord.LegalBasis.Audit;

/// <summary>
/// The audit chain for decisions that change nothing else (a message received, sent or quarantined), written with
/// group commit: appends that arrive together share one transaction, and each caller returns only once its records are
/// durable. Under load this turns a transaction per message into one per batch; alone, a record waits for no one.
/// </summary>
public sealed class GroupCommitAuditSink<TContext>(IServiceScopeFactory scopes) : IAuditSink, IAsyncDisposable
    where TContext : DbContext
{
    /// <summary>The most records one transaction takes.</summary>
    public const int MaxBatch = 2000;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _start = new();
    private Task? _writer;

    public async Task AppendAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            return;
        }

        var pending = new Pending(records, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(GroupCommitAuditSink<TContext>), "The audit sink is shut down.");
        }

        EnsureWriter();
        await pending.Written.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (_writer is { } writer)
        {
            await writer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private void EnsureWriter()
    {
        if (Volatile.Read(ref _writer) is not null)
        {
            return;
        }

        lock (_start)
        {
            _writer ??= Task.Run(WriteAsync);
        }
    }

    private async Task WriteAsync()
    {
        var batch = new List<Pending>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            var count = 0;
            while (count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
                count += pending.Records.Count;
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TContext>();
                await using var transaction = await db.Database.BeginTransactionAsync();
                await AuditLog.AppendAsync(db, [.. batch.SelectMany(pending => pending.Records)], CancellationToken.None);
                await transaction.CommitAsync();
                batch.ForEach(pending => pending.Written.TrySetResult());
            }
            catch (Exception exception)
            {
                // Note: every caller of the batch learns its records were not written; none is told otherwise.
                batch.ForEach(pending => pending.Written.TrySetException(exception));
            }
        }
    }

    private sealed record Pending(IReadOnlyList<AuditRecord> Records, TaskCompletionSource Written);
}
