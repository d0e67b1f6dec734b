using BenchmarkDotNet.Attributes;
using Concord.LegalBasis.Decisions;

namespace Concord.Benchmarks.LegalBasis;

/// <summary>
/// One decision of <see cref="DecisionPoint.Decide"/> against a replica of 1,000 active agreements and 200 consents.
/// The target (from the issue): p99 at most 5 µs per decision, and nothing allocated on the permit path. The P95/P99
/// columns here are over iteration means; <see cref="PerCallLatency"/> gives the percentiles of single decisions.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet derives its generated runner from the benchmark class.</remarks>
[MemoryDiagnoser]
[Config(typeof(PercentileConfig))]
public class DecisionPointBenchmarks
{
    private static readonly TimeSpan MaxStaleness = DecisionScenarios.MaxStaleness;

    private AgreementReplica _replica = AgreementReplica.Empty;
    private AccessRequest _permit;
    private AccessRequest _permitOnwardWithConsent;
    private AccessRequest _denyPurposeNotCovered;
    private AccessRequest _denyUnknownAgreement;

    /// <summary>Throws (failing the benchmark) when a request does not get the outcome its benchmark is named for.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var scenarios = DecisionScenarios.Create();
        _replica = scenarios.Replica;

        // Note: copied into fields so each benchmark passes its request by reference, as a caller holding one would.
        _permit = scenarios.Permit.Request;
        _permitOnwardWithConsent = scenarios.PermitOnwardWithConsent.Request;
        _denyPurposeNotCovered = scenarios.DenyPurposeNotCovered.Request;
        _denyUnknownAgreement = scenarios.DenyUnknownAgreement.Request;
    }

    [Benchmark]
    public Decision Permit() => DecisionPoint.Decide(_replica, MaxStaleness, in _permit);

    [Benchmark]
    public Decision PermitOnwardWithConsent() => DecisionPoint.Decide(_replica, MaxStaleness, in _permitOnwardWithConsent);

    [Benchmark]
    public Decision DenyPurposeNotCovered() => DecisionPoint.Decide(_replica, MaxStaleness, in _denyPurposeNotCovered);

    [Benchmark]
    public Decision DenyUnknownAgreement() => DecisionPoint.Decide(_replica, MaxStaleness, in _denyUnknownAgreement);
}
