using System.Text.Json;
using Concord.Cases.Domain;
using Concord.Cases.Persistence;
using Concord.Cases.Views;
using Concord.Contracts.Agreements;
using Concord.Contracts.Cases;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Enforcement;
using Concord.LegalBasis.Reading;
using Concord.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Concord.Cases.Workflow;

/// <summary>
/// The disseminations an organisation received: listed and read by that organisation only (anyone else gets what an
/// unknown reference gets), and taken once into a case its lead opens from it or already leads, as an item.
/// </summary>
public sealed class DisseminationDesk(
    CasesDbContext db, CaseDesk desk, AgreementReplicaHolder agreements, IOptions<LegalBasisOptions> legalBasis, TimeProvider time)
{
    public async Task<(IReadOnlyList<DisseminationView> Items, int Total)> ListAsync(string organisation, int page, int pageSize, CancellationToken cancellationToken)
    {
        var mine = db.Disseminations.AsNoTracking().Where(d => d.RecipientOrganisationId == organisation);
        var total = await mine.CountAsync(cancellationToken);
        var rows = await mine.OrderBy(d => d.TakenAt != null).ThenByDescending(d => d.DisseminatedAt).ThenBy(d => d.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return ([.. rows.Select(View)], total);
    }

    /// <summary>The dissemination, when <paramref name="organisation"/> received it; null otherwise, as for an unknown reference.</summary>
    public Task<StoredDissemination?> FindAsync(string organisation, string reference, CancellationToken cancellationToken) =>
        db.Disseminations.AsNoTracking().SingleOrDefaultAsync(d => d.Reference == reference && d.RecipientOrganisationId == organisation, cancellationToken);

    public async Task<DeskResult> OpenCaseAsync(Reader caller, string reference, string? title, string? caseType, CancellationToken cancellationToken)
    {
        if (await FindAsync(caller.Organisation, reference, cancellationToken) is not { } dissemination)
        {
            return NotFound();
        }

        if (dissemination.TakenAt is not null)
        {
            return AlreadyTaken();
        }

        var at = time.GetUtcNow();
        // Note: the case works under the agreement the dissemination came under, and its receiver leads it.
        var (agreement, unknown) = TaskForce.Get(agreements.Current, legalBasis.Value.MaxReplicaStaleness, dissemination.AgreementId, at);
        if (agreement is null)
        {
            return DeskResult.Refused(unknown!);
        }

        if (agreement.Kind != AgreementKind.Partnership)
        {
            return DeskResult.Refused(CaseRejection.Of(RejectionKind.Conflict, "", CaseErrorCodes.NotATaskForceAgreement, $"{agreement.Code} is a {agreement.Kind} agreement; a task force works under a Partnership agreement."));
        }

        var (kind, refused) = TaskForce.CheckLead(agreement, caller.Organisation, at);
        if (refused is not null)
        {
            return DeskResult.Refused(refused);
        }

        var caseId = Guid.CreateVersion7(at);
        var item = Item(dissemination, at);
        var open = new OpenCase
        {
            CaseId = caseId, Title = title ?? "", CaseType = caseType ?? "", AgreementId = agreement.AgreementId, AgreementCode = agreement.Code,
            LeadOrganisationKind = kind, Reference = RandomReference.New(RandomReference.Case, at),
        };
        return await desk.ExecuteAsync(CaseState.Initial, [open, new TakeDissemination { Item = item }], CaseDesk.Actor(caller), at, cancellationToken,
            (next, _, token) => MarkTakenAsync(dissemination.Id, next.CaseId, item.ItemId, caller, at, token));
    }

    public async Task<DeskResult> AddToCaseAsync(Reader caller, Guid caseId, string? reference, CancellationToken cancellationToken)
    {
        if (await desk.FindAsync(caller, caseId, cancellationToken) is not { } state)
        {
            return DeskResult.NotFound();
        }

        if (string.IsNullOrWhiteSpace(reference))
        {
            return DeskResult.Refused(CaseRejection.Of(RejectionKind.Invalid, "reference", CaseErrorCodes.Required, "'reference' is required: the dissemination's reference."));
        }

        if (await FindAsync(caller.Organisation, reference.Trim(), cancellationToken) is not { } dissemination)
        {
            return NotFound();
        }

        if (dissemination.TakenAt is not null)
        {
            return AlreadyTaken();
        }

        var at = time.GetUtcNow();
        var item = Item(dissemination, at);
        return await desk.ExecuteAsync(state, [new TakeDissemination { Item = item }], CaseDesk.Actor(caller), at, cancellationToken,
            (next, _, token) => MarkTakenAsync(dissemination.Id, next.CaseId, item.ItemId, caller, at, token));
    }

    public static DisseminationView View(StoredDissemination stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var envelope = JsonSerializer.Deserialize<SharingEnvelope>(stored.Envelope, ContractJson.Options)!;
        return new(stored.Id, stored.Reference, stored.Title, stored.AnalysisNote, Reports(stored), stored.DisseminatedBy, stored.DisseminatedAt, stored.AgreementId,
            envelope.Handling.Marking, envelope.Handling.OnwardSharing, envelope.DataCategories, stored.RetainUntil, stored.TakenAt is null,
            stored.TakenIntoCaseId, stored.TakenAsItemId, stored.TakenAt);
    }

    /// <summary>The item a dissemination becomes: the FIU's data (its originator), held by the organisation that received it, under its envelope's terms.</summary>
    private static CaseItem Item(StoredDissemination stored, DateTimeOffset at)
    {
        var envelope = JsonSerializer.Deserialize<SharingEnvelope>(stored.Envelope, ContractJson.Options)!;
        return new CaseItem
        {
            ItemId = Guid.CreateVersion7(at), Kind = ItemKind.Dissemination, Title = stored.Title, Text = stored.AnalysisNote, Originator = envelope.Originator,
            Holder = stored.RecipientOrganisationId, AgreementId = envelope.AgreementId, LegalGateway = envelope.LegalGateway, Marking = envelope.Handling.Marking,
            OnwardSharing = envelope.Handling.OnwardSharing, Categories = envelope.DataCategories, Grading = envelope.SourceGrading, RetainUntil = envelope.RetainUntil,
            Reports = Reports(stored), DisseminationReference = stored.Reference, AddedBy = "", AddedByOrganisation = "", AddedAt = at,
        };
    }

    private static List<DisseminatedReport> Reports(StoredDissemination stored) =>
        JsonSerializer.Deserialize<List<DisseminatedReport>>(stored.Reports, ContractJson.Options) ?? [];

    /// <summary>Note: only a dissemination still pending is taken; a second taker racing this one finds nothing to change.</summary>
    private async Task<CaseRejection?> MarkTakenAsync(Guid disseminationId, Guid caseId, Guid itemId, Reader caller, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var person = caller.Agent ?? "";
        var taken = await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE disseminations SET taken_into_case_id = {caseId}, taken_as_item_id = {itemId}, taken_by = {person}, taken_at = {at}
            WHERE id = {disseminationId} AND taken_at IS NULL
            """, cancellationToken);
        return taken == 1 ? null : AlreadyTaken().Rejection;
    }

    private static DeskResult NotFound() =>
        DeskResult.Refused(CaseRejection.Of(RejectionKind.NotFound, "reference", CaseErrorCodes.DisseminationNotFound, "No such dissemination."));

    private static DeskResult AlreadyTaken() =>
        DeskResult.Refused(CaseRejection.Of(RejectionKind.Conflict, "reference", CaseErrorCodes.DisseminationAlreadyTaken, "The dissemination has been taken into a case already."));
}
