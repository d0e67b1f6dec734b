using System.Text.Json;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;
using Concord.LegalBasis.Reading;
using Concord.ServiceDefaults.Messaging;
using Concord.Typology.Authoring;
using Concord.Typology.Persistence;
using Concord.Typology.Views;
using Microsoft.EntityFrameworkCore;

namespace Concord.Typology.Recipients;

/// <summary>
/// What a partnership organisation reads: the typologies distributed to it — for each, the latest version it was sent,
/// current ones first — and nothing else. A typology never sent to it is not found, exactly like one that does not
/// exist; one whose basis no longer lets it read (the agreement suspended, say) is not found either. Every read is audited.
/// </summary>
public sealed class ApplicableTypologies(TypologyDbContext db, LegalBasisGuard guard, IAuditSink audit, TimeProvider time)
{
    public async Task<IReadOnlyList<ApplicableTypology>> ListAsync(Reader reader, CancellationToken cancellationToken) =>
        await ReadAsync(reader, null, cancellationToken);

    public async Task<ApplicableTypology?> FindAsync(Reader reader, string code, CancellationToken cancellationToken) =>
        (await ReadAsync(reader, code, cancellationToken)).SingleOrDefault();

    private async Task<IReadOnlyList<ApplicableTypology>> ReadAsync(Reader reader, string? code, CancellationToken cancellationToken)
    {
        var query = db.Distributions.AsNoTracking().Where(d => d.Recipient == reader.Organisation && d.SupersededAt == null);
        if (code is not null)
        {
            query = query.Where(d => d.Code == code);
        }

        // Note: a typology withdrawn and published again leaves the withdrawn copy beside the new one: the latest counts.
        var latest = (await query.ToListAsync(cancellationToken)).GroupBy(d => d.TypologyId).Select(g => g.MaxBy(d => d.Version)!).ToList();
        var keys = latest.Select(d => d.TypologyId).ToList();
        var versions = (await db.Versions.AsNoTracking().Where(v => keys.Contains(v.TypologyId)).ToListAsync(cancellationToken))
            .ToDictionary(v => (v.TypologyId, v.Version));
        var now = time.GetUtcNow();
        var visible = new List<(Distribution Copy, PublishedVersion Version, SharingEnvelope Envelope)>();
        foreach (var copy in latest)
        {
            var envelope = JsonSerializer.Deserialize<SharingEnvelope>(copy.Envelope, ContractJson.Options)!;
            if (guard.Decide(envelope, AccessAction.Read, reader.Organisation, reader.Organisation).IsPermitted)
            {
                visible.Add((copy, versions[(copy.TypologyId, copy.Version)], envelope));
            }
        }

        if (visible.Count > 0)
        {
            await audit.AppendAsync([.. visible.Select(item => new AuditRecord
            {
                Kind = AuditKind.Read,
                Actor = reader.Actor,
                Action = $"read {item.Copy.Code} v{item.Copy.Version}",
                Subject = Distributor.Subject + item.Copy.Code,
                Outcome = AuditOutcome.Performed,
                AgreementId = item.Envelope.AgreementId,
                AgreementVersion = item.Envelope.AgreementVersion,
                RecordedAt = now,
            })], cancellationToken);
        }

        return [.. visible
            .OrderBy(item => item.Copy.WithdrawnAt is null ? 0 : 1)
            .ThenByDescending(item => item.Version.PublishedAt)
            .Select(item => new ApplicableTypology(
                item.Copy.Id,
                item.Copy.WithdrawnAt is null ? "Current" : "Withdrawn",
                item.Copy.SentAt,
                item.Copy.AcknowledgedAt,
                item.Copy.WithdrawnAt,
                item.Copy.WithdrawalReason,
                item.Version.ToContract()))];
    }
}
