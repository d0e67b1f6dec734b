using Concord.Contracts.Agreements;

namespace Concord.Agreements.Endpoints;

/// <summary>
/// A draft agreement (<c>POST /api/v1/agreements</c>), a draft's new content (<c>PUT …/draft</c>, where the code may
/// be left out) or a seeded agreement. Every member is nullable so that each missing one is reported, all at once.
/// </summary>
public sealed record AgreementDraftRequest
{
    public string? Code { get; init; }

    public string? Title { get; init; }

    public AgreementKind? Kind { get; init; }

    public IReadOnlyList<PartyRequest?>? Parties { get; init; }

    public IReadOnlyList<string?>? LegalGateways { get; init; }

    public DateTimeOffset? ValidFrom { get; init; }

    public DateTimeOffset? ValidUntil { get; init; }

    public IReadOnlyList<FlowRequest?>? Flows { get; init; }
}
