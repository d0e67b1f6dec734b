using Concord.Agreements.Endpoints;

namespace Concord.Agreements.Seeding;

/// <summary>The contents of a seed file: legal gateways to register and agreements to put in force, when missing.</summary>
public sealed record AgreementSeedDocument
{
    /// <summary>Free text for whoever opens the file (e.g. that it is demo data).</summary>
    public string? Notice { get; init; }

    public IReadOnlyList<LegalGatewayRequest?> LegalGateways { get; init; } = [];

    /// <summary>Agreements in force from the start, as approved by every party.</summary>
    public IReadOnlyList<AgreementDraftRequest?> Agreements { get; init; } = [];
}
