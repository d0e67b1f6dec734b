using System.Text.Json;
using Concord.Contracts.Sharing;
using Concord.Contracts.Typologies;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;
using Concord.LegalBasis.Reading;
using Concord.ServiceDefaults.Messaging;
using Concord.ServiceDefaults.Outbox;
using Concord.Typology.Domain;
using Concord.Typology.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Concord.Typology.Authoring;

/// <summary>
/// Sends a version to its recipients, one message per recipient through the outbox, in the caller's transaction: a
/// first copy as <see cref="TypologyPublished"/>, a newer version to a holder of an older one as
/// <see cref="TypologySuperseded"/> with what changed since the version it held, and <see cref="TypologyWithdrawn"/> to
/// holders no longer in the audience; then <see cref="TypologyScreeningChanged"/> to the FIU service. Every copy is a
/// distribution row and a dissemination in the audit chain.
/// </summary>
internal static class Distributor
{
    public const string Subject = "typology:";

    public static async Task<List<AuditRecord>> PublishAsync(
        TypologyDbContext db, LegalBasisGuard guard, StoredTypology typology, PublishedVersion version, AudienceResolution resolution, Reader analyst, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var held = await HeldAsync(db, typology.Id, cancellationToken);
        var heldVersions = held.Select(d => d.Version).Distinct().ToList();
        var earlier = await db.Versions.AsNoTracking().Where(v => v.TypologyId == typology.Id && heldVersions.Contains(v.Version))
            .ToDictionaryAsync(v => v.Version, v => v.Content, cancellationToken);
        var content = version.ToContract();
        var records = new List<AuditRecord>();
        var holders = held.ToDictionary(d => d.Recipient, StringComparer.Ordinal);
        foreach (var recipient in resolution.Recipients)
        {
            var distribution = new Distribution
            {
                Id = Guid.CreateVersion7(now),
                TypologyId = typology.Id,
                Code = typology.Code,
                Version = version.Version,
                Recipient = recipient.Organisation,
                SentAs = nameof(TypologyPublished),
                Envelope = JsonSerializer.Serialize(recipient.Envelope, ContractJson.Options),
                AgreementId = recipient.Envelope.AgreementId,
                SentAt = now,
            };
            holders.Remove(recipient.Organisation, out var previous);
            if (previous is not null)
            {
                previous.SupersededAt = now;
            }

            if (!recipient.ByGateway)
            {
                // Note: the copy is recorded (and audited) all the same: it is what the read API gives this recipient.
                distribution.SentAs = Distribution.ByReadApi;
            }
            else if (previous is not null)
            {
                distribution.SentAs = nameof(TypologySuperseded);
                db.AddOutboxMessage(new TypologySuperseded
                {
                    DistributionId = distribution.Id,
                    RecipientOrganisationId = recipient.Organisation,
                    SupersededVersion = previous.Version,
                    Typology = content,
                    Changes = TypologyDiff.Between(earlier[previous.Version], version.Content, includeAudience: false),
                    Envelope = recipient.Envelope,
                }, now);
            }
            else
            {
                db.AddOutboxMessage(new TypologyPublished { DistributionId = distribution.Id, RecipientOrganisationId = recipient.Organisation, Typology = content, Envelope = recipient.Envelope }, now);
            }

            db.Distributions.Add(distribution);
            records.Add(Record(recipient.Decision, analyst, $"{(previous is null ? "publish" : "supersede")} {typology.Code} v{version.Version}", recipient.Organisation, typology.Code, distribution.Id, now));
        }

        foreach (var (organisation, decision) in resolution.Refused)
        {
            records.Add(Refusal(decision, analyst, typology.Code, organisation, now));
        }

        foreach (var previous in holders.Values)
        {
            records.Add(Withdraw(db, guard, version.PublishedBy, previous, typology.Code, $"no longer in the audience of {typology.Code} version {version.Version}", analyst, now));
        }

        db.AddOutboxMessage(new TypologyScreeningChanged
        {
            TypologyId = typology.Id,
            Code = typology.Code,
            Version = version.Version,
            Withdrawn = false,
            Indicators = content.Indicators,
            ChangedAt = now,
        }, now);
        return records;
    }

    /// <summary>Tells every holder the typology is withdrawn, and the FIU service to stop screening with it.</summary>
    public static async Task<List<AuditRecord>> WithdrawAsync(
        TypologyDbContext db, LegalBasisGuard guard, string fiu, StoredTypology typology, string reason, Reader analyst, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var records = (await HeldAsync(db, typology.Id, cancellationToken)).Select(held => Withdraw(db, guard, fiu, held, typology.Code, reason, analyst, now)).ToList();
        db.AddOutboxMessage(new TypologyScreeningChanged
        {
            TypologyId = typology.Id,
            Code = typology.Code,
            Version = typology.CurrentVersion ?? 0,
            Withdrawn = true,
            Indicators = [],
            ChangedAt = now,
        }, now);
        return records;
    }

    /// <summary>The decision point refused to let the typology go to <paramref name="organisation"/>: a decision, audited.</summary>
    public static AuditRecord Refusal(Decision decision, Reader analyst, string code, string organisation, DateTimeOffset now) =>
        Record(decision, analyst, $"publish {code}", organisation, code, null, now) with { Kind = AuditKind.Decision };

    private static Task<List<Distribution>> HeldAsync(TypologyDbContext db, Guid typologyId, CancellationToken cancellationToken) =>
        db.Distributions.Where(d => d.TypologyId == typologyId && d.SupersededAt == null && d.WithdrawnAt == null).ToListAsync(cancellationToken);

    private static AuditRecord Withdraw(TypologyDbContext db, LegalBasisGuard guard, string fiu, Distribution held, string code, string reason, Reader analyst, DateTimeOffset now)
    {
        held.WithdrawnAt = now;
        held.WithdrawalReason = reason;
        // Note: the withdrawal travels under the basis the copy went under; the send filter decides again when it leaves.
        var envelope = JsonSerializer.Deserialize<SharingEnvelope>(held.Envelope, ContractJson.Options)!;
        if (held.SentAs == Distribution.ByReadApi)
        {
            // Note: nothing was sent, so nothing is sent now: the read API stops giving the copy once it is withdrawn.
            return Record(guard.Decide(envelope, AccessAction.Share, fiu, held.Recipient), analyst, $"withdraw {code} v{held.Version}", held.Recipient, code, held.Id, now);
        }

        db.AddOutboxMessage(new TypologyWithdrawn
        {
            TypologyId = held.TypologyId,
            Code = code,
            Version = held.Version,
            RecipientOrganisationId = held.Recipient,
            Reason = reason,
            WithdrawnAt = now,
            Envelope = envelope,
        }, now);
        // Note: a withdrawal not permitted now (the agreement suspended, say) waits in the outbox until it is; the chain says so.
        var decision = guard.Decide(envelope, AccessAction.Share, fiu, held.Recipient);
        return Record(decision, analyst, $"withdraw {code} v{held.Version}{(decision.IsPermitted ? "" : " (queued until permitted)")}", held.Recipient, code, held.Id, now);
    }

    private static AuditRecord Record(Decision decision, Reader analyst, string what, string recipient, string code, Guid? distribution, DateTimeOffset now) =>
        DecisionAudit.Record(decision, analyst.Actor, what, recipient, Subject + code, now, distribution is { } id ? [code, id.ToString()] : [code])
            with { Kind = AuditKind.Dissemination, Outcome = decision.IsPermitted ? AuditOutcome.Performed : AuditOutcome.Denied };
}
