using System.Linq.Expressions;
using System.Reflection;
using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Decisions;

namespace Concord.LegalBasis.Reading;

/// <summary>
/// The part of the visibility rule a query can carry to the database: an item is a candidate for the reader if the
/// reader is its originator, or if its envelope addresses the reader under an agreement the reader may currently read
/// under (Active, in force, the reader a party and the recipient of one of its flows). Every item the reader may see
/// is a candidate; not every candidate may be seen (purpose, categories, marking and the sender are decided per item),
/// so results are still filtered with <see cref="ReadFilter"/>. A stale replica leaves the reader's own data only.
/// </summary>
public sealed class ReadScope
{
    private static readonly MethodInfo ContainsGuid = ContainsOf<Guid>();
    private static readonly MethodInfo ContainsString = ContainsOf<string>();
    private readonly Values _values;

    private ReadScope(string reader, Guid[] agreementIds, bool replicaStale)
    {
        _values = new Values(reader, agreementIds);
        ReplicaStale = replicaStale;
    }

    /// <summary>The reader's organisation.</summary>
    public string Reader => _values.Reader;

    /// <summary>
    /// The agreements under which the reader may currently read what is addressed to it: with <see cref="Reader"/>, the
    /// (agreement, recipient) pairs to match. Empty when the replica is stale.
    /// </summary>
    public IReadOnlyList<Guid> AgreementIds => _values.AgreementIds;

    /// <summary>The replica is older than its bound: only the reader's own data is a candidate.</summary>
    public bool ReplicaStale { get; }

    /// <summary>The scope of <paramref name="reader"/> in <paramref name="replica"/> at <paramref name="at"/>.</summary>
    public static ReadScope For(AgreementReplica replica, TimeSpan maxStaleness, string reader, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(replica);
        ArgumentException.ThrowIfNullOrEmpty(reader);
        if (at - replica.CurrentAsOf > maxStaleness)
        {
            return new ReadScope(reader, [], replicaStale: true);
        }

        var agreements = replica.PartyTo(reader)
            .Where(agreement => agreement.Terms.Status == AgreementStatus.Active && at >= agreement.Terms.ValidFrom && at < agreement.Terms.ValidUntil)
            .Where(agreement => agreement.Flows.Any(flow => flow.To(reader, agreement.Parties[reader])))
            .Select(agreement => agreement.Terms.AgreementId);
        return new ReadScope(reader, [.. agreements], replicaStale: false);
    }

    /// <summary>Whether an item with <paramref name="envelope"/> is a candidate: what <see cref="Predicate{T, TRecipients}"/> asks the database.</summary>
    public bool Admits(SharingEnvelope? envelope) =>
        envelope is not null
        && (string.Equals(envelope.Originator, Reader, StringComparison.Ordinal)
            || (_values.AgreementIds.Contains(envelope.AgreementId) && (envelope.Recipients?.Contains(Reader, StringComparer.Ordinal) ?? false)));

    /// <summary>
    /// The scope as a predicate over a service's stored items, for <c>Where</c> on an EF Core query: with Npgsql it
    /// becomes <c>originator = @reader OR (agreement_id = ANY(@agreements) AND @reader = ANY(recipients))</c>, the
    /// reader and the agreements as parameters.
    /// </summary>
    /// <param name="originator">The item's originator column.</param>
    /// <param name="agreementId">The column of the agreement its envelope cites.</param>
    /// <param name="recipients">The column of the recipients its envelope addresses (e.g. a <c>text[]</c>).</param>
    public Expression<Func<T, bool>> Predicate<T, TRecipients>(
        Expression<Func<T, string>> originator,
        Expression<Func<T, Guid>> agreementId,
        Expression<Func<T, TRecipients>> recipients)
        where TRecipients : IEnumerable<string>
    {
        ArgumentNullException.ThrowIfNull(originator);
        ArgumentNullException.ThrowIfNull(agreementId);
        ArgumentNullException.ThrowIfNull(recipients);
        var item = originator.Parameters[0];
        // Note: the values are read from an object's properties, not inlined, so EF Core sends them as parameters.
        var values = Expression.Constant(_values);
        var reader = Expression.Property(values, nameof(Values.Reader));
        Expression body = Expression.Equal(originator.Body, reader);
        if (_values.AgreementIds.Length > 0)
        {
            var underAgreement = Expression.Call(ContainsGuid, Expression.Property(values, nameof(Values.AgreementIds)), Rebind(agreementId, item));
            var addressed = Expression.Call(ContainsString, Rebind(recipients, item), reader);
            body = Expression.OrElse(body, Expression.AndAlso(underAgreement, addressed));
        }

        return Expression.Lambda<Func<T, bool>>(body, item);
    }

    private static Expression Rebind(LambdaExpression selector, ParameterExpression item) =>
        new Rebinder(selector.Parameters[0], item).Visit(selector.Body);

    private static MethodInfo ContainsOf<TElement>() =>
        ((Func<IEnumerable<TElement>, TElement, bool>)Enumerable.Contains).Method;

    private sealed class Values(string reader, Guid[] agreementIds)
    {
        public string Reader { get; } = reader;

        public Guid[] AgreementIds { get; } = agreementIds;
    }

    private sealed class Rebinder(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
