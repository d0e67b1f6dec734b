using System.Text.Json;
using System.Text.Json.Serialization;
using System.Globalization;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Decisions;

namespace Concord.LegalBasis.Enforcement;

/// <summary>Turns a decision into the audit record every enforcement point appends, permit or deny.</summary>
public static class DecisionAudit
{
    private sealed record LineageDetails([property: JsonPropertyName("lineage")] IReadOnlyList<string> Lineage);

    /// <summary>How a message is named in the audit chain.</summary>
    public static string MessageSubject<T>(Guid? messageId) => $"message:{typeof(T).Name}:{messageId}";

    /// <param name="subject">The item concerned, e.g. <c>report:CR-2026-7KQHDKRS18</c>.</param>
    /// <param name="what">What was attempted, e.g. <c>receive SuspiciousActivityReported</c>.</param>
    /// <param name="lineage">The reports or items the data derives from (its envelope's lineage), kept in the entry's
    /// details so that every decision about an item can be found by the item's reference.</param>
    public static AuditRecord Record(Decision decision, string actor, string what, string recipient, string subject, DateTimeOffset at, IReadOnlyList<string>? lineage = null) => new()
    {
        Details = lineage is { Count: > 0 } ? JsonSerializer.Serialize(new LineageDetails(lineage)) : null,
        Kind = AuditKind.Decision,
        Actor = actor,
        Action = string.Create(CultureInfo.InvariantCulture, $"{what} for {recipient}"),
        Subject = subject,
        Outcome = decision.IsPermitted ? AuditOutcome.Permitted : AuditOutcome.Denied,
        AgreementId = decision.AgreementId == Guid.Empty ? null : decision.AgreementId,
        AgreementVersion = decision.AgreementVersion == 0 ? null : decision.AgreementVersion,
        Reasons = decision.Reasons.Codes(),
        RecordedAt = at,
    };
}
