namespace Concord.Agreements.Endpoints;

/// <summary>
/// An amendment (<c>POST …/amendments</c>): the members given replace those of the version in force, the others are
/// copied from it. The kind and code of an agreement do not change.
/// </summary>
public sealed record AmendmentRequest
{
    public string? Title { get; init; }

    public IReadOnlyList<PartyRequest?>? Parties { get; init; }

    public IReadOnlyList<string?>? LegalGateways { get; init; }

    public DateTimeOffset? ValidFrom { get; init; }

    public DateTimeOffset? ValidUntil { get; init; }

    public IReadOnlyList<FlowRequest?>? Flows { get; init; }

    /// <summary>Why the agreement is amended; kept in its history.</summary>
    public string? Reason { get; init; }
}
