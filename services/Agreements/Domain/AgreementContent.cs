using System.Text.Json;
using Concord.Contracts.Agreements;
using Concord.ServiceDefaults.Messaging;

namespace Concord.Agreements.Domain;

/// <summary>What one version of an agreement says: stored as JSON in its <see cref="AgreementVersion"/>.</summary>
public sealed record AgreementContent
{
    public required string Title { get; init; }

    public required AgreementKind Kind { get; init; }

    public required IReadOnlyList<AgreementParty> Parties { get; init; }

    public required IReadOnlyList<string> LegalGateways { get; init; }

    public required DateTimeOffset ValidFrom { get; init; }

    public required DateTimeOffset ValidUntil { get; init; }

    public required IReadOnlyList<AgreementFlow> Flows { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, ContractJson.Options);

    public static AgreementContent FromJson(string json) =>
        JsonSerializer.Deserialize<AgreementContent>(json, ContractJson.Options)
        ?? throw new InvalidOperationException("An agreement version holds no content.");

    /// <summary>These terms as every replica holds them, at the agreement's status and revision.</summary>
    public AgreementTerms ToTerms(Agreement agreement, int version) => new()
    {
        AgreementId = agreement.Id,
        Version = version,
        Revision = agreement.Revision,
        Code = agreement.Code,
        Title = Title,
        Kind = Kind,
        Status = agreement.Status,
        Parties = Parties,
        LegalGateways = LegalGateways,
        ValidFrom = ValidFrom,
        ValidUntil = ValidUntil,
        Flows = Flows,
    };
}
