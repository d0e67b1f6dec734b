using System.Collections.Frozen;
using Concord.Contracts.Agreements;

namespace Concord.LegalBasis.Decisions;

/// <summary>
/// A service's immutable copy of the agreements and onward-sharing consents, as of a moment when it was known to match
/// the Agreements service. Changes make a new replica; a decision reads one replica from start to end.
/// </summary>
public sealed class AgreementReplica
{
    private readonly FrozenDictionary<Guid, CompiledAgreement> _agreements;
    private readonly FrozenDictionary<Guid, OnwardSharingConsent> _consents;

    /// <param name="sequence">The Agreements service's change sequence this copy reflects (0 when not known).</param>
    public AgreementReplica(IEnumerable<AgreementTerms> agreements, IEnumerable<OnwardSharingConsent> consents, DateTimeOffset currentAsOf, long sequence = 0)
        : this(
            agreements.GroupBy(terms => terms.AgreementId)
                .ToFrozenDictionary(versions => versions.Key, versions => new CompiledAgreement(versions.MaxBy(terms => (terms.Version, terms.Revision))!)),
            consents.ToFrozenDictionary(consent => consent.ConsentId),
            currentAsOf,
            sequence)
    {
    }

    private AgreementReplica(FrozenDictionary<Guid, CompiledAgreement> agreements, FrozenDictionary<Guid, OnwardSharingConsent> consents, DateTimeOffset currentAsOf, long sequence)
    {
        _agreements = agreements;
        _consents = consents;
        CurrentAsOf = currentAsOf;
        Sequence = sequence;
    }

    /// <summary>No agreements, current as of the beginning of time: stale, so every decision denies until a snapshot arrives.</summary>
    public static AgreementReplica Empty { get; } = new([], [], DateTimeOffset.MinValue);

    /// <summary>When this copy was last known to match the Agreements service.</summary>
    public DateTimeOffset CurrentAsOf { get; }

    /// <summary>The latest change of the Agreements service this copy holds; a heartbeat naming a later one means a change was missed.</summary>
    public long Sequence { get; }

    /// <summary>The latest known version of each agreement.</summary>
    public IEnumerable<AgreementTerms> Agreements => _agreements.Values.Select(agreement => agreement.Terms);

    public int AgreementCount => _agreements.Count;

    public IEnumerable<OnwardSharingConsent> Consents => _consents.Values;

    /// <summary>
    /// This replica with <paramref name="terms"/> in place of the agreement's earlier terms. Terms older than the ones
    /// held (a lower version, or the same version at a lower revision) change nothing: events can arrive out of order.
    /// </summary>
    public AgreementReplica With(AgreementTerms terms, DateTimeOffset currentAsOf, long sequence = 0)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (_agreements.TryGetValue(terms.AgreementId, out var held) && (held.Terms.Version, held.Terms.Revision).CompareTo((terms.Version, terms.Revision)) > 0)
        {
            return new AgreementReplica(_agreements, _consents, Later(currentAsOf), Math.Max(Sequence, sequence));
        }

        var agreements = new Dictionary<Guid, CompiledAgreement>(_agreements) { [terms.AgreementId] = new CompiledAgreement(terms) };
        return new AgreementReplica(agreements.ToFrozenDictionary(), _consents, Later(currentAsOf), Math.Max(Sequence, sequence));
    }

    /// <summary>
    /// This replica with <paramref name="consent"/> granted, or withdrawn. A withdrawal is final: the grant arriving
    /// again later (events can arrive out of order) does not bring the consent back.
    /// </summary>
    public AgreementReplica With(OnwardSharingConsent consent, DateTimeOffset currentAsOf, long sequence = 0)
    {
        ArgumentNullException.ThrowIfNull(consent);
        if (_consents.TryGetValue(consent.ConsentId, out var held) && held.RevokedAt is { } revoked && (consent.RevokedAt is null || consent.RevokedAt > revoked))
        {
            consent = consent with { RevokedAt = revoked };
        }

        var consents = new Dictionary<Guid, OnwardSharingConsent>(_consents) { [consent.ConsentId] = consent };
        return new AgreementReplica(_agreements, consents.ToFrozenDictionary(), Later(currentAsOf), Math.Max(Sequence, sequence));
    }

    /// <summary>The same agreements, known to be current as of <paramref name="currentAsOf"/> (e.g. after a heartbeat).</summary>
    public AgreementReplica ConfirmedAt(DateTimeOffset currentAsOf) =>
        currentAsOf <= CurrentAsOf ? this : new AgreementReplica(_agreements, _consents, currentAsOf, Sequence);

    internal bool TryGet(Guid agreementId, out CompiledAgreement agreement) => _agreements.TryGetValue(agreementId, out agreement!);

    /// <summary>The agreements <paramref name="organisation"/> is a party to, in a stable order (by agreement id).</summary>
    internal CompiledAgreement[] PartyTo(string organisation) => ByParty.TryGetValue(organisation, out var agreements) ? agreements : [];

    private FrozenDictionary<string, CompiledAgreement[]> ByParty => field ??= _agreements.Values
        .SelectMany(agreement => agreement.Parties.Keys.Select(party => (Party: party, Agreement: agreement)))
        .GroupBy(entry => entry.Party, StringComparer.Ordinal)
        .ToFrozenDictionary(group => group.Key, group => group.Select(entry => entry.Agreement).OrderBy(agreement => agreement.Terms.AgreementId).ToArray(), StringComparer.Ordinal);

    internal bool TryGetConsent(Guid consentId, out OnwardSharingConsent consent) => _consents.TryGetValue(consentId, out consent!);

    private DateTimeOffset Later(DateTimeOffset currentAsOf) => currentAsOf > CurrentAsOf ? currentAsOf : CurrentAsOf;
}
