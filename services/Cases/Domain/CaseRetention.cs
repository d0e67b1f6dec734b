namespace Concord.Cases.Domain;

/// <summary>The decider's rules for purging items whose retention ended (part of <see cref="CaseDecider"/>).</summary>
internal static class CaseRetention
{
    /// <summary>Who records a purge: the service's retention job, on behalf of no member.</summary>
    public static CaseActor Actor { get; } = new("retention", "");

    public static CaseDecision Purge(CaseState state, PurgeItem purge, CaseActor actor, DateTimeOffset at)
    {
        if (state.Items.FirstOrDefault(item => item.ItemId == purge.ItemId) is not { } item)
        {
            return CaseRejection.Of(RejectionKind.NotFound, "itemId", CaseErrorCodes.ItemNotFound, "The case has no such item.");
        }

        if (item.PurgedAt is { } purgedAt)
        {
            return CaseRejection.Of(RejectionKind.Conflict, "itemId", CaseErrorCodes.ItemPurged, $"The item was purged at {purgedAt:O}.");
        }

        if (item.RetainUntil >= at)
        {
            return CaseRejection.Of(RejectionKind.Conflict, "itemId", CaseErrorCodes.RetentionNotEnded, $"The item is kept until {item.RetainUntil:O}.");
        }

        // Note: a closed case still loses what it may no longer keep; only its content goes, its history stays.
        return CaseDecision.Accept(new ItemPurged { ItemId = item.ItemId, RetainUntil = item.RetainUntil, By = actor.PersonId, ByOrganisation = actor.OrganisationId, At = at });
    }

    /// <summary>The item as a purge leaves it: provenance and handling, no title, text or documents.</summary>
    public static CaseItem Purged(CaseItem item, DateTimeOffset at) => item with { Title = "", Text = null, Documents = [], PurgedAt = at };
}
