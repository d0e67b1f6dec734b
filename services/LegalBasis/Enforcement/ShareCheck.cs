using Concord.Contracts.Sharing;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Reading;

namespace Concord.LegalBasis.Enforcement;

/// <summary>
/// What the HTTP filter and the gRPC interceptor do with incoming data the caller wants shared: decide it as a share
/// by the caller's organisation for every recipient its envelope addresses, audit every decision in one batch, and
/// say which recipients were refused.
/// </summary>
internal static class ShareCheck
{
    public const string ProblemType = "https://concord.dev/problems/no-legal-basis";

    public static async Task<IReadOnlyList<RefusedRecipient>> DecideAsync(
        LegalBasisGuard guard,
        IAuditSink audit,
        TimeProvider time,
        Reader caller,
        IEnumerable<(SharingEnvelope? Envelope, string What, string Subject)> shared,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var records = new List<AuditRecord>();
        var refused = new List<RefusedRecipient>();
        foreach (var (envelope, what, subject) in shared)
        {
            foreach (var (recipient, decision) in guard.DecideForEachRecipient(envelope, caller.Organisation))
            {
                records.Add(DecisionAudit.Record(decision, caller.Actor, what, recipient, subject, now));
                if (!decision.IsPermitted)
                {
                    refused.Add(RefusedRecipient.From(recipient, decision.Reasons));
                }
            }
        }

        if (records.Count > 0)
        {
            await audit.AppendAsync(records, cancellationToken);
        }

        return refused;
    }

    /// <summary>One sentence naming each refused recipient and its reason codes.</summary>
    public static string Describe(IReadOnlyList<RefusedRecipient> refused) =>
        $"No legal basis to share this with {string.Join("; ", refused.Select(r => $"{r.Recipient} ({string.Join(", ", r.Reasons.Select(reason => reason.Code))})"))}.";
}
