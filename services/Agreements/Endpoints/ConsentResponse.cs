using Concord.Agreements.Domain;
using Concord.Contracts.Sharing;

namespace Concord.Agreements.Endpoints;

/// <summary>An onward-sharing consent: who lets whom receive its data for what, until when, and whether it was withdrawn.</summary>
public sealed record ConsentResponse(
    Guid Id,
    string Originator,
    string Recipient,
    Purpose Purpose,
    DateTimeOffset GrantedAt,
    string GrantedBy,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt,
    string? RevokedBy,
    long Sequence)
{
    internal static ConsentResponse From(Consent consent) => new(
        consent.Id, consent.Originator, consent.Recipient, consent.Purpose, consent.GrantedAt, consent.GrantedBy, consent.ExpiresAt,
        consent.RevokedAt, consent.RevokedBy, consent.Sequence);
}
