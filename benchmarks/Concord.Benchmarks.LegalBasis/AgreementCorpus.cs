using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;

namespace Concord.Benchmarks.LegalBasis;

/// <summary>
/// A deterministic set of active agreements and onward-sharing consents shaped like a partnership's: statutory,
/// partnership and bilateral agreements among banks, FIUs, law enforcement, prosecutors and supervisors. The same seed
/// gives the same corpus, so every run measures the same replica.
/// </summary>
internal sealed class AgreementCorpus
{
    private static readonly string[] Countries = ["GB", "US", "NL", "DE", "FR", "IE", "ES", "IT", "BE", "SE", "CA", "AU"];

    private static readonly string[] Gateways =
    [
        "GB-POCA-330", "GB-POCA-339ZB", "GB-CTA-21A", "GB-ECCTA-188", "US-BSA-5318G", "US-PATRIOT-314A",
        "US-PATRIOT-314B", "EU-AMLR-75", "EU-AMLD-53", "NL-WWFT-16", "DE-GWG-43", "FR-CMF-L561-15",
    ];

    private static readonly int[] RetentionChoices = [180, 365, 730, 1825, 2555];

    private static readonly int[] ShortRetentionChoices = [30, 90, 180];

    private readonly Random _random;
    private readonly AgreementParty[] _organisations;

    private AgreementCorpus(int seed, DateTimeOffset currentAsOf)
    {
        _random = new Random(seed);
        CurrentAsOf = currentAsOf;
        _organisations =
        [
            .. Organisations(OrganisationKind.Bank, "BANK", 240),
            .. Organisations(OrganisationKind.Fiu, "FIU", 12),
            .. Organisations(OrganisationKind.LawEnforcement, "LE", 30),
            .. Organisations(OrganisationKind.Prosecutor, "PROS", 12),
            .. Organisations(OrganisationKind.Oversight, "SUP", 6),
        ];
    }

    public DateTimeOffset CurrentAsOf { get; }

    public IReadOnlyList<AgreementTerms> Agreements { get; private set; } = [];

    public IReadOnlyList<OnwardSharingConsent> Consents { get; private set; } = [];

    public static AgreementCorpus Create(int agreements, int consents, int seed, DateTimeOffset currentAsOf)
    {
        var corpus = new AgreementCorpus(seed, currentAsOf);
        corpus.Agreements = [.. Enumerable.Range(0, agreements).Select(corpus.Agreement)];
        corpus.Consents = [.. Enumerable.Range(0, consents).Select(_ => corpus.Consent())];
        return corpus;
    }

    /// <summary>A GUID the corpus did not give to any agreement or consent: drawn from the same seeded generator.</summary>
    public Guid UnusedId()
    {
        Guid id;
        do
        {
            id = NewId();
        }
        while (Agreements.Any(terms => terms.AgreementId == id) || Consents.Any(consent => consent.ConsentId == id));

        return id;
    }

    /// <summary>The first exchange, from agreement <paramref name="startAt"/> on, that <paramref name="accept"/> takes; null when none does.</summary>
    public Exchange? Find(int startAt, Func<Exchange, bool> accept)
    {
        for (var i = 0; i < Agreements.Count; i++)
        {
            var terms = Agreements[(startAt + i) % Agreements.Count];
            foreach (var flow in terms.Flows)
            {
                foreach (var sender in terms.Parties.Where(party => Matches(flow.From, party)))
                {
                    foreach (var recipient in terms.Parties.Where(party => party != sender && Matches(flow.To, party)))
                    {
                        var exchange = new Exchange(terms, flow, sender.OrganisationId, recipient.OrganisationId);
                        if (accept(exchange))
                        {
                            return exchange;
                        }
                    }
                }
            }
        }

        return null;
    }

    public static bool Matches(FlowParty end, AgreementParty party) =>
        end.OrganisationId is { } organisation ? organisation == party.OrganisationId : end.Kind == party.Kind;

    private AgreementTerms Agreement(int index)
    {
        var kind = _random.Next(10) switch
        {
            < 2 => AgreementKind.Statutory,
            < 7 => AgreementKind.Partnership,
            _ => AgreementKind.Bilateral,
        };
        var parties = Parties(kind);
        var country = Countries[_random.Next(Countries.Length)];
        return new AgreementTerms
        {
            AgreementId = NewId(),
            Version = _random.Next(1, 7),
            Code = $"AGR-{country}-{kind.ToString().ToUpperInvariant()}-{index:D4}",
            Title = $"{kind} data-sharing agreement {index:D4} ({country})",
            Kind = kind,
            Status = AgreementStatus.Active,
            Parties = parties,
            LegalGateways = Pick(Gateways, _random.Next(1, 4)),
            ValidFrom = CurrentAsOf.AddDays(-_random.Next(30, 1500)),
            ValidUntil = CurrentAsOf.AddDays(_random.Next(30, 1800)),
            Flows = [.. Enumerable.Range(0, _random.Next(2, 9)).Select(_ => Flow(parties))],
        };
    }

    /// <summary>Statutory: an FIU and the banks that report to it; partnership: an FIU, law enforcement and banks; bilateral: two of any kind.</summary>
    private AgreementParty[] Parties(AgreementKind kind)
    {
        var fiu = Of(OrganisationKind.Fiu);
        return kind switch
        {
            AgreementKind.Statutory => [.. Distinct([fiu, .. Enumerable.Range(0, _random.Next(1, 6)).Select(_ => Of(OrganisationKind.Bank))])],
            AgreementKind.Partnership => [.. Distinct([fiu, Of(OrganisationKind.LawEnforcement), .. Enumerable.Range(0, _random.Next(1, 11)).Select(_ => _organisations[_random.Next(_organisations.Length)])]).Take(12)],
            _ => [fiu, OtherThan(fiu)],
        };
    }

    /// <summary>
    /// A flow between two distinct parties; each end names the organisation or, half the time, only its kind, so a
    /// flow always has at least one pair of parties it runs between.
    /// </summary>
    private AgreementFlow Flow(AgreementParty[] parties)
    {
        var from = _random.Next(parties.Length);
        var to = (from + _random.Next(1, parties.Length)) % parties.Length;
        var categories = Pick(Enum.GetValues<DataCategory>(), _random.Next(1, 6));
        return new AgreementFlow
        {
            From = End(parties[from]),
            To = End(parties[to]),
            Purposes = Pick(Enum.GetValues<Purpose>(), _random.Next(1, 5)),
            Categories = categories,
            MaxMarking = _random.Next(10) switch
            {
                < 2 => Tlp.Green,
                < 6 => Tlp.Amber,
                < 9 => Tlp.AmberStrict,
                _ => Tlp.Red,
            },
            OnwardSharing = (OnwardSharingRule)_random.Next(3),
            RetentionDays = RetentionChoices[_random.Next(RetentionChoices.Length)],
            Retention = _random.Next(10) < 3
                ? [.. Pick(categories, Math.Min(categories.Length, _random.Next(1, 3))).Select(category => new CategoryRetention { Category = category, Days = ShortRetentionChoices[_random.Next(ShortRetentionChoices.Length)] })]
                : [],
        };
    }

    private FlowParty End(AgreementParty party) =>
        _random.Next(2) == 0 ? new FlowParty { OrganisationId = party.OrganisationId } : new FlowParty { Kind = party.Kind };

    /// <summary>A consent for one recipient of some agreement's flow, from an originator other than the flow's sender; some expired or withdrawn.</summary>
    private OnwardSharingConsent Consent()
    {
        var terms = Agreements[_random.Next(Agreements.Count)];
        var flow = terms.Flows[_random.Next(terms.Flows.Count)];
        var recipients = terms.Parties.Where(party => Matches(flow.To, party)).ToArray();
        var recipient = recipients[_random.Next(recipients.Length)];
        var originator = OtherThan(recipient);
        var grantedAt = CurrentAsOf.AddDays(-_random.Next(1, 400));
        return new OnwardSharingConsent
        {
            ConsentId = NewId(),
            Originator = originator.OrganisationId,
            Recipient = recipient.OrganisationId,
            Purpose = flow.Purposes[_random.Next(flow.Purposes.Count)],
            GrantedAt = grantedAt,
            ExpiresAt = grantedAt.AddDays(_random.Next(90, 730)),
            RevokedAt = _random.Next(10) == 0 ? grantedAt.AddDays(_random.Next(1, 30)) : null,
        };
    }

    private AgreementParty Of(OrganisationKind kind)
    {
        var ofKind = _organisations.Where(organisation => organisation.Kind == kind).ToArray();
        return ofKind[_random.Next(ofKind.Length)];
    }

    private AgreementParty OtherThan(AgreementParty party)
    {
        AgreementParty other;
        do
        {
            other = _organisations[_random.Next(_organisations.Length)];
        }
        while (other == party);

        return other;
    }

    private IEnumerable<AgreementParty> Organisations(OrganisationKind kind, string code, int count) =>
        Enumerable.Range(1, count).Select(n => new AgreementParty
        {
            OrganisationId = $"{Countries[_random.Next(Countries.Length)]}-{code}-{n:D3}",
            Kind = kind,
        });

    private static IEnumerable<AgreementParty> Distinct(IEnumerable<AgreementParty> parties) =>
        parties.DistinctBy(party => party.OrganisationId);

    private T[] Pick<T>(IReadOnlyList<T> from, int count)
    {
        var shuffled = from.ToArray();
        _random.Shuffle(shuffled);
        return shuffled[..count];
    }

    private Guid NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
