using Concord.Cases.Domain;
using Concord.Contracts.Sharing;

namespace Concord.Cases.Views;

/// <summary>A request to pass an item on, with its status now: AwaitingConsent, Granted (consent and expiry), Refused (reason) or Expired.</summary>
public sealed record OnwardShareView(
    Guid ShareId, Guid ItemId, string Originator, string RecipientOrganisationId, Purpose Purpose, string Justification, DateTimeOffset RequestedUntil,
    OnwardShareStatus Status, string RequestedBy, string RequestedByOrganisation, DateTimeOffset RequestedAt, Guid? ConsentId, DateTimeOffset? ExpiresAt,
    string? RefusalReason, string? AnsweredBy, DateTimeOffset? AnsweredAt)
{
    public static OnwardShareView From(OnwardShare share, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(share);
        return new(share.ShareId, share.ItemId, share.Originator, share.Recipient, share.Purpose, share.Justification, share.RequestedUntil, share.StatusAt(now),
            share.RequestedBy, share.RequestedByOrganisation, share.RequestedAt, share.ConsentId, share.ExpiresAt, share.RefusalReason, share.AnsweredBy, share.AnsweredAt);
    }
}
