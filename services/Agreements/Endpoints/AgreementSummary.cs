using Concord.Agreements.Domain;
using Concord.Contracts.Agreements;

namespace Concord.Agreements.Endpoints;

/// <summary>An agreement in a list: what it is, its status and versions, and who is party to it.</summary>
public sealed record AgreementSummary(
    Guid Id,
    string Code,
    string Title,
    AgreementKind Kind,
    AgreementStatus Status,
    int? VersionInForce,
    int? PendingVersion,
    long Revision,
    DateTimeOffset? InForceUntil,
    IReadOnlyList<string> Parties,
    DateTimeOffset UpdatedAt)
{
    internal static AgreementSummary From(Agreement agreement) => new(
        agreement.Id, agreement.Code, agreement.Title, agreement.Kind, agreement.Status, agreement.VersionInForce, agreement.PendingVersion,
        agreement.Revision, agreement.InForceUntil, agreement.PartyIds, agreement.UpdatedAt);
}
