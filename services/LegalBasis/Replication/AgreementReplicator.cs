using System.Threading.Channels;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Concord.LegalBasis.Replication;

/// <summary>
/// Keeps the service's replica of the agreements current. At start it fetches the whole snapshot (again and again
/// until it succeeds: until then every decision denies). Agreement events then change it one at a time, and
/// heartbeats confirm it; a heartbeat or event that shows a change was missed, or a replica no heartbeat has confirmed
/// for <see cref="AgreementReplicationOptions.RefreshInterval"/>, makes it fetch the whole snapshot again.
/// </summary>
public sealed partial class AgreementReplicator(
    IAgreementSnapshotSource source,
    AgreementReplicaHolder holder,
    IOptions<AgreementReplicationOptions> options,
    TimeProvider time,
    ILogger<AgreementReplicator> logger) : BackgroundService
{
    private readonly Channel<bool> _resync = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private int _loaded;

    /// <summary>Whether a snapshot has been installed since the service started.</summary>
    public bool HasSnapshot => Volatile.Read(ref _loaded) == 1;

    /// <summary>Asks for the whole snapshot to be fetched again soon; requests made meanwhile are served by one fetch.</summary>
    public void RequestResync() => _resync.Writer.TryWrite(true);

    /// <summary>
    /// Applies the change numbered <paramref name="sequence"/>. <paramref name="change"/> gets the sequence the replica
    /// may move on to: this one when it is the next, 0 (stay) when changes were missed in between — which also asks for
    /// the whole snapshot — or when it is an old one arriving late.
    /// </summary>
    public void Apply(long sequence, Func<AgreementReplica, long, AgreementReplica> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var missed = false;
        holder.Update(replica =>
        {
            missed = sequence > replica.Sequence + 1;
            return change(replica, sequence == replica.Sequence + 1 ? sequence : 0);
        });
        if (missed)
        {
            RequestResync();
        }
    }

    /// <summary>Fetches the snapshot and installs it, unless the replica already holds later changes.</summary>
    public async Task<AgreementReplica> RefreshAsync(CancellationToken cancellationToken)
    {
        var snapshot = await source.FetchAsync(cancellationToken);
        // Note: events applied while the snapshot was on its way may be later than it; a replica that already holds
        // every change up to a later sequence keeps them and is only confirmed.
        var installed = holder.Update(current => snapshot.Sequence >= current.Sequence ? snapshot : current.ConfirmedAt(snapshot.CurrentAsOf));
        Volatile.Write(ref _loaded, 1);
        LogInstalled(installed.Sequence, installed.AgreementCount, installed.CurrentAsOf);
        return installed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var wait = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            var resyncAsked = await WaitAsync(wait, stoppingToken);
            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            // Note: on the timer, only a replica no heartbeat has confirmed lately is fetched again.
            var age = time.GetUtcNow() - holder.Current.CurrentAsOf;
            if (HasSnapshot && !resyncAsked && age < settings.RefreshInterval)
            {
                wait = settings.RefreshInterval - age;
                continue;
            }

            try
            {
                await RefreshAsync(stoppingToken);
                wait = settings.RefreshInterval;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogFetchFailed(exception, settings.Address, settings.RetryDelay);
                wait = settings.RetryDelay;
            }
        }
    }

    /// <summary>Waits for the delay or a resync request, whichever comes first; true when a request came.</summary>
    private async Task<bool> WaitAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        if (_resync.Reader.TryRead(out _))
        {
            return true;
        }

        if (delay <= TimeSpan.Zero)
        {
            return false;
        }

        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var timer = Task.Delay(delay, time, waiting.Token);
        var request = _resync.Reader.WaitToReadAsync(waiting.Token).AsTask();
        await Task.WhenAny(timer, request);
        await waiting.CancelAsync();
        return _resync.Reader.TryRead(out _);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Agreement replica installed: change {Sequence}, {Agreements} agreements, current as of {CurrentAsOf:O}")]
    private partial void LogInstalled(long sequence, int agreements, DateTimeOffset currentAsOf);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not fetch the agreements from {Address}; trying again in {RetryDelay}. Until a replica is current, nothing is shared or received")]
    private partial void LogFetchFailed(Exception exception, Uri? address, TimeSpan retryDelay);
}
