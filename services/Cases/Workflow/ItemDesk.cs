using Concord.Cases.Domain;
using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Enforcement;
using Concord.LegalBasis.Reading;
using Microsoft.Extensions.Options;

namespace Concord.Cases.Workflow;

/// <summary>A member's note or intelligence, added as their organisation's data under the case's agreement.</summary>
public sealed class ItemDesk(CaseDesk desk, CaseReading reading, AgreementReplicaHolder agreements, IOptions<LegalBasisOptions> legalBasis, TimeProvider time)
{
    /// <summary>When the agreement names no retention for the organisation's flows: six years, the demo's longest.</summary>
    private const int DefaultRetentionDays = 2190;

    public async Task<(DeskResult Result, Guid ItemId)> AddAsync(
        Reader caller, Guid caseId, ItemKind kind, string? title, string? text, Tlp marking, OnwardSharingRule onwardSharing, IReadOnlyList<DataCategory> categories,
        SourceGrading? grading, Guid? parentItemId, CancellationToken cancellationToken)
    {
        if (await desk.FindAsync(caller, caseId, cancellationToken) is not { } state)
        {
            return (DeskResult.NotFound(), Guid.Empty);
        }

        // Note: a parent the caller may not see is, to them, no item at all.
        if (parentItemId is { } parent && reading.Item(state, caller.Organisation, parent) is null)
        {
            return (DeskResult.Refused(CaseRejection.Of(RejectionKind.Invalid, "parentItemId", CaseErrorCodes.ItemNotFound, "The case has no such item.")), Guid.Empty);
        }

        var at = time.GetUtcNow();
        var (agreement, unknown) = TaskForce.Get(agreements.Current, legalBasis.Value.MaxReplicaStaleness, state.AgreementId, at);
        if (agreement is null)
        {
            return (DeskResult.Refused(unknown!), Guid.Empty);
        }

        var itemId = Guid.CreateVersion7(at);
        var command = new AddItem
        {
            ItemId = itemId, Kind = kind, Title = title ?? "", Text = text ?? "", Marking = marking, OnwardSharing = onwardSharing, Categories = categories,
            Grading = grading, ParentItemId = parentItemId, LegalGateway = agreement.LegalGateways.Count > 0 ? agreement.LegalGateways[0] : "",
            RetainUntil = at.AddDays(RetentionDays(agreement, caller.Organisation)),
        };
        return (await desk.ExecuteAsync(state, [command], CaseDesk.Actor(caller), at, cancellationToken), itemId);
    }

    /// <summary>The longest retention of the agreement's flows from the organisation: how long its own items are kept.</summary>
    private static int RetentionDays(AgreementTerms agreement, string organisation)
    {
        var kind = agreement.Parties.FirstOrDefault(party => string.Equals(party.OrganisationId, organisation, StringComparison.Ordinal))?.Kind;
        var days = agreement.Flows
            .Where(flow => flow.From.OrganisationId is { } from ? string.Equals(from, organisation, StringComparison.Ordinal) : flow.From.Kind == kind)
            .Select(flow => flow.Retention.Select(r => r.Days).Append(flow.RetentionDays).Max())
            .DefaultIfEmpty(DefaultRetentionDays)
            .Max();
        return days;
    }
}
