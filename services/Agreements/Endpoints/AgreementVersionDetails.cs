using Concord.Agreements.Domain;
using Concord.Contracts.Agreements;

namespace Concord.Agreements.Endpoints;

/// <summary>One version's terms, who approved it and when, and whose approval it still waits for.</summary>
public sealed record AgreementVersionDetails(
    int Version,
    AgreementVersionState State,
    string Title,
    AgreementKind Kind,
    IReadOnlyList<AgreementParty> Parties,
    IReadOnlyList<string> LegalGateways,
    DateTimeOffset ValidFrom,
    DateTimeOffset ValidUntil,
    IReadOnlyList<AgreementFlow> Flows,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? TookEffectAt,
    IReadOnlyList<ApprovalDetails> Approvals,
    IReadOnlyList<string> AwaitingApprovalFrom);
