using Concord.Contracts.Sharing;

namespace Concord.Contracts.Agreements;

/// <summary>What may flow from one party (or kind of party) to another under an agreement, and on which terms.</summary>
public sealed record AgreementFlow
{
    public required FlowParty From { get; init; }

    public required FlowParty To { get; init; }

    public required IReadOnlyList<Purpose> Purposes { get; init; }

    public required IReadOnlyList<DataCategory> Categories { get; init; }

    /// <summary>The most restrictive marking data may carry on this flow.</summary>
    public required Tlp MaxMarking { get; init; }

    /// <summary>What the recipient may do with the data beyond this flow.</summary>
    public required OnwardSharingRule OnwardSharing { get; init; }

    /// <summary>How long the recipient may keep data of a category not listed in <see cref="Retention"/>.</summary>
    public required int RetentionDays { get; init; }

    public IReadOnlyList<CategoryRetention> Retention { get; init; } = [];
}
