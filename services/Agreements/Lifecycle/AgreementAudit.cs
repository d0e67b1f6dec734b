using System.Text.Json;
using Concord.Agreements.Domain;
using Concord.Contracts.Agreements;
using Concord.LegalBasis.Audit;
using Concord.ServiceDefaults.Messaging;

namespace Concord.Agreements.Lifecycle;

/// <summary>The audit records of the service's own actions: one per lifecycle step, in the transaction of the step.</summary>
internal static class AgreementAudit
{
    /// <summary>Who acts when nobody does: the expiry of an agreement at the end of its validity.</summary>
    public const string System = "system";

    /// <summary>Who acts for the seed file loaded at start.</summary>
    public const string Seed = "seed";

    public static AuditRecord Agreement(string actor, string action, Agreement agreement, int version, DateTimeOffset now, long? sequence = null, string? reason = null) => new()
    {
        Kind = AuditKind.Change,
        Actor = actor,
        Action = action,
        Subject = $"agreement:{agreement.Code}",
        Outcome = AuditOutcome.Performed,
        AgreementId = agreement.Id,
        AgreementVersion = version,
        Details = JsonSerializer.Serialize(new AgreementDetails(agreement.Status, sequence, reason), ContractJson.Options),
        RecordedAt = now,
    };

    public static AuditRecord Gateway(string actor, LegalGateway gateway, DateTimeOffset now) => new()
    {
        Kind = AuditKind.Change,
        Actor = actor,
        Action = "register legal gateway",
        Subject = $"legal-gateway:{gateway.Code}",
        Outcome = AuditOutcome.Performed,
        Details = JsonSerializer.Serialize(new GatewayDetails(gateway.Jurisdiction, gateway.Citation, [.. gateway.Purposes.Select(p => p.ToString())]), ContractJson.Options),
        RecordedAt = now,
    };

    public static AuditRecord Consent(string actor, string action, Consent consent, DateTimeOffset now) => new()
    {
        Kind = AuditKind.Change,
        Actor = actor,
        Action = action,
        Subject = $"consent:{consent.Id}",
        Outcome = AuditOutcome.Performed,
        Details = JsonSerializer.Serialize(
            new ConsentDetails(consent.Originator, consent.Recipient, consent.Purpose.ToString(), consent.ExpiresAt, consent.RevokedAt, consent.Sequence), ContractJson.Options),
        RecordedAt = now,
    };

    public static AuditRecord ConsentRequest(string actor, string action, StoredConsentRequest request, DateTimeOffset now) => new()
    {
        Kind = AuditKind.Change,
        Actor = actor,
        Action = action,
        Subject = $"consent-request:{request.Id}",
        Outcome = AuditOutcome.Performed,
        Details = JsonSerializer.Serialize(
            new ConsentRequestDetails(request.Originator, request.RequestedBy, request.Recipient, request.Purpose.ToString(), request.SubjectReference, request.Status.ToString(), request.ConsentId),
            ContractJson.Options),
        RecordedAt = now,
    };

    private sealed record AgreementDetails(AgreementStatus Status, long? Sequence, string? Reason);

    private sealed record GatewayDetails(string Jurisdiction, string Citation, IReadOnlyList<string> Purposes);

    private sealed record ConsentRequestDetails(string Originator, string RequestedBy, string Recipient, string Purpose, string SubjectReference, string Status, Guid? ConsentId);

    private sealed record ConsentDetails(string Originator, string Recipient, string Purpose, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, long Sequence);
}
