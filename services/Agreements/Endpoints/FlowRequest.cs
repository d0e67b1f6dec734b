using Concord.Contracts.Sharing;

namespace Concord.Agreements.Endpoints;

/// <summary>A flow as the secretariat writes it; everything is checked before anything is stored.</summary>
public sealed record FlowRequest
{
    public FlowPartyRequest? From { get; init; }

    public FlowPartyRequest? To { get; init; }

    public IReadOnlyList<Purpose>? Purposes { get; init; }

    public IReadOnlyList<DataCategory>? Categories { get; init; }

    public Tlp? MaxMarking { get; init; }

    public OnwardSharingRule? OnwardSharing { get; init; }

    public int? RetentionDays { get; init; }

    public IReadOnlyList<RetentionRequest?>? Retention { get; init; }
}
