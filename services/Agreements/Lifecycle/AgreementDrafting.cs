using Concord.Agreements.Authorization;
using Concord.Agreements.Domain;
using Concord.Agreements.Endpoints;
using Concord.Agreements.Validation;
using Concord.Contracts.Agreements;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Concord.Agreements.Lifecycle;

/// <summary>
/// The secretariat's drafting: a new agreement, a new draft content, an amendment of the version in force. None of
/// these changes the terms in force, so none is published; each is in the history and the audit chain.
/// </summary>
internal sealed partial class AgreementDrafting(AgreementStore store, TimeProvider time, ILogger<AgreementDrafting> logger)
{
    public async Task<Outcome> DraftAsync(Caller caller, AgreementDraftRequest request, CancellationToken cancellationToken)
    {
        var now = time.Now();
        var codeErrors = new FieldErrors();
        AgreementValidator.Code(request.Code, codeErrors);
        var (content, errors) = AgreementValidator.Validate(request, await store.GatewaysAsync(cancellationToken), now);
        if (codeErrors.Any || content is null)
        {
            return Outcome.Invalid([.. codeErrors.All, .. errors]);
        }

        if (await store.Db.Agreements.AnyAsync(a => a.Code == request.Code, cancellationToken))
        {
            return CodeTaken(request.Code!);
        }

        await using var transaction = await store.Db.Database.BeginTransactionAsync(cancellationToken);
        var agreement = new Agreement
        {
            Id = Guid.CreateVersion7(now),
            Code = request.Code!,
            Title = content.Title,
            Kind = content.Kind,
            Status = AgreementStatus.Draft,
            PendingVersion = 1,
            PartyIds = [.. content.Parties.Select(p => p.OrganisationId).Order(StringComparer.Ordinal)],
            CreatedAt = now,
            CreatedBy = caller.Actor,
            UpdatedAt = now,
        };
        store.Db.Agreements.Add(agreement);
        store.Db.Versions.Add(new AgreementVersion { AgreementId = agreement.Id, Version = 1, State = AgreementVersionState.Draft, Content = content.ToJson(), CreatedAt = now, CreatedBy = caller.Actor });
        store.Record(agreement, 1, AgreementEventKind.Drafted, caller.Actor, "draft agreement", now);
        try
        {
            await store.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another draft took the code between the check and the insert.
            return CodeTaken(request.Code!);
        }

        LogDrafted(agreement.Code, agreement.Id, caller.Actor);
        return Outcome.Created(agreement.Id);
    }

    /// <summary>Replaces the content of the version waiting for approvals; any approval it had is void.</summary>
    public async Task<Outcome> EditDraftAsync(Caller caller, Guid id, AgreementDraftRequest request, CancellationToken cancellationToken)
    {
        var now = time.Now();
        var gateways = await store.GatewaysAsync(cancellationToken);
        await using var transaction = await store.Db.Database.BeginTransactionAsync(cancellationToken);
        if (await store.LockAsync(id, cancellationToken) is not { } agreement)
        {
            return Outcome.NotFound(id);
        }

        if (agreement.PendingVersion is not { } pending)
        {
            return Outcome.Conflict($"There is no draft to edit: the agreement is {agreement.Status} at version {agreement.VersionInForce}. Propose an amendment instead.");
        }

        var codeErrors = new FieldErrors();
        if (request.Code is not null && request.Code != agreement.Code)
        {
            codeErrors.Add("code", ErrorCodes.Immutable, $"The agreement's code is '{agreement.Code}' and does not change.");
        }

        var (content, errors) = AgreementValidator.Validate(request, gateways, now);
        if (codeErrors.Any || content is null)
        {
            return Outcome.Invalid([.. codeErrors.All, .. errors]);
        }

        if (agreement.VersionInForce is not null && content.Kind != agreement.Kind)
        {
            return Outcome.Invalid([new() { Path = "kind", Code = ErrorCodes.Immutable, Message = $"An amendment keeps the agreement's kind, {agreement.Kind}." }]);
        }

        var versions = await store.VersionsAsync(id, cancellationToken);
        var draft = versions.Single(v => v.Version == pending);
        draft.Content = content.ToJson();
        await store.Db.Approvals.Where(a => a.AgreementId == id && a.Version == pending).ExecuteDeleteAsync(cancellationToken);
        AgreementStore.RefreshParties(agreement, versions);
        agreement.Title = content.Title;
        agreement.Kind = content.Kind;
        store.Record(agreement, pending, AgreementEventKind.DraftEdited, caller.Actor, "edit draft", now);
        await store.CommitAsync(cancellationToken);
        return Outcome.Done(id);
    }

    /// <summary>A new version copied from the one in force with the request's members in place; the one in force stays until every party approves.</summary>
    public async Task<Outcome> AmendAsync(Caller caller, Guid id, AmendmentRequest request, CancellationToken cancellationToken)
    {
        var now = time.Now();
        if (request.Reason is { Length: > Reasons.MaxLength })
        {
            return Outcome.Invalid([new() { Path = "reason", Code = ErrorCodes.TooLong, Message = $"At most {Reasons.MaxLength} characters are allowed." }]);
        }

        var gateways = await store.GatewaysAsync(cancellationToken);
        await using var transaction = await store.Db.Database.BeginTransactionAsync(cancellationToken);
        if (await store.LockAsync(id, cancellationToken) is not { } agreement)
        {
            return Outcome.NotFound(id);
        }

        if (agreement.Status is not (AgreementStatus.Active or AgreementStatus.Suspended))
        {
            return Outcome.Conflict(agreement.Status == AgreementStatus.Draft
                ? "The agreement is Draft: it has no version in force to amend. Edit the draft instead."
                : $"The agreement is {agreement.Status}: it can no longer be amended.");
        }

        if (agreement.PendingVersion is { } pending)
        {
            return Outcome.Conflict($"Version {pending} already waits for approvals; edit it, or wait until it takes effect.");
        }

        var versions = await store.VersionsAsync(id, cancellationToken);
        var inForce = AgreementContent.FromJson(versions.Single(v => v.Version == agreement.VersionInForce).Content);
        var merged = new AgreementDraftRequest
        {
            Title = request.Title ?? inForce.Title,
            Kind = inForce.Kind,
            Parties = request.Parties ?? [.. inForce.Parties.Select(p => new PartyRequest { OrganisationId = p.OrganisationId, Kind = p.Kind })],
            LegalGateways = request.LegalGateways ?? [.. inForce.LegalGateways],
            ValidFrom = request.ValidFrom ?? inForce.ValidFrom,
            ValidUntil = request.ValidUntil ?? inForce.ValidUntil,
            Flows = request.Flows ?? [.. inForce.Flows.Select(FlowRequests.From)],
        };
        var (content, errors) = AgreementValidator.Validate(merged, gateways, now);
        if (content is null)
        {
            return Outcome.Invalid(errors);
        }

        var version = agreement.LatestVersion + 1;
        var draft = new AgreementVersion { AgreementId = id, Version = version, State = AgreementVersionState.Draft, Content = content.ToJson(), CreatedAt = now, CreatedBy = caller.Actor };
        store.Db.Versions.Add(draft);
        agreement.PendingVersion = version;
        agreement.Title = content.Title;
        AgreementStore.RefreshParties(agreement, [.. versions, draft]);
        store.Record(agreement, version, AgreementEventKind.AmendmentProposed, caller.Actor, "propose amendment", now, request.Reason?.Trim());
        await store.CommitAsync(cancellationToken);
        return Outcome.Created(id);
    }

    private static Outcome CodeTaken(string code) => Outcome.Conflict($"An agreement with the code '{code}' already exists.");

    [LoggerMessage(Level = LogLevel.Information, Message = "Agreement {Code} ({AgreementId}) drafted by {Actor}")]
    private partial void LogDrafted(string code, Guid agreementId, string actor);
}
