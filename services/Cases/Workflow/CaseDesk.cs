using System.Text.Json;
using Concord.Cases.Domain;
using Concord.Cases.Persistence;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Enforcement;
using Concord.LegalBasis.Reading;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Concord.Cases.Workflow;

/// <summary>
/// Runs members' commands on cases: loads the case (its events folded), hides it from an organisation that is not a
/// member (exactly as if it did not exist), checks against the replica what the agreements decide, asks the decider,
/// and stores its events, the projections and the audit entry in one transaction.
/// </summary>
public sealed partial class CaseDesk(
    CasesDbContext db, AgreementReplicaHolder agreements, IOptions<LegalBasisOptions> legalBasis, TimeProvider time, ILogger<CaseDesk> logger)
{
    /// <summary>More work in the transaction of a command's events: adds to the audit records, or refuses (nothing is stored).</summary>
    internal delegate Task<CaseRejection?> Alongside(CaseState next, List<AuditRecord> audit, CancellationToken cancellationToken);

    private TimeSpan MaxStaleness => legalBasis.Value.MaxReplicaStaleness;

    public async Task<DeskResult> OpenAsync(Reader caller, string? title, string? caseType, string? agreementCode, CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow();
        var (agreement, notFound) = TaskForce.Find(agreements.Current, MaxStaleness, agreementCode, at);
        if (agreement is null)
        {
            return DeskResult.Refused(notFound!);
        }

        var (kind, refused) = TaskForce.CheckLead(agreement, caller.Organisation, at);
        if (refused is not null)
        {
            return DeskResult.Refused(refused);
        }

        var command = new OpenCase
        {
            CaseId = Guid.CreateVersion7(at), Title = title ?? "", CaseType = caseType ?? "", AgreementId = agreement.AgreementId, AgreementCode = agreement.Code,
            LeadOrganisationKind = kind, Reference = RandomReference.New(RandomReference.Case, at),
        };
        return await ExecuteAsync(CaseState.Initial, [command], Actor(caller), at, cancellationToken);
    }

    public async Task<DeskResult> AddMemberAsync(Reader caller, Guid caseId, string? personId, string? organisationId, CaseRole? role, CancellationToken cancellationToken)
    {
        var state = await FindAsync(caller, caseId, cancellationToken);
        if (state is null)
        {
            return DeskResult.NotFound();
        }

        var errors = new List<Contracts.Filing.FieldError>();
        CaseValidation.Text(errors, "personId", personId, CaseLimits.PersonIdLength);
        CaseValidation.Text(errors, "organisationId", organisationId, CaseLimits.OrganisationIdLength);
        if (role is null)
        {
            errors.Add(CaseValidation.Error("role", CaseErrorCodes.Required, $"'role' is required: one of {string.Join(", ", Enum.GetNames<CaseRole>())}."));
        }

        if (errors.Count > 0)
        {
            return DeskResult.Refused(new CaseRejection { Kind = RejectionKind.Invalid, Errors = errors });
        }

        var at = time.GetUtcNow();
        // Note: the actor's standing first, so that a non-lead learns nothing about the agreement from the answer.
        if (CaseDecider.CheckActor(state, Actor(caller), out var acting) is { } notActing)
        {
            return DeskResult.Refused(notActing);
        }

        if (acting.Role != CaseRole.Lead)
        {
            return DeskResult.Refused(CaseDecider.RoleNotPermitted(acting, "add members"));
        }

        var (agreement, unknown) = TaskForce.Get(agreements.Current, MaxStaleness, state.AgreementId, at);
        if (agreement is null)
        {
            return DeskResult.Refused(unknown!);
        }

        var (kind, refused) = TaskForce.CheckMember(agreement, organisationId!.Trim(), role!.Value, at);
        if (refused is not null)
        {
            return DeskResult.Refused(refused);
        }

        var command = new AddMember { PersonId = personId!.Trim(), OrganisationId = organisationId.Trim(), OrganisationKind = kind, Role = role.Value };
        return await ExecuteAsync(state, [command], Actor(caller), at, cancellationToken);
    }

    /// <summary>A command that needs nothing from the agreements: on the case as the caller's organisation sees it.</summary>
    public async Task<DeskResult> CommandAsync(Reader caller, Guid caseId, CaseCommand command, CancellationToken cancellationToken)
    {
        var state = await FindAsync(caller, caseId, cancellationToken);
        return state is null ? DeskResult.NotFound() : await ExecuteAsync(state, [command], Actor(caller), time.GetUtcNow(), cancellationToken);
    }

    /// <summary>
    /// The case folded from its events, or null when it does not exist, the caller's organisation is not a member of it,
    /// or its task force's agreement does not let that organisation see it now (suspended, ended, or no longer a party).
    /// </summary>
    public async Task<CaseState?> FindAsync(Reader caller, Guid caseId, CancellationToken cancellationToken)
    {
        var events = await EventsAsync(caseId, cancellationToken);
        var state = CaseDecider.Fold(events.Select(e => CaseEventJson.Deserialize(e.Payload)));
        return state.IsOpened && state.MemberOrganisations.Contains(caller.Organisation, StringComparer.Ordinal)
            && TaskForce.Admits(agreements.Current, MaxStaleness, state.AgreementId, caller.Organisation, time.GetUtcNow())
            ? state
            : null;
    }

    /// <summary>The case's events in order, as stored.</summary>
    public Task<List<StoredCaseEvent>> EventsAsync(Guid caseId, CancellationToken cancellationToken) =>
        db.Events.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);

    /// <summary>
    /// Decides <paramref name="commands"/> one after the other on the case and stores all their events, the projections,
    /// whatever <paramref name="alongside"/> adds (outbox messages, more audit records; a refusal from it stores nothing)
    /// and the audit entry in one transaction — the caller's, when it has one open (a consumer marking its message).
    /// </summary>
    internal async Task<DeskResult> ExecuteAsync(
        CaseState state, IReadOnlyList<CaseCommand> commands, CaseActor actor, DateTimeOffset at, CancellationToken cancellationToken, Alongside? alongside = null)
    {
        var events = new List<CaseEvent>();
        var next = state;
        foreach (var command in commands)
        {
            var decision = CaseDecider.Decide(next, command, actor, at);
            if (decision.Rejection is { } rejection)
            {
                return DeskResult.Refused(rejection);
            }

            events.AddRange(decision.Events);
            next = decision.Events.Aggregate(next, CaseDecider.Evolve);
        }

        var own = db.Database.CurrentTransaction is null;
        var transaction = own ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await ProjectAsync(state, next, events, cancellationToken);
            var audit = new List<AuditRecord> { Audit(next, events, actor, at) };
            if (alongside is not null && await alongside(next, audit, cancellationToken) is { } refused)
            {
                if (transaction is not null)
                {
                    await transaction.RollbackAsync(cancellationToken);
                }

                return DeskResult.Refused(refused);
            }

            await db.SaveChangesAsync(cancellationToken);
            await AuditLog.AppendAsync(db, audit, cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (DbUpdateException exception) when (own && exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Note: another command on the case took the same event number first; this one decided on a stale state.
            LogConcurrentChange(next.CaseId);
            return DeskResult.Refused(CaseRejection.Of(RejectionKind.Conflict, "", CaseErrorCodes.ConcurrentChange, "The case changed meanwhile; nothing was stored. Read it again and retry."));
        }
        finally
        {
            db.ChangeTracker.Clear();
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }

        foreach (var @event in events)
        {
            switch (@event)
            {
                case CaseOpened opened:
                    LogOpened(opened.CaseId, opened.CaseType, opened.AgreementCode, actor.OrganisationId);
                    break;
                case CaseClosed closed:
                    LogClosed(next.CaseId, closed.Outcome);
                    break;
            }
        }

        return DeskResult.Done(next);
    }

    private async Task ProjectAsync(CaseState before, CaseState after, List<CaseEvent> events, CancellationToken cancellationToken)
    {
        var stored = before.IsOpened
            ? await db.Cases.SingleAsync(c => c.Id == after.CaseId, cancellationToken)
            : db.Cases.Add(new StoredCase
            {
                Id = after.CaseId, Title = after.Title, CaseType = after.CaseType, AgreementId = after.AgreementId, AgreementCode = after.AgreementCode,
                OpenedBy = after.OpenedBy, OpenedByOrganisation = events[0].ByOrganisation, OpenedAt = after.OpenedAt,
            }).Entity;
        stored.Reference = after.Reference;
        stored.Milestone = after.Milestone;
        stored.Outcome = after.Outcome;
        stored.ClosedAt = after.ClosedAt;
        stored.Version = after.Version;
        stored.UpdatedAt = events[^1].At;

        for (var i = 0; i < events.Count; i++)
        {
            var @event = events[i];
            db.Events.Add(new StoredCaseEvent
            {
                CaseId = after.CaseId, Sequence = before.Version + i + 1, Type = @event.GetType().Name, Payload = CaseEventJson.Serialize(@event),
                By = @event.By, ByOrganisation = @event.ByOrganisation, At = @event.At,
            });
            switch (@event)
            {
                case MemberAdded added:
                    db.Members.Add(new StoredMember { CaseId = after.CaseId, PersonId = added.PersonId, OrganisationId = added.OrganisationId, Role = added.Role });
                    break;
                case ItemAdded added:
                    db.Items.Add(new StoredItem { ItemId = added.Item.ItemId, CaseId = after.CaseId, RetainUntil = added.Item.RetainUntil });
                    break;
                case ItemPurged purged:
                    var item = await db.Items.SingleAsync(i => i.ItemId == purged.ItemId, cancellationToken);
                    item.PurgedAt = purged.At;
                    break;
                case MemberRemoved removed:
                    db.Members.Remove(await db.Members.SingleAsync(m => m.CaseId == after.CaseId && m.PersonId == removed.PersonId, cancellationToken));
                    break;
                case ProductionRequestSent sent:
                    db.ProductionRequests.Add(new StoredProductionRequest
                    {
                        Id = sent.ProductionRequestId, Reference = sent.Reference, CaseId = after.CaseId, BankOrganisationId = sent.BankOrganisationId,
                        RequestedByOrganisation = sent.ByOrganisation, Deadline = sent.Deadline, RequestedAt = sent.At,
                    });
                    break;
                case ProductionReceived received:
                    var request = await db.ProductionRequests.SingleAsync(r => r.Id == received.ProductionRequestId, cancellationToken);
                    request.AnsweredAt = received.At;
                    request.ItemId = received.ItemId;
                    break;
                case OnwardShareRequested requested:
                    db.OnwardShares.Add(new StoredOnwardShare
                    {
                        Id = requested.ShareId, CaseId = after.CaseId, ItemId = requested.ItemId, Originator = requested.Originator,
                        RequestedByOrganisation = requested.ByOrganisation, Recipient = requested.Recipient, RequestedAt = requested.At,
                    });
                    break;
                case OnwardShareGranted or OnwardShareRefused:
                    var share = await db.OnwardShares.SingleAsync(s => s.Id == ((OnwardShareEvent)@event).ShareId, cancellationToken);
                    share.AnsweredAt = @event.At;
                    break;
            }
        }
    }

    private static AuditRecord Audit(CaseState state, List<CaseEvent> events, CaseActor actor, DateTimeOffset at) => new()
    {
        Kind = AuditKind.Analysis,
        Actor = $"{actor.OrganisationId}/{actor.PersonId}",
        Action = $"case {string.Join(", ", events.Select(e => e.GetType().Name).Distinct())}",
        Subject = $"case:{state.CaseId}",
        Outcome = AuditOutcome.Performed,
        AgreementId = state.AgreementId,
        // Note: the lineage of the items added, so that every entry about an item can be found by what it derives from.
        Details = JsonSerializer.Serialize(new
        {
            version = state.Version, events = events.Count,
            lineage = events.OfType<ItemAdded>().SelectMany(added => added.Item.Lineage.Prepend($"item:{added.Item.ItemId}"))
                .Concat(events.OfType<OnwardShareEvent>().Select(share => $"item:{share.ItemId}")).Distinct().ToArray(),
        }),
        RecordedAt = at,
    };

    internal static CaseActor Actor(Reader caller) => new(caller.Agent ?? "", caller.Organisation);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId} ({CaseType}) opened under {AgreementCode} by {Organisation}")]
    private partial void LogOpened(Guid caseId, string caseType, string agreementCode, string organisation);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId} closed: {Outcome}")]
    private partial void LogClosed(Guid caseId, CaseOutcome outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "A command on case {CaseId} lost a race with another and was refused")]
    private partial void LogConcurrentChange(Guid caseId);
}
