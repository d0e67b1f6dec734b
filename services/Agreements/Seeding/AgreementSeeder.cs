using Concord.Agreements.Domain;
using Concord.Agreements.Lifecycle;
using Concord.Agreements.Validation;
using Concord.Contracts.Agreements;
using Concord.LegalBasis.Audit;
using Microsoft.EntityFrameworkCore;

namespace Concord.Agreements.Seeding;

/// <summary>
/// Registers the seed's legal gateways and puts its agreements in force, each only when its code is not there yet, so
/// that starting again changes nothing. A seeded agreement is Active at version 1, approved by every party "as by the
/// seed", and published like any activation. The whole seed is one transaction.
/// </summary>
internal sealed partial class AgreementSeeder(AgreementStore store, AgreementTransitions transitions, TimeProvider time, ILogger<AgreementSeeder> logger)
{
    // Note: one advisory lock for the whole seed, so replicas starting together apply it one after the other.
    private const long SeedLockId = 0x4167726565;

    public async Task<(int Gateways, int Agreements)> SeedAsync(AgreementSeedDocument seed, string source, CancellationToken cancellationToken)
    {
        var db = store.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SeedLockId})", cancellationToken);
        var registered = await store.GatewaysAsync(cancellationToken);
        if (AgreementSeedFile.Check(seed, registered) is { Count: > 0 } errors)
        {
            throw new InvalidOperationException(
                $"The seed {source} is invalid:{Environment.NewLine}- {string.Join($"{Environment.NewLine}- ", errors.Select(e => $"{e.Path}: {e.Message}"))}");
        }

        var now = time.Now();
        var gateways = 0;
        foreach (var request in seed.LegalGateways.Select(g => g!).Where(g => !registered.ContainsKey(g.Code!)))
        {
            var gateway = LegalGatewayValidator.Validate(request, AgreementAudit.Seed, now).Gateway!;
            db.LegalGateways.Add(gateway);
            store.Audit(AgreementAudit.Gateway(AgreementAudit.Seed, gateway, now));
            gateways++;
        }

        await db.SaveChangesAsync(cancellationToken);
        var known = await store.GatewaysAsync(cancellationToken);
        var existing = (await db.Agreements.Select(a => a.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var agreements = 0;
        foreach (var request in seed.Agreements.Select(a => a!))
        {
            if (existing.Contains(request.Code!))
            {
                LogAlreadyPresent(request.Code!);
                continue;
            }

            await PutInForceAsync(request.Code!, AgreementValidator.Validate(request, known, now: null).Content!, now, cancellationToken);
            agreements++;
        }

        await store.CommitAsync(cancellationToken);
        LogSeeded(source, gateways, agreements);
        return (gateways, agreements);
    }

    private async Task PutInForceAsync(string code, AgreementContent content, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var agreement = new Agreement
        {
            Id = Guid.CreateVersion7(now),
            Code = code,
            Title = content.Title,
            Kind = content.Kind,
            Status = AgreementStatus.Draft,
            PendingVersion = 1,
            PartyIds = [.. content.Parties.Select(p => p.OrganisationId).Order(StringComparer.Ordinal)],
            CreatedAt = now,
            CreatedBy = AgreementAudit.Seed,
            UpdatedAt = now,
        };
        var version = new AgreementVersion { AgreementId = agreement.Id, Version = 1, State = AgreementVersionState.Draft, Content = content.ToJson(), CreatedAt = now, CreatedBy = AgreementAudit.Seed };
        store.Db.Agreements.Add(agreement);
        store.Db.Versions.Add(version);
        store.Record(agreement, 1, AgreementEventKind.Drafted, AgreementAudit.Seed, "draft agreement", now);
        foreach (var party in content.Parties)
        {
            store.Db.Approvals.Add(new AgreementApproval { AgreementId = agreement.Id, Version = 1, OrganisationId = party.OrganisationId, ApprovedBy = AgreementAudit.Seed, ApprovedAt = now });
            store.Record(agreement, 1, AgreementEventKind.Approved, $"{party.OrganisationId}/{AgreementAudit.Seed}", "approve agreement", now);
        }

        await transitions.TakeEffectAsync(agreement, [version], version, content, AgreementAudit.Seed, now, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed: agreement {Code} is already present; left as it is")]
    private partial void LogAlreadyPresent(string code);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded from {Source}: {Gateways} legal gateway(s) registered, {Agreements} agreement(s) put in force")]
    private partial void LogSeeded(string source, int gateways, int agreements);
}
