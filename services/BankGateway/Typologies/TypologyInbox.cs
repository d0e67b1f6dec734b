using System.Text.Json;
using Concord.BankGateway.Persistence;
using Concord.Contracts.Sharing;
using Concord.Contracts.Typologies;
using Concord.ServiceDefaults.Messaging;
using Concord.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Concord.BankGateway.Typologies;

/// <summary>
/// Stores what the FIU distributes to a bank — versions and withdrawals — once each, in whatever order they arrive, and
/// keeps every version's status true to all the bank has received: withdrawn when a withdrawal names it or a later
/// version, else superseded when the bank holds a later version, else current. So a supersession that overtakes the
/// first version, or a withdrawal that overtakes the version it withdraws, ends in the same state as the right order.
/// </summary>
public sealed class TypologyInbox(GatewayDbContext db)
{
    /// <summary>Stores one bank's copy of a version: its status once stored, or null when it was already received.</summary>
    public async Task<TypologyStatus?> ReceiveAsync(string consumer, Guid? messageId, ReceivedTypology copy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(copy);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await LockAsync(copy.BankOrganisationId, copy.TypologyId, cancellationToken);
        if (await db.IsRedeliveryAsync(consumer, messageId, copy.ReceivedAt, cancellationToken))
        {
            return null;
        }

        if (await db.ReceivedTypologies.AnyAsync(t => t.Id == copy.Id
                || (t.BankOrganisationId == copy.BankOrganisationId && t.TypologyId == copy.TypologyId && t.Version == copy.Version), cancellationToken))
        {
            // The same copy under a new message id: stored once; the message is recorded as processed.
            await transaction.CommitAsync(cancellationToken);
            return null;
        }

        db.ReceivedTypologies.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        await RestatusAsync(copy.BankOrganisationId, copy.TypologyId, cancellationToken);
        var status = await db.ReceivedTypologies.Where(t => t.Id == copy.Id).Select(t => t.Status).SingleAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return status;
    }

    /// <summary>Records a withdrawal and marks the versions it covers: how many the bank holds, or null when it was already received.</summary>
    public async Task<int?> WithdrawAsync(string consumer, Guid? messageId, ReceivedWithdrawal withdrawal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(withdrawal);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await LockAsync(withdrawal.BankOrganisationId, withdrawal.TypologyId, cancellationToken);
        if (await db.IsRedeliveryAsync(consumer, messageId, withdrawal.ReceivedAt, cancellationToken))
        {
            return null;
        }

        if (await db.TypologyWithdrawals.AnyAsync(w => w.BankOrganisationId == withdrawal.BankOrganisationId
                && w.TypologyId == withdrawal.TypologyId && w.Version == withdrawal.Version, cancellationToken))
        {
            await transaction.CommitAsync(cancellationToken);
            return null;
        }

        db.TypologyWithdrawals.Add(withdrawal);
        await db.SaveChangesAsync(cancellationToken);
        await RestatusAsync(withdrawal.BankOrganisationId, withdrawal.TypologyId, cancellationToken);
        var held = await db.ReceivedTypologies.CountAsync(t => t.BankOrganisationId == withdrawal.BankOrganisationId
            && t.TypologyId == withdrawal.TypologyId && t.Version <= withdrawal.Version, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return held;
    }

    /// <summary>The row for a version as it arrived, for <paramref name="bank"/>; its status is set when it is stored.</summary>
    public static ReceivedTypology CopyOf(
        Guid distributionId, string bank, TypologyContent content, int? previousVersion, IReadOnlyList<TypologyChange> changes, SharingEnvelope envelope, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(envelope);
        // Note: the stricter marking wins, should the content and the envelope the legal-basis layer checked disagree.
        var marking = (Tlp)Math.Max((int)content.Marking, (int)envelope.Handling.Marking);
        return new ReceivedTypology
        {
            Id = distributionId,
            BankOrganisationId = bank,
            TypologyId = content.TypologyId,
            Code = content.Code,
            Version = content.Version,
            Title = content.Title,
            Summary = content.Summary,
            Narrative = content.Narrative,
            CrimeArea = content.CrimeArea,
            Indicators = JsonSerializer.Serialize(content.Indicators ?? [], ContractJson.Options),
            Marking = marking,
            // Note: AMBER+STRICT and RED stay within the recipient's organisation, whatever the envelope would allow.
            OnwardSharing = marking >= Tlp.AmberStrict ? OnwardSharingRule.Prohibited : envelope.Handling.OnwardSharing,
            PublishedBy = content.PublishedBy,
            PublishedAt = content.PublishedAt,
            PreviousVersion = previousVersion,
            Changes = JsonSerializer.Serialize(changes ?? [], ContractJson.Options),
            ReceivedAt = receivedAt,
            Status = TypologyStatus.Current,
            Envelope = JsonSerializer.Serialize(envelope, ContractJson.Options),
            AgreementId = envelope.AgreementId,
            RetainUntil = envelope.RetainUntil,
        };
    }

    /// <summary>
    /// Orders the deliveries for one bank's copies of one typology until the transaction ends, so that two racing on
    /// separate queues (a version and its successor, say) cannot each miss the other and both leave their version current.
    /// </summary>
    private Task<int> LockAsync(string bank, Guid typologyId, CancellationToken cancellationToken)
    {
        var key = $"received-typology:{bank}:{typologyId}";
        return db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", cancellationToken);
    }

    /// <summary>Sets the status of each of the bank's versions of the typology from everything it has received.</summary>
    private Task<int> RestatusAsync(string bank, Guid typologyId, CancellationToken cancellationToken) => db.Database.ExecuteSqlAsync(
        $"""
        UPDATE received_typologies AS v
        SET status = s.status, withdrawn_at = s.withdrawn_at, withdrawal_reason = s.reason
        FROM (
            SELECT t.id,
                CASE WHEN w.withdrawn_at IS NOT NULL THEN {nameof(TypologyStatus.Withdrawn)}
                     WHEN EXISTS (SELECT 1 FROM received_typologies AS later
                                  WHERE later.bank_organisation_id = t.bank_organisation_id AND later.typology_id = t.typology_id AND later.version > t.version)
                     THEN {nameof(TypologyStatus.Superseded)}
                     ELSE {nameof(TypologyStatus.Current)} END AS status,
                w.withdrawn_at, w.reason
            FROM received_typologies AS t
            LEFT JOIN LATERAL (
                SELECT x.withdrawn_at, x.reason FROM typology_withdrawals AS x
                WHERE x.bank_organisation_id = t.bank_organisation_id AND x.typology_id = t.typology_id AND x.version >= t.version
                ORDER BY x.version LIMIT 1) AS w ON true
            WHERE t.bank_organisation_id = {bank} AND t.typology_id = {typologyId}
        ) AS s
        WHERE v.id = s.id AND (v.status <> s.status OR v.withdrawn_at IS DISTINCT FROM s.withdrawn_at)
        """, cancellationToken);
}
