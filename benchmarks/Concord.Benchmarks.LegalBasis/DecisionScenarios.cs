using Concord.Contracts.Agreements;
using Concord.Contracts.Sharing;
using Concord.LegalBasis.Decisions;

namespace Concord.Benchmarks.LegalBasis;

/// <summary>
/// The replica of 1,000 active agreements and 200 consents, and the four requests measured against it, each checked
/// for the outcome it is named for. Built in one place so BenchmarkDotNet and the per-call mode time the same decisions.
/// </summary>
internal sealed class DecisionScenarios
{
    public const int AgreementCount = 1_000;
    public const int ConsentCount = 200;
    private const int Seed = 20_260_302;

    private static readonly DateTimeOffset CurrentAsOf = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private DecisionScenarios(AgreementReplica replica, DecisionCase permit, DecisionCase permitOnwardWithConsent, DecisionCase denyPurposeNotCovered, DecisionCase denyUnknownAgreement)
    {
        Replica = replica;
        Permit = permit;
        PermitOnwardWithConsent = permitOnwardWithConsent;
        DenyPurposeNotCovered = denyPurposeNotCovered;
        DenyUnknownAgreement = denyUnknownAgreement;
    }

    public static TimeSpan MaxStaleness { get; } = TimeSpan.FromMinutes(5);

    public AgreementReplica Replica { get; }

    public DecisionCase Permit { get; }

    public DecisionCase PermitOnwardWithConsent { get; }

    public DecisionCase DenyPurposeNotCovered { get; }

    public DecisionCase DenyUnknownAgreement { get; }

    public IReadOnlyList<DecisionCase> All => [Permit, PermitOnwardWithConsent, DenyPurposeNotCovered, DenyUnknownAgreement];

    /// <summary>Builds the corpus from its seed; throws <see cref="InvalidOperationException"/> when a request misses its outcome.</summary>
    public static DecisionScenarios Create()
    {
        var corpus = AgreementCorpus.Create(AgreementCount, ConsentCount, Seed, CurrentAsOf);
        var replica = new AgreementReplica(corpus.Agreements, corpus.Consents, corpus.CurrentAsOf);
        var at = corpus.CurrentAsOf.AddSeconds(30);

        // From the middle of the set, an agreement with many flows, and its last one: the scan reads the flows before it.
        var permitted = corpus.Find(AgreementCount / 2, exchange => exchange.Terms.Flows.Count >= 6 && exchange.Flow == exchange.Terms.Flows[^1])
            ?? throw new InvalidOperationException($"{nameof(DecisionPointBenchmarks.Permit)}: no agreement with six flows or more.");
        var permit = Request(permitted, at, permitted.Flow.Purposes[^1], permitted.Sender);

        var (consent, onward) = ConsentedExchange(corpus, at);
        var permitOnward = Request(onward, at, consent.Purpose, consent.Originator) with
        {
            OnwardSharing = OnwardSharingRule.WithOriginatorConsent,
            ConsentId = consent.ConsentId,
        };

        // The permitted exchange, for a purpose none of the flows between the two covers.
        var uncovered = Enum.GetValues<Purpose>().First(purpose => !permitted.Terms.Flows.Any(flow =>
            flow.Purposes.Contains(purpose) && Runs(flow, permitted.Terms, permitted.Sender, permitted.Recipient)));

        return new DecisionScenarios(
            replica,
            Expect(replica, new(nameof(DecisionPointBenchmarks.Permit), permit, DenyReasons.None)),
            Expect(replica, new(nameof(DecisionPointBenchmarks.PermitOnwardWithConsent), permitOnward, DenyReasons.None)),
            Expect(replica, new(nameof(DecisionPointBenchmarks.DenyPurposeNotCovered), permit with { Purpose = uncovered }, DenyReasons.PurposeNotCovered)),
            Expect(replica, new(nameof(DecisionPointBenchmarks.DenyUnknownAgreement), permit with { AgreementId = corpus.UnusedId() }, DenyReasons.NoAgreement)));
    }

    /// <summary>A consent in force, and a flow to its recipient for its purpose from a sender other than its originator.</summary>
    private static (OnwardSharingConsent Consent, Exchange Exchange) ConsentedExchange(AgreementCorpus corpus, DateTimeOffset at)
    {
        foreach (var consent in corpus.Consents.Where(consent => at >= consent.GrantedAt && at < consent.ExpiresAt && consent.RevokedAt is null))
        {
            var exchange = corpus.Find(AgreementCount / 2, exchange =>
                exchange.Recipient == consent.Recipient && exchange.Sender != consent.Originator && exchange.Flow.Purposes.Contains(consent.Purpose));
            if (exchange is { } found)
            {
                return (consent, found);
            }
        }

        throw new InvalidOperationException($"{nameof(DecisionPointBenchmarks.PermitOnwardWithConsent)}: no consent in force with a flow to its recipient.");
    }

    private static bool Runs(AgreementFlow flow, AgreementTerms terms, string sender, string recipient) =>
        terms.Parties.Any(party => party.OrganisationId == sender && AgreementCorpus.Matches(flow.From, party))
        && terms.Parties.Any(party => party.OrganisationId == recipient && AgreementCorpus.Matches(flow.To, party));

    /// <summary>A share by the exchange's sender under its agreement's first gateway, of every category the flow allows.</summary>
    private static AccessRequest Request(Exchange exchange, DateTimeOffset at, Purpose purpose, string originator) => new()
    {
        Actor = exchange.Sender,
        Action = AccessAction.Share,
        Sender = exchange.Sender,
        Recipient = exchange.Recipient,
        Originator = originator,
        AgreementId = exchange.Terms.AgreementId,
        LegalGateway = exchange.Terms.LegalGateways[0],
        Purpose = purpose,
        Categories = exchange.Flow.Categories.ToSet(),
        Marking = exchange.Flow.MaxMarking < Tlp.Amber ? exchange.Flow.MaxMarking : Tlp.Amber,
        OnwardSharing = OnwardSharingRule.WithinAgreement,
        At = at,
    };

    /// <summary>Fails the run when a request does not get the outcome it is named for, rather than measure another path.</summary>
    private static DecisionCase Expect(AgreementReplica replica, DecisionCase decisionCase)
    {
        var decision = DecisionPoint.Decide(replica, MaxStaleness, decisionCase.Request);
        if (decision.Reasons != decisionCase.Expected)
        {
            throw new InvalidOperationException($"{decisionCase.Name}: expected {(decisionCase.Expected == DenyReasons.None ? "a permit" : decisionCase.Expected)}, got {(decision.IsPermitted ? "a permit" : decision.Reasons)}.");
        }

        return decisionCase;
    }
}
