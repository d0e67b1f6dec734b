using Concord.Cases.Domain;
using Concord.LegalBasis.Enforcement;
using Microsoft.Extensions.Options;

namespace Concord.Cases.Workflow;

/// <summary>
/// The read filter of a case's content for one organisation, now: which items it sees (<see cref="ItemVisibility"/>),
/// which production requests (the requesting organisation's and the bank asked, only), and which timeline events.
/// </summary>
public sealed class CaseReading(AgreementReplicaHolder agreements, IOptions<LegalBasisOptions> legalBasis, TimeProvider time)
{
    public Func<CaseItem, bool> Sees(CaseState state, string organisation)
    {
        ArgumentNullException.ThrowIfNull(state);
        // Note: one replica and one moment for the whole read, so a list and its count agree.
        var replica = agreements.Current;
        var at = time.GetUtcNow();
        var staleness = legalBasis.Value.MaxReplicaStaleness;
        return item => ItemVisibility.Sees(replica, staleness, state.AgreementId, item, organisation, at);
    }

    public IReadOnlyList<CaseItem> Items(CaseState state, string organisation)
    {
        var sees = Sees(state, organisation);
        return [.. state.Items.Where(sees)];
    }

    public CaseItem? Item(CaseState state, string organisation, Guid itemId) =>
        state.Items.FirstOrDefault(item => item.ItemId == itemId) is { } item && Sees(state, organisation)(item) ? item : null;

    public static bool SeesRequest(ProductionRequestState request, string organisation) =>
        string.Equals(request.RequestedByOrganisation, organisation, StringComparison.Ordinal) || string.Equals(request.BankOrganisationId, organisation, StringComparison.Ordinal);

    /// <summary>
    /// Whether <paramref name="organisation"/> sees a timeline event: an item's arrival and a request to pass an item on
    /// only where it sees the item, a production request only as its requester or the bank asked, an outcome's sharing only as the lead or the recipient.
    /// </summary>
    public Func<CaseEvent, bool> SeesEvent(CaseState state, string organisation)
    {
        var sees = Sees(state, organisation);
        var items = state.Items.ToDictionary(item => item.ItemId);
        return @event => @event switch
        {
            ItemAdded added => sees(added.Item),
            ProductionReceived received => items.TryGetValue(received.ItemId, out var item) && sees(item),
            ItemPurged purged => items.TryGetValue(purged.ItemId, out var gone) && sees(gone),
            OnwardShareEvent share => items.TryGetValue(share.ItemId, out var shared) && sees(shared),
            ProductionRequestSent sent => string.Equals(sent.ByOrganisation, organisation, StringComparison.Ordinal)
                || string.Equals(sent.BankOrganisationId, organisation, StringComparison.Ordinal),
            OutcomeShared shared => string.Equals(shared.ByOrganisation, organisation, StringComparison.Ordinal)
                || string.Equals(shared.Recipient, organisation, StringComparison.Ordinal),
            _ => true,
        };
    }
}
