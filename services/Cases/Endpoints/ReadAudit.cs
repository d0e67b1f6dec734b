using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Reading;

namespace Concord.Cases.Endpoints;

/// <summary>Note: every read of partnership data by a member is audited, naming what was read and under which agreement.</summary>
internal static class ReadAudit
{
    public static Task AppendAsync(
        IAuditSink audit, TimeProvider time, Reader person, Guid agreementId, string action, string subject, CancellationToken cancellationToken, string? details = null) =>
        audit.AppendAsync(
        [
            new AuditRecord
            {
                Kind = AuditKind.Read, Actor = person.Actor, Action = action, Subject = subject, Outcome = AuditOutcome.Performed,
                AgreementId = agreementId, Details = details, RecordedAt = time.GetUtcNow(),
            },
        ], cancellationToken);
}
