using Concord.Contracts.Sharing;
using Concord.LegalBasis.Audit;
using Concord.LegalBasis.Decisions;
using Concord.LegalBasis.Enforcement;

namespace Concord.LegalBasis.Reading;

/// <summary>
/// The enforcement point on reads: a query never returns, names or counts an item the reader's organisation may not
/// see. An item is visible to its originator (its own data) and to a reader its envelope gives a basis to read it;
/// nothing else is. Each item returned is audited as a read and each item withheld as a denial, one batch per query.
/// Scoped: an item already audited as read in this scope (the service's query, then the endpoint's filter) is not
/// audited twice.
/// </summary>
public sealed class ReadFilter(AgreementReplicaHolder replica, LegalBasisGuard guard, IAuditSink audit, TimeProvider time)
{
    private const string OwnData = """{"basis":"originator"}""";
    private readonly HashSet<object> _readItems = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _readSubjects = new(StringComparer.Ordinal);

    /// <summary>What a query can ask the database, to leave out most of what the reader may not see: see <see cref="ReadScope"/>.</summary>
    public ReadScope ScopeFor(string reader) => ReadScope.For(replica.Current, guard.MaxStaleness, reader, time.GetUtcNow());

    /// <summary>
    /// May <paramref name="reader"/> see an item with <paramref name="envelope"/>? A permit for its originator (with the
    /// envelope's own terms as obligations); otherwise the guard's decision to read it as a recipient. Not audited.
    /// </summary>
    public Decision Decide(SharingEnvelope? envelope, string reader)
    {
        if (string.IsNullOrEmpty(reader))
        {
            return Decision.Deny(DenyReasons.ActorNotEntitled);
        }

        if (IsOriginator(envelope, reader))
        {
            // Note: required members can arrive null from storage or the wire; the originator still sees its own data.
            var handling = envelope!.Handling;
            return Decision.Permit(envelope.AgreementId, envelope.AgreementVersion, new Obligations(
                envelope.RetainUntil, handling?.Marking ?? Tlp.Red, handling?.OnwardSharing ?? OnwardSharingRule.Prohibited));
        }

        return guard.Decide(envelope, AccessAction.Read, reader, reader);
    }

    /// <summary>
    /// The item if <paramref name="reader"/> may see it; null if it does not exist or may not be seen, so the service
    /// answers its usual "not found" either way. The read, or the denial, is audited.
    /// </summary>
    public async Task<T?> ReadOneAsync<T>(Reader reader, Readable<T> kind, T? item, CancellationToken cancellationToken)
        where T : class
    {
        if (item is null)
        {
            return null;
        }

        var visible = await ReadAllAsync(reader, kind, [item], cancellationToken);
        return visible.Count == 1 ? item : null;
    }

    /// <summary>The items of <paramref name="items"/> <paramref name="reader"/> may see, in their order; each read and each denial audited.</summary>
    public async Task<IReadOnlyList<T>> ReadAllAsync<T>(Reader reader, Readable<T> kind, IEnumerable<T> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(items);
        var visible = new List<T>();
        var records = new List<AuditRecord>();
        var now = time.GetUtcNow();
        foreach (var item in items)
        {
            var decision = Decide(kind.Envelope(item), reader.Organisation);
            if (decision.IsPermitted)
            {
                visible.Add(item);
            }

            AddRecord(records, reader, kind, item, decision, now);
        }

        await AppendAsync(records, cancellationToken);
        return visible;
    }

    /// <summary>
    /// One page of what <paramref name="reader"/> may see among <paramref name="candidates"/>, and how many it may see
    /// in all. <paramref name="candidates"/> are every item the query matches, in the order to page them (narrow them
    /// with <see cref="ScopeFor"/> in the query; a page of rows carrying just an id and the envelope is enough): each
    /// is decided, so the total counts the visible ones only. The page's reads and every denial are audited.
    /// </summary>
    public async Task<ReadPage<T>> ReadPageAsync<T>(Reader reader, Readable<T> kind, IEnumerable<T> candidates, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var page = new List<T>(Math.Min(limit, 256));
        var records = new List<AuditRecord>();
        var now = time.GetUtcNow();
        var total = 0;
        foreach (var item in candidates)
        {
            var decision = Decide(kind.Envelope(item), reader.Organisation);
            if (!decision.IsPermitted)
            {
                AddRecord(records, reader, kind, item, decision, now);
                continue;
            }

            // Note: a visible item beyond the page is counted, not read: nothing of it leaves the service.
            if (total >= offset && page.Count < limit)
            {
                page.Add(item);
                AddRecord(records, reader, kind, item, decision, now);
            }

            total++;
        }

        await AppendAsync(records, cancellationToken);
        return new ReadPage<T>(page, total);
    }

    internal static bool IsOriginator(SharingEnvelope? envelope, string reader) =>
        !string.IsNullOrEmpty(envelope?.Originator) && string.Equals(envelope.Originator, reader, StringComparison.Ordinal);

    private Task AppendAsync(List<AuditRecord> records, CancellationToken cancellationToken) =>
        records.Count == 0 ? Task.CompletedTask : audit.AppendAsync(records, cancellationToken);

        private void AddRecord<T>(List<AuditRecord> records, Reader reader, Readable<T> kind, T item, Decision decision, DateTimeOffset now)
    {
        var subject = kind.Subject(item);
        if (!decision.IsPermitted)
        {
            records.Add(DecisionAudit.Record(decision, reader.Actor, $"read {kind.Name}", reader.Organisation, subject, now));
            return;
        }

        var itemSeen = item is not null && !_readItems.Add(item);
        var subjectSeen = !_readSubjects.Add(subject);
        if (itemSeen || subjectSeen)
        {
            return;
        }

        records.Add(new AuditRecord
        {
            Kind = AuditKind.Read,
            Actor = reader.Actor,
            Action = $"read {kind.Name}",
            Subject = subject,
            Outcome = AuditOutcome.Performed,
            AgreementId = decision.AgreementId == Guid.Empty ? null : decision.AgreementId,
            AgreementVersion = decision.AgreementVersion == 0 ? null : decision.AgreementVersion,
            Details = IsOriginator(kind.Envelope(item), reader.Organisation) ? OwnData : null,
            RecordedAt = now,
        });
    }
}
