using Microsoft.EntityFrameworkCore;

namespace Concord.Agreements.Persistence;

/// <summary>
/// The service's global change sequence: every change to the terms in force or to a consent takes the next number,
/// in the transaction that makes the change.
/// </summary>
/// <remarks>
/// Note: one counter row, not a PostgreSQL SEQUENCE. <c>nextval</c> is not transactional: a snapshot could read a
/// number whose change has not committed yet, and a replica would then believe it holds a change it lacks. The row
/// is updated inside the change's transaction, so its value commits (or rolls back) with the change, its lock puts
/// changes in the order of their numbers, and a snapshot's read of it matches the content it reads.
/// </remarks>
public static class ChangeSequence
{
    public const int RowId = 1;

    /// <summary>Takes the next number; call inside the change's transaction, after locking the rows it changes.</summary>
    public static async Task<long> NextAsync(AgreementsDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A change number is taken in the transaction of the change; begin one first.");
        }

        var values = await db.Database
            .SqlQuery<long>($"UPDATE change_sequence SET value = value + 1 WHERE id = {RowId} RETURNING value AS \"Value\"")
            .ToListAsync(cancellationToken);
        return values.Single();
    }

    /// <summary>The latest committed change (as of the current transaction's snapshot, if any).</summary>
    public static async Task<long> CurrentAsync(AgreementsDbContext db, CancellationToken cancellationToken) =>
        (await db.Database.SqlQuery<long>($"SELECT value AS \"Value\" FROM change_sequence WHERE id = {RowId}").ToListAsync(cancellationToken)).Single();
}
