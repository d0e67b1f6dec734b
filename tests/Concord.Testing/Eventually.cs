using Xunit.Sdk;

namespace Concord.Testing;

/// <summary>Waits on a condition with a deadline instead of sleeping a fixed time.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Polls <paramref name="probe"/> until it returns a value that satisfies <paramref name="done"/>; fails with <paramref name="because"/> at the deadline.</summary>
    public static async Task<T> GetAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string because, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        var delay = TimeSpan.FromMilliseconds(25);
        T last;
        while (true)
        {
            last = await probe();
            if (done(last))
            {
                return last;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new XunitException($"Timed out after {(timeout ?? DefaultTimeout).TotalSeconds:0}s waiting until {because}; last value: {last}");
            }

            await Task.Delay(delay);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 500));
        }
    }

    public static Task AssertAsync(Func<Task<bool>> condition, string because, TimeSpan? timeout = null) =>
        GetAsync(condition, done => done, because, timeout);
}
