using Microsoft.EntityFrameworkCore;

namespace Concord.LegalBasis.Retention;

/// <summary>One kind of data a service keeps only until its <c>retainUntil</c>, and how to purge it.</summary>
public interface IRetentionPolicy<in TContext>
    where TContext : DbContext
{
    /// <summary>What is purged, for logs and metrics, e.g. <c>received reports</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Deletes at most <paramref name="limit"/> items whose retention ended before <paramref name="now"/>, in the
    /// current transaction, and names each one deleted (e.g. <c>report:CR-2026-7KQHDKRS18</c>) for the audit chain.
    /// </summary>
    Task<IReadOnlyList<string>> PurgeAsync(TContext db, DateTimeOffset now, int limit, CancellationToken cancellationToken);
}
