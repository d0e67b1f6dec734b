using System.Text.Json;
using Concord.Contracts.Filing;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Enforcement;
using Concord.LegalBasis.Reading;
using Concord.ServiceDefaults.Messaging;
using Concord.Typology.Domain;
using Concord.Typology.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Concord.Typology.Authoring;

/// <summary>
/// What analysts do to typologies: create and edit drafts, delete them, submit them for review, return or approve them
/// (four eyes: never the draft's own writers), and withdraw a typology. Each command locks the typology's row, and
/// commits its change, its messages and its audit records in one transaction.
/// </summary>
public sealed partial class TypologyDesk(
    TypologyDbContext db,
    DraftValidator validator,
    LegalBasisGuard guard,
    AgreementReplicaHolder replica,
    IAuditSink audit,
    IOptions<TypologyOptions> options,
    TimeProvider time,
    ILogger<TypologyDesk> logger)
{
    /// <summary>Audit records a command adds to its own (the distributions', the decision point's refusals).</summary>
    private readonly List<AuditRecord> _pending = [];

    public async Task<DeskResult> CreateAsync(Reader analyst, TypologyBody body, CancellationToken cancellationToken)
    {
        var (content, errors) = validator.Validate(body);
        if (content is null)
        {
            return DeskResult.Failed(DeskOutcome.Invalid, errors);
        }

        var now = time.GetUtcNow();
        var typology = new StoredTypology { Id = Guid.CreateVersion7(now), Code = body.Code!, CreatedBy = analyst.Actor, CreatedAt = now };
        typology.Draft = NewDraft(typology.Id, content, analyst, now, basedOn: null);
        db.Typologies.Add(typology);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return CodeTaken(body.Code!);
        }

        await AuditLog.AppendAsync(db, [Analysis(analyst, "create typology draft", typology.Code, now)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return DeskResult.Done();
    }

    public Task<DeskResult> EditAsync(Reader analyst, string code, TypologyBody body, CancellationToken cancellationToken) =>
        ActAsync(code, analyst, "edit typology draft", async (typology, draft, now) =>
        {
            if (DraftRefusal(typology, draft, editing: true) is { } refused)
            {
                return refused;
            }

            var (content, errors) = validator.Validate(body, code);
            if (content is null)
            {
                return DeskResult.Failed(DeskOutcome.Invalid, errors);
            }

            draft!.Apply(content);
            Contribute(draft, analyst, now);
            return await Task.FromResult(DeskResult.Done());
        }, cancellationToken);

    /// <summary>Starts the next version's draft from the version in force.</summary>
    public Task<DeskResult> DraftNextVersionAsync(Reader analyst, string code, CancellationToken cancellationToken) =>
        ActAsync(code, analyst, "draft new typology version", async (typology, draft, now) =>
        {
            if (draft is not null)
            {
                return DeskResult.Refused(DeskOutcome.Conflict, TypologyErrorCodes.DraftExists, $"{code} has a draft already ({draft.State}): edit that one.");
            }

            var current = await db.Versions.AsNoTracking().SingleAsync(v => v.TypologyId == typology.Id && v.Version == typology.CurrentVersion, cancellationToken);
            db.Drafts.Add(NewDraft(typology.Id, current.Content, analyst, now, current.Version));
            return DeskResult.Done();
        }, cancellationToken);

    public Task<DeskResult> DeleteDraftAsync(Reader analyst, string code, CancellationToken cancellationToken) =>
        ActAsync(code, analyst, "delete typology draft", async (typology, draft, now) =>
        {
            if (DraftRefusal(typology, draft, editing: true) is { } refused)
            {
                return refused;
            }

            // Note: a typology never published is nothing but its draft: both go, and the code is free again.
            if (typology.CurrentVersion is null)
            {
                db.Typologies.Remove(typology);
            }
            else
            {
                db.Drafts.Remove(draft!);
            }

            return await Task.FromResult(DeskResult.Done());
        }, cancellationToken);

    public Task<DeskResult> SubmitAsync(Reader analyst, string code, CancellationToken cancellationToken) =>
        ActAsync(code, analyst, "submit typology draft for review", async (typology, draft, now) =>
        {
            if (DraftRefusal(typology, draft, editing: true) is { } refused)
            {
                return refused;
            }

            _ = Publishable(typology, draft!, analyst, now, out var refusal);
            if (refusal is not null)
            {
                return refusal;
            }

            draft!.State = DraftState.InReview;
            draft.SubmittedBy = analyst.Agent;
            draft.SubmittedAt = now;
            Contribute(draft, analyst, now);
            return await Task.FromResult(DeskResult.Done());
        }, cancellationToken);

    public Task<DeskResult> ReturnAsync(Reader analyst, string code, string reason, CancellationToken cancellationToken) =>
        ActAsync(code, analyst, "return typology draft", async (typology, draft, now) =>
        {
            if (ReviewRefusal(code, draft, analyst) is { } refused)
            {
                return refused;
            }

            draft!.State = DraftState.Returned;
            draft.ReturnedBy = analyst.Agent;
            draft.ReturnedAt = now;
            draft.ReturnReason = reason;
            draft.UpdatedAt = now;
            return await Task.FromResult(DeskResult.Done());
        }, cancellationToken, details: JsonSerializer.Serialize(new { reason }, ContractJson.Options));

    /// <summary>Approves the draft in review and publishes it as the next version to its audience, resolved now.</summary>
    public Task<DeskResult> ApproveAsync(Reader analyst, string code, CancellationToken cancellationToken) =>
        ActAsync(code, analyst, "approve typology draft", async (typology, draft, now) =>
        {
            if (ReviewRefusal(code, draft, analyst) is { } refused)
            {
                return refused;
            }

            var content = draft!.Content;
            var resolution = Publishable(typology, draft, analyst, now, out var refusal);
            if (refusal is not null)
            {
                return refusal;
            }

            var version = new PublishedVersion
            {
                TypologyId = typology.Id,
                Version = (typology.CurrentVersion ?? 0) + 1,
                Code = typology.Code,
                Title = content.Title,
                Summary = content.Summary,
                Narrative = content.Narrative,
                CrimeArea = content.CrimeArea,
                Indicators = draft.Indicators,
                Marking = content.Marking!.Value,
                Audience = draft.Audience!,
                Recipients = [.. resolution!.Recipients.Select(r => r.Organisation)],
                Contributors = draft.Contributors,
                SubmittedBy = draft.SubmittedBy!,
                ApprovedBy = analyst.Agent!,
                PublishedBy = options.Value.OrganisationId,
                PublishedAt = now,
            };
            db.Versions.Add(version);
            // Note: the version row first, so the distributions' foreign key finds it.
            await db.SaveChangesAsync(cancellationToken);
            var records = await Distributor.PublishAsync(db, guard, typology, version, resolution, analyst, now, cancellationToken);
            typology.CurrentVersion = version.Version;
            typology.WithdrawnAt = null;
            typology.WithdrawnBy = null;
            typology.WithdrawalReason = null;
            db.Drafts.Remove(draft);
            _pending.AddRange(records);
            LogPublished(code, version.Version, version.Recipients.Count);
            return DeskResult.Done(version.Version);
        }, cancellationToken);

    public Task<DeskResult> WithdrawAsync(Reader analyst, string code, string reason, CancellationToken cancellationToken) =>
        ActAsync(code, analyst, "withdraw typology", async (typology, draft, now) =>
        {
            if (typology.CurrentVersion is null)
            {
                return DeskResult.Refused(DeskOutcome.Conflict, TypologyErrorCodes.NotPublished, $"{code} was never published: delete its draft instead.");
            }

            if (typology.WithdrawnAt is { } withdrawnAt)
            {
                return DeskResult.Refused(DeskOutcome.Conflict, TypologyErrorCodes.AlreadyWithdrawn, $"{code} was withdrawn at {withdrawnAt:O}.");
            }

            typology.WithdrawnAt = now;
            typology.WithdrawnBy = analyst.Actor;
            typology.WithdrawalReason = reason;
            _pending.AddRange(await Distributor.WithdrawAsync(db, guard, options.Value.OrganisationId, typology, reason, analyst, now, cancellationToken));
            LogWithdrawn(code);
            return DeskResult.Done(typology.CurrentVersion);
        }, cancellationToken, details: JsonSerializer.Serialize(new { reason }, ContractJson.Options));

    /// <summary>
    /// Runs a command on the typology with its row locked, so that two analysts acting at once are applied one after
    /// the other; commits the change with its audit record (and any distributions') only when the command succeeds.
    /// </summary>
    private async Task<DeskResult> ActAsync(
        string code, Reader analyst, string action, Func<StoredTypology, TypologyDraft?, DateTimeOffset, Task<DeskResult>> act, CancellationToken cancellationToken, string? details = null)
    {
        _pending.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var typology = await db.Typologies.FromSql($"SELECT * FROM typologies WHERE code = {code} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);
        if (typology is null)
        {
            return DeskResult.NotFound(code);
        }

        var draft = await db.Drafts.SingleOrDefaultAsync(d => d.TypologyId == typology.Id, cancellationToken);
        var now = time.GetUtcNow();
        var result = await act(typology, draft, now);
        if (result.Outcome != DeskOutcome.Done)
        {
            // Note: a refusal changes nothing, but what the decision point refused is still audited.
            await transaction.RollbackAsync(cancellationToken);
            if (_pending.Count > 0)
            {
                await audit.AppendAsync([.. _pending], cancellationToken);
            }

            return result;
        }

        await db.SaveChangesAsync(cancellationToken);
        await AuditLog.AppendAsync(db, [Analysis(analyst, action, code, now, details), .. _pending], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private static DeskResult? DraftRefusal(StoredTypology typology, TypologyDraft? draft, bool editing)
    {
        if (draft is null)
        {
            return DeskResult.Refused(DeskOutcome.Conflict, TypologyErrorCodes.PublishedVersionImmutable,
                $"{typology.Code} has no draft: version {typology.CurrentVersion} is published and is never edited in place. Draft a new version: POST /api/v1/typologies/{typology.Code}/draft.");
        }

        return editing && draft.State == DraftState.InReview
            ? DeskResult.Refused(DeskOutcome.Conflict, TypologyErrorCodes.InReview, $"The draft of {typology.Code} is in review (submitted by {draft.SubmittedBy}): it changes only after it is returned.")
            : null;
    }

    private static DeskResult? ReviewRefusal(string code, TypologyDraft? draft, Reader analyst) =>
        FourEyes.Refusal(code, draft?.State, draft?.Contributors ?? [], analyst.Agent!);

    /// <summary>The draft checked again as a whole (rules included), with a marking and an audience that resolves now.</summary>
    private AudienceResolution? Publishable(StoredTypology typology, TypologyDraft draft, Reader analyst, DateTimeOffset now, out DeskResult? refusal)
    {
        var stored = draft.Content;
        var (content, errors) = validator.Validate(ToBody(stored), typology.Code);
        errors.AddRange(DraftValidator.PublicationErrors(stored));
        if (content is null || errors.Count > 0)
        {
            refusal = DeskResult.Failed(DeskOutcome.Invalid, errors, $"The draft of {typology.Code} cannot be published as it is.");
            return null;
        }

        var resolution = AudienceResolver.Resolve(guard, replica.Current, options.Value.OrganisationId, typology.Code, content.Audience!, content.Marking!.Value);
        if (!resolution.IsValid)
        {
            _pending.AddRange(resolution.Refused.Select(r => Distributor.Refusal(r.Decision, analyst, typology.Code, r.Organisation, now)));
        }

        refusal = resolution.IsValid ? null : DeskResult.Failed(
            resolution.Errors.Any(e => e.Path.StartsWith("audience.organisations", StringComparison.Ordinal)) ? DeskOutcome.NoLegalBasis : DeskOutcome.Invalid,
            resolution.Errors, $"The audience of {typology.Code} cannot be resolved to recipients.");
        return resolution;
    }

    private static TypologyBody ToBody(TypologyDraftContent content) => new()
    {
        Title = content.Title,
        Summary = content.Summary,
        Narrative = content.Narrative,
        CrimeArea = content.CrimeArea,
        Indicators = [.. content.Indicators.Select(i => new IndicatorBody { Code = i.Code, Description = i.Description, Kind = i.Kind, Rule = i.Rule })],
        Marking = content.Marking,
        Audience = content.Audience is { } a ? new AudienceBody { Kind = a.Kind, Sector = a.Sector, Organisations = a.Organisations?.ToList(), TaskForce = a.TaskForce } : null,
    };

    private static TypologyDraft NewDraft(Guid typologyId, TypologyDraftContent content, Reader analyst, DateTimeOffset now, int? basedOn)
    {
        var draft = new TypologyDraft
        {
            TypologyId = typologyId,
            Title = "",
            Summary = "",
            Narrative = "",
            CrimeArea = "",
            Indicators = "[]",
            State = DraftState.Draft,
            Contributors = [analyst.Agent!],
            BasedOnVersion = basedOn,
            CreatedAt = now,
            UpdatedAt = now,
        };
        draft.Apply(content);
        return draft;
    }

    private static void Contribute(TypologyDraft draft, Reader analyst, DateTimeOffset now)
    {
        if (!draft.Contributors.Contains(analyst.Agent!, StringComparer.Ordinal))
        {
            // Note: a new list, so EF Core sees the array column change.
            draft.Contributors = [.. draft.Contributors, analyst.Agent!];
        }

        draft.UpdatedAt = now;
    }

    private static DeskResult CodeTaken(string code) =>
        DeskResult.Refused(DeskOutcome.Conflict, TypologyErrorCodes.CodeTaken, $"A typology with the code {code} exists already; choose another code.", "code");

    private static AuditRecord Analysis(Reader analyst, string action, string code, DateTimeOffset now, string? details = null) => new()
    {
        Kind = AuditKind.Analysis,
        Actor = analyst.Actor,
        Action = action,
        Subject = Distributor.Subject + code,
        Outcome = AuditOutcome.Performed,
        Details = details,
        RecordedAt = now,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Published {Code} version {Version} to {Recipients} recipient(s)")]
    private partial void LogPublished(string code, int version, int recipients);

    [LoggerMessage(Level = LogLevel.Information, Message = "Withdrew {Code} from every holder")]
    private partial void LogWithdrawn(string code);
}
