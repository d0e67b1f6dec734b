using Concord.Contracts.Agreements;

namespace Concord.Agreements.Domain;

/// <summary>
/// A data-sharing agreement: its status, the version in force and the version being drafted or approved. The
/// content of each version is an <see cref="AgreementVersion"/>.
/// </summary>
public sealed class Agreement
{
    public Guid Id { get; set; }

    /// <summary>A human reference, e.g. <c>AGR-GB-STAT-ALPHA</c>; unique and never changed.</summary>
    public required string Code { get; set; }

    /// <summary>The title of the latest version, for lists.</summary>
    public required string Title { get; set; }

    public AgreementKind Kind { get; set; }

    public AgreementStatus Status { get; set; }

    /// <summary>The version whose terms are in force (or were, when suspended, terminated or expired); null until the first takes effect.</summary>
    public int? VersionInForce { get; set; }

    /// <summary>The version being drafted or waiting for approvals: the first draft, or an amendment; null when none.</summary>
    public int? PendingVersion { get; set; }

    /// <summary>The change sequence at which the terms in force last changed; 0 before they first took effect.</summary>
    public long Revision { get; set; }

    /// <summary>When the version in force ends: the expiry job looks agreements up by it.</summary>
    public DateTimeOffset? InForceUntil { get; set; }

    /// <summary>Every organisation that is or was a party of any version: who may see the agreement.</summary>
    public List<string> PartyIds { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The highest version number used so far.</summary>
    public int LatestVersion => Math.Max(VersionInForce ?? 0, PendingVersion ?? 0);
}
