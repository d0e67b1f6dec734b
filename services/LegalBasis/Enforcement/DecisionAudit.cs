using System.Globalization;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Decisions;

namespace Concord.LegalBasis.Enforcement;

/// <summary>Turns a decision into the audit record every enforcement point appends, permit or deny.</summary>
public static class DecisionAudit
{
    /// <summary>How a message is named in the audit chain.</summary>
    public static string MessageSubject<T>(Guid? messageId) => $"message:{typeof(T).Name}:{messageId}";

    /// <param name="subject">The item concerned, e.g. <c>report:CR-2026-7KQHDKRS18</c>.</param>
    /// <param name="what">What was attempted, e.g. <c>receive SuspiciousActivityReported</c>.</param>
    public static AuditRecord Record(Decision decision, string actor, string what, string recipient, string subject, DateTimeOffset at) => new()
    {
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
