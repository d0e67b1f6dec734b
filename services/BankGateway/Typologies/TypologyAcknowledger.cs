using System.Text.Json;
using Concord.BankGateway.Filing;
using Concord.BankGateway.Persistence;
using Concord.Contracts.Filing;
using Concord.Contracts.Sharing;
using Concord.Contracts.Typologies;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;
using Concord.ServiceDefaults.Messaging;
using Concord.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Concord.BankGateway.Typologies;

/// <summary>
/// Acknowledges a typology version for the bank it reached: once, only its current version, never a withdrawn one, and
/// only under an agreement that lets the bank tell the FIU (decided before anything is stored). The acknowledgement,
/// its <see cref="TypologyAcknowledged"/> in the outbox and the decision in the audit chain commit together.
/// </summary>
public sealed partial class TypologyAcknowledger(
    GatewayDbContext db,
    LegalBasisGuard guard,
    IAuditSink audit,
    TimeProvider time,
    ILogger<TypologyAcknowledger> logger)
{
    /// <summary>The acknowledgement tells the FIU about the bank's own monitoring: for the FIU's use, never passed on.</summary>
    public const OnwardSharingRule OnwardSharing = OnwardSharingRule.Prohibited;

    public async Task<AcknowledgementResult> AcknowledgeAsync(Caller caller, string code, int version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Note: the row lock orders two acknowledgements of one copy, and a later version's arrival after this one.
        var id = await db.Database.SqlQuery<Guid>(
            $"""
            SELECT id AS "Value" FROM received_typologies
            WHERE bank_organisation_id = {caller.OrganisationId} AND code = {code} AND version = {version}
            FOR UPDATE
            """).FirstOrDefaultAsync(cancellationToken);
        var typology = id == Guid.Empty ? null : await db.ReceivedTypologies.SingleAsync(t => t.Id == id, cancellationToken);
        if (typology is null)
        {
            return new AcknowledgementResult(AcknowledgementOutcome.NotFound, null, []);
        }

        if (typology.AcknowledgedAt is { } acknowledgedAt)
        {
            return AcknowledgementResult.Refused(AcknowledgementOutcome.AlreadyAcknowledged, TypologyErrorCodes.AlreadyAcknowledged,
                $"{code} version {version} was acknowledged at {acknowledgedAt:O} by {typology.AcknowledgedBy}; it is acknowledged once.");
        }

        if (typology.Status == TypologyStatus.Withdrawn)
        {
            return AcknowledgementResult.Refused(AcknowledgementOutcome.Withdrawn, TypologyErrorCodes.Withdrawn,
                $"The FIU withdrew {code} version {version} at {typology.WithdrawnAt:O}: {typology.WithdrawalReason}");
        }

        if (typology.Status == TypologyStatus.Superseded)
        {
            var current = await db.ReceivedTypologies
                .Where(t => t.BankOrganisationId == caller.OrganisationId && t.TypologyId == typology.TypologyId && t.Status == TypologyStatus.Current)
                .MaxAsync(t => (int?)t.Version, cancellationToken);
            return AcknowledgementResult.Refused(AcknowledgementOutcome.Superseded, TypologyErrorCodes.Superseded,
                $"{code} version {version} is superseded by version {current}; acknowledge version {current}.");
        }

        // Note: to the microsecond PostgreSQL keeps, so the receipt says what a later read finds stored.
        var now = time.GetUtcNow();
        now = now.AddTicks(-(now.UtcTicks % 10));
        var received = JsonSerializer.Deserialize<SharingEnvelope>(typology.Envelope, ContractJson.Options)!;
        var reference = $"{typology.Code}/v{typology.Version}";
        // Note: as the typology's own marking: that the bank holds a TLP:RED typology is itself for the FIU only.
        var (decision, envelope) = guard.Reply(received, caller.OrganisationId, Purpose.TypologyDissemination, [DataCategory.TypologyIndicators],
            typology.Marking, OnwardSharing, [reference]);
        var record = DecisionAudit.Record(decision, caller.Actor, "acknowledge typology", received.Sender, $"typology-distribution:{typology.Id}", now, [reference]);
        if (!decision.IsPermitted)
        {
            await transaction.RollbackAsync(cancellationToken);
            // Note: a refusal stores nothing but is a decision all the same, and every decision is audited.
            await audit.AppendAsync([record], cancellationToken);
            LogRefused(reference, caller.OrganisationId, decision.Reasons.Codes());
            return new AcknowledgementResult(AcknowledgementOutcome.NoLegalBasis, null, [.. decision.Reasons.Split().Select(reason => new FieldError
            {
                Path = "",
                Code = reason.Code(),
                Message = $"No legal basis for {caller.OrganisationId} to acknowledge {reference} to {received.Sender}: {reason.Describe()}",
            })]);
        }

        typology.AcknowledgedAt = now;
        typology.AcknowledgedBy = caller.ClientId;
        db.AddOutboxMessage(new TypologyAcknowledged
        {
            DistributionId = typology.Id,
            TypologyId = typology.TypologyId,
            Code = typology.Code,
            Version = typology.Version,
            OrganisationId = caller.OrganisationId,
            AcknowledgedBy = caller.ClientId,
            AcknowledgedAt = now,
            Envelope = envelope,
        }, now);
        await db.SaveChangesAsync(cancellationToken);
        await AuditLog.AppendAsync(db, [record with { Kind = AuditKind.Dissemination }], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogAcknowledged(reference, caller.OrganisationId, caller.ClientId);
        return new AcknowledgementResult(AcknowledgementOutcome.Acknowledged, new AcknowledgementReceipt(typology.Code, typology.Version, now, caller.ClientId), []);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Bank} acknowledged typology {Reference} ({Client})")]
    private partial void LogAcknowledged(string reference, string bank, string client);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Bank}'s acknowledgement of typology {Reference} refused: no legal basis ({Reasons})")]
    private partial void LogRefused(string reference, string bank, string reasons);
}
