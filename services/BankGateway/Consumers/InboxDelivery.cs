using Concord.BankGateway.Persistence;
using Concord.ServiceDefaults.Outbox;

namespace Concord.BankGateway.Consumers;

/// <summary>
/// What the gateway's inbox consumers share: a delivery is applied at most once. In one transaction the message id is
/// recorded as processed (a redelivery stops there), an item already stored under a new message id is skipped, and
/// otherwise the item is added and saved.
/// </summary>
internal static class InboxDelivery
{
    /// <param name="alreadyStored">Whether the item (by its sender's id) is stored already.</param>
    /// <param name="add">Adds the item to <paramref name="db"/>; false when it does not apply (nothing is added, the message is still recorded as processed).</param>
    public static async Task<InboxDeliveryOutcome> StoreOnceAsync(
        GatewayDbContext db,
        string consumer,
        Guid? messageId,
        DateTimeOffset now,
        Func<CancellationToken, Task<bool>> alreadyStored,
        Func<CancellationToken, Task<bool>> add,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.IsRedeliveryAsync(consumer, messageId, now, cancellationToken))
        {
            return InboxDeliveryOutcome.Duplicate;
        }

        if (await alreadyStored(cancellationToken))
        {
            await transaction.CommitAsync(cancellationToken);
            return InboxDeliveryOutcome.Duplicate;
        }

        if (!await add(cancellationToken))
        {
            await transaction.CommitAsync(cancellationToken);
            return InboxDeliveryOutcome.NotApplied;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return InboxDeliveryOutcome.Stored;
    }
}
