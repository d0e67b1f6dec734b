using Concord.Agreements.Authorization;
using Concord.Agreements.Domain;
using Concord.Contracts.Agreements;
using Microsoft.EntityFrameworkCore;

namespace Concord.Agreements.Lifecycle;

/// <summary>
/// Approvals and status changes. An approval that completes a version puts it in force (Activated for the first,
/// Amended for a later one); suspension, resumption, termination and expiry change the status of the terms in force.
/// Each of those takes the next change number and is published; an illegal transition changes nothing and says why.
/// </summary>
internal sealed partial class AgreementTransitions(AgreementStore store, TimeProvider time, ILogger<AgreementTransitions> logger)
{
    public async Task<Outcome> ApproveAsync(Caller caller, Guid id, CancellationToken cancellationToken)
    {
        var now = time.Now();
        await using var transaction = await store.Db.Database.BeginTransactionAsync(cancellationToken);
        if (await store.LockAsync(id, cancellationToken) is not { } agreement || !(caller.SeesAll || agreement.PartyIds.Contains(caller.OrganisationId)))
        {
            return Outcome.NotFound(id);
        }

        if (agreement.PendingVersion is not { } pending)
        {
            return Outcome.Conflict($"There is no draft to approve: the agreement is {agreement.Status} at version {agreement.VersionInForce}.");
        }

        var versions = await store.VersionsAsync(id, cancellationToken);
        var draft = versions.Single(v => v.Version == pending);
        var content = AgreementContent.FromJson(draft.Content);
        if (!content.Parties.Any(p => p.OrganisationId == caller.OrganisationId))
        {
            return Outcome.Forbidden($"'{caller.OrganisationId}' is not a party of version {pending}; only its parties approve it.");
        }

        var approvals = await store.Db.Approvals.Where(a => a.AgreementId == id && a.Version == pending).ToListAsync(cancellationToken);
        if (approvals.FirstOrDefault(a => a.OrganisationId == caller.OrganisationId) is { } earlier)
        {
            return Outcome.Conflict($"'{caller.OrganisationId}' already approved version {pending} at {earlier.ApprovedAt:O}.");
        }

        if (content.ValidUntil <= now)
        {
            return Outcome.Conflict($"Version {pending} ends at {content.ValidUntil:O}, which has passed; the secretariat must edit it before it can be approved.");
        }

        store.Db.Approvals.Add(new AgreementApproval { AgreementId = id, Version = pending, OrganisationId = caller.OrganisationId, ApprovedBy = caller.ClientId, ApprovedAt = now });
        store.Record(agreement, pending, AgreementEventKind.Approved, caller.Actor, "approve agreement", now);
        var approved = approvals.Select(a => a.OrganisationId).Append(caller.OrganisationId).ToHashSet(StringComparer.Ordinal);
        if (content.Parties.All(p => approved.Contains(p.OrganisationId)))
        {
            if (await OverlappingStatutoryAsync(agreement, content, cancellationToken) is { } overlap)
            {
                return Outcome.Conflict(overlap);
            }

            await TakeEffectAsync(agreement, versions, draft, content, caller.Actor, now, cancellationToken);
        }

        await store.CommitAsync(cancellationToken);
        return Outcome.Done(id);
    }

    /// <summary>
    /// One statutory duty between the same parties rests on one agreement at a time: a version that would take effect
    /// while another statutory agreement between exactly the same parties, on one of the same legal gateways, is in
    /// force (active or suspended) over an overlapping window would contradict it, and is refused. The other agreement
    /// is amended, or terminated first.
    /// </summary>
    private async Task<string?> OverlappingStatutoryAsync(Agreement agreement, AgreementContent content, CancellationToken cancellationToken)
    {
        if (content.Kind != AgreementKind.Statutory)
        {
            return null;
        }

        var parties = content.Parties.Select(p => p.OrganisationId).Order(StringComparer.Ordinal).ToList();
        var others = await store.Db.Agreements.AsNoTracking()
            .Where(a => a.Id != agreement.Id && a.Kind == AgreementKind.Statutory && (a.Status == AgreementStatus.Active || a.Status == AgreementStatus.Suspended))
            .ToListAsync(cancellationToken);
        foreach (var other in others.Where(a => a.PartyIds.Order(StringComparer.Ordinal).SequenceEqual(parties, StringComparer.Ordinal)))
        {
            var inForce = await store.Db.Versions.AsNoTracking().SingleAsync(v => v.AgreementId == other.Id && v.Version == other.VersionInForce, cancellationToken);
            var terms = AgreementContent.FromJson(inForce.Content);
            var shared = terms.LegalGateways.Intersect(content.LegalGateways, StringComparer.Ordinal).ToList();
            if (shared.Count > 0 && terms.ValidFrom < content.ValidUntil && content.ValidFrom < terms.ValidUntil)
            {
                return $"{other.Code} is already in force between {string.Join(" and ", parties)} on {string.Join(", ", shared)} from {terms.ValidFrom:O} "
                    + $"to {terms.ValidUntil:O}, which overlaps this version ({content.ValidFrom:O} to {content.ValidUntil:O}); amend {other.Code}, or terminate it first.";
            }
        }

        return null;
    }

    /// <summary>Puts a fully approved version in force: the first activates the agreement, a later one replaces the version in force.</summary>
    public async Task TakeEffectAsync(Agreement agreement, List<AgreementVersion> versions, AgreementVersion draft, AgreementContent content, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var first = agreement.VersionInForce is null;
        if (!first)
        {
            versions.Single(v => v.Version == agreement.VersionInForce).State = AgreementVersionState.Superseded;
        }

        draft.State = AgreementVersionState.InForce;
        draft.TookEffectAt = now;
        agreement.VersionInForce = draft.Version;
        agreement.PendingVersion = null;
        agreement.InForceUntil = content.ValidUntil;
        agreement.Title = content.Title;
        if (first)
        {
            agreement.Status = AgreementStatus.Active;
        }

        var sequence = first
            ? await store.PublishAsync(agreement, content, AgreementChange.Activated, AgreementEventKind.Activated, actor, "activate agreement", now, null, cancellationToken)
            : await store.PublishAsync(agreement, content, AgreementChange.Amended, AgreementEventKind.Amended, actor, "amend agreement", now, null, cancellationToken);
        LogTookEffect(agreement.Code, draft.Version, agreement.Status, sequence);
    }

    public Task<Outcome> SuspendAsync(Caller caller, Guid id, string reason, CancellationToken cancellationToken) =>
        ChangeStatusAsync(caller.Actor, id, AgreementStatus.Suspended, reason, cancellationToken);

    public Task<Outcome> ResumeAsync(Caller caller, Guid id, string reason, CancellationToken cancellationToken) =>
        ChangeStatusAsync(caller.Actor, id, AgreementStatus.Active, reason, cancellationToken);

    public Task<Outcome> TerminateAsync(Caller caller, Guid id, string reason, CancellationToken cancellationToken) =>
        ChangeStatusAsync(caller.Actor, id, AgreementStatus.Terminated, reason, cancellationToken);

    /// <summary>Expires the agreement if its version in force has ended by now; true when it did.</summary>
    public async Task<bool> ExpireAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await ChangeStatusAsync(AgreementAudit.System, id, AgreementStatus.Expired, null, cancellationToken);
        return outcome.Kind == OutcomeKind.Done;
    }

    private async Task<Outcome> ChangeStatusAsync(string actor, Guid id, AgreementStatus target, string? reason, CancellationToken cancellationToken)
    {
        var now = time.Now();
        await using var transaction = await store.Db.Database.BeginTransactionAsync(cancellationToken);
        if (await store.LockAsync(id, cancellationToken) is not { } agreement)
        {
            return Outcome.NotFound(id);
        }

        if (Transitions.Refusal(agreement, target, now) is { } refusal)
        {
            return Outcome.Conflict(refusal);
        }

        var versions = await store.VersionsAsync(id, cancellationToken);
        if (target is AgreementStatus.Terminated or AgreementStatus.Expired && agreement.PendingVersion is { } pending)
        {
            // Note: an ended agreement cannot take effect again, so a version still waiting for approvals never will.
            versions.Single(v => v.Version == pending).State = AgreementVersionState.Abandoned;
            agreement.PendingVersion = null;
        }

        var (change, kind, action) = target switch
        {
            AgreementStatus.Suspended => (AgreementChange.Suspended, AgreementEventKind.Suspended, "suspend agreement"),
            AgreementStatus.Active => (AgreementChange.Resumed, AgreementEventKind.Resumed, "resume agreement"),
            AgreementStatus.Terminated => (AgreementChange.Terminated, AgreementEventKind.Terminated, "terminate agreement"),
            _ => (AgreementChange.Expired, AgreementEventKind.Expired, "expire agreement"),
        };
        agreement.Status = target;
        var inForce = AgreementContent.FromJson(versions.Single(v => v.Version == agreement.VersionInForce).Content);
        var sequence = await store.PublishAsync(agreement, inForce, change, kind, actor, action, now, reason, cancellationToken);
        await store.CommitAsync(cancellationToken);
        LogStatusChanged(agreement.Code, target, actor, sequence);
        return Outcome.Done(id);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Agreement {Code} version {Version} took effect ({Status}, change {Sequence})")]
    private partial void LogTookEffect(string code, int version, AgreementStatus status, long sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Agreement {Code} is now {Status} ({Actor}, change {Sequence})")]
    private partial void LogStatusChanged(string code, AgreementStatus status, string actor, long sequence);
}
