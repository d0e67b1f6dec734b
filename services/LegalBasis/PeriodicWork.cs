namespace Concord.LegalBasis;

/// <summary>The loop every scheduled job of a service runs: the work, then again at every interval, until the service stops.</summary>
public static class PeriodicWork
{
    /// <summary>
    /// Runs <paramref name="work"/> (at once, unless <paramref name="runAtStart"/> is false) and then at every
    /// <paramref name="interval"/>. A run that fails is handed to <paramref name="failed"/> and the next interval tries
    /// again; stopping ends the loop quietly, and whatever was due waits for the next run.
    /// </summary>
    public static async Task RunAsync(
        TimeSpan interval, TimeProvider time, Func<CancellationToken, Task> work, Action<Exception> failed, CancellationToken stoppingToken, bool runAtStart = true)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(failed);
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            if (!runAtStart && !await timer.WaitForNextTickAsync(stoppingToken))
            {
                return;
            }

            do
            {
                try
                {
                    await work(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    failed(exception);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Note: the service is stopping.
        }
    }
}
