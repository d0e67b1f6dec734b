namespace Concord.Agreements.Domain;

public static class StoredTime
{
    /// <summary>
    /// The current time as PostgreSQL keeps it (microseconds). Note: every moment the service stores and publishes is
    /// taken this way, so that an event and a later read of the same row carry the same value.
    /// </summary>
    public static DateTimeOffset Now(this TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return time.GetUtcNow().ToStoredPrecision();
    }

    public static DateTimeOffset ToStoredPrecision(this DateTimeOffset moment) =>
        new(moment.UtcTicks - (moment.UtcTicks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
}
