using Concord.Agreements.Domain;
using Concord.Contracts.Sharing;

namespace Concord.Agreements.Endpoints;

/// <summary>A registered legal gateway.</summary>
public sealed record LegalGatewayResponse(
    string Code, string Jurisdiction, string Citation, string Description, IReadOnlyList<Purpose> Purposes, DateTimeOffset RegisteredAt, string RegisteredBy)
{
    internal static LegalGatewayResponse From(LegalGateway gateway) => new(
        gateway.Code, gateway.Jurisdiction, gateway.Citation, gateway.Description, gateway.Purposes, gateway.RegisteredAt, gateway.RegisteredBy);
}
