using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Concord.LegalBasis.Decisions;

namespace Concord.Benchmarks.LegalBasis;

/// <summary>
/// The latency of single decisions, which the target (p99 at most 5 µs per decision) is about: BenchmarkDotNet's
/// percentiles are over iteration means, so one slow decision in a thousand never shows in them. Each call is timed on
/// its own with <see cref="Stopwatch.GetTimestamp"/>, into an array allocated beforehand, so the timed loop allocates
/// only what the decision point does.
/// </summary>
internal static class PerCallLatency
{
    private const int TimedCalls = 1_000_000;
    private const int WarmUpCalls = 200_000;
    private const int WarmUpCallsPerRound = 1_000;

    // Note: a count alone is not enough: 200,000 decisions take tens of milliseconds, less than the runtime waits (100 ms
    // without new tier-0 code) before it even counts calls towards tier 1. A second of calls, then more until the JIT
    // has been quiet for a while (see WarmUp), so no timed call runs the decision point's tier-0 code.
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan JitQuietPeriod = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan JitSettleDeadline = TimeSpan.FromSeconds(10);

    /// <summary>Prints the figures as a markdown table; 1 when a request does not get its expected outcome on every call.</summary>
    public static int Run()
    {
        DecisionScenarios scenarios;
        try
        {
            scenarios = DecisionScenarios.Create();
        }
        catch (InvalidOperationException failure)
        {
            Console.Error.WriteLine(failure.Message);
            return 1;
        }

        var samples = new long[TimedCalls];
        var overhead = TimerOverhead(samples);
        var failures = new List<string>();
        var rows = new List<string>();
        foreach (var decisionCase in scenarios.All)
        {
            rows.Add(Measure(scenarios.Replica, decisionCase, samples, failures));
        }

        Console.WriteLine(Invariant($"Per-call latency of DecisionPoint.Decide: {DecisionScenarios.AgreementCount:N0} active agreements, {DecisionScenarios.ConsentCount:N0} consents; at least {WarmUpCalls:N0} warm-up calls over at least {WarmUpTime.TotalSeconds:0.#} s, then {TimedCalls:N0} calls each timed on its own."));
        Console.WriteLine(Invariant($"Runtime: {RuntimeInformation.FrameworkDescription}; processors: {Environment.ProcessorCount}; Stopwatch frequency: {Stopwatch.Frequency:N0} Hz."));
        Console.WriteLine(Invariant($"Timer overhead (median of back-to-back Stopwatch.GetTimestamp pairs): {Nanoseconds(overhead)} ns, included in every figure below; subtract it for the decision alone."));
        Console.WriteLine();
        Console.WriteLine("| decision | calls | p50 ns | p99 ns | p99.9 ns | max ns | allocated bytes per call |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        rows.ForEach(Console.WriteLine);

        foreach (var failure in failures)
        {
            Console.Error.WriteLine(failure);
        }

        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>One row of the table; adds to <paramref name="failures"/> when a call did not get the expected outcome.</summary>
    private static string Measure(AgreementReplica replica, DecisionCase decisionCase, long[] samples, List<string> failures)
    {
        var request = decisionCase.Request;
        WarmUp(() => Time(replica, in request, samples, WarmUpCallsPerRound));

        // Note: the set-up's garbage collected now, so a collection of it does not land in the timed loop.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var permitted = Time(replica, in request, samples, samples.Length);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        // Note: the count of permits both checks every call's outcome and keeps the decisions from being optimised away.
        var expected = decisionCase.Expected == DenyReasons.None ? samples.Length : 0;
        if (permitted != expected)
        {
            failures.Add(Invariant($"{decisionCase.Name}: expected {expected:N0} permits in {samples.Length:N0} calls, got {permitted:N0}."));
        }

        Array.Sort(samples);
        return Invariant($"| {decisionCase.Name} | {samples.Length:N0} | {Nanoseconds(Percentile(samples, 500))} | {Nanoseconds(Percentile(samples, 990))} | {Nanoseconds(Percentile(samples, 999))} | {Nanoseconds(samples[^1])} | {(double)allocated / samples.Length:0.###} |");
    }

    private static void WarmUp(Action round)
    {
        var elapsed = Stopwatch.StartNew();
        for (var calls = 0; calls < WarmUpCalls || elapsed.Elapsed < WarmUpTime; calls += WarmUpCallsPerRound)
        {
            round();
        }

        // Note: tiered compilation installs optimised code in the background. Keep calling until the JIT has compiled
        // nothing new for a while, so the timed calls run the final code; give up at a deadline rather than wait forever.
        var deadline = Stopwatch.GetTimestamp() + (JitSettleDeadline.Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond);
        var compiled = JitInfo.GetCompiledMethodCount();
        var quiet = Stopwatch.StartNew();
        while (quiet.Elapsed < JitQuietPeriod && Stopwatch.GetTimestamp() < deadline)
        {
            round();
            var now = JitInfo.GetCompiledMethodCount();
            if (now != compiled)
            {
                compiled = now;
                quiet.Restart();
            }
        }
    }

    /// <summary>Times <paramref name="count"/> decisions, one by one, into <paramref name="samples"/>; returns how many permitted.</summary>
    /// <remarks>
    /// Optimised from its first call: run once, a timing loop would start in tier-0 code and only move to optimised
    /// code part-way, skewing the first samples. The decision point itself is too large to inline, so it still tiers up
    /// (with profile-guided optimisation) as it would in a service.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Time(AgreementReplica replica, in AccessRequest request, long[] samples, int count)
    {
        var maxStaleness = DecisionScenarios.MaxStaleness;
        var permitted = 0;
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var decision = DecisionPoint.Decide(replica, maxStaleness, in request);
            var end = Stopwatch.GetTimestamp();
            samples[i] = end - start;
            permitted += decision.IsPermitted ? 1 : 0;
        }

        return permitted;
    }

    /// <summary>The median ticks between two back-to-back timestamps: what every sample carries besides the decision.</summary>
    private static long TimerOverhead(long[] samples)
    {
        WarmUp(() => TimestampPairs(samples, WarmUpCallsPerRound));
        TimestampPairs(samples, samples.Length);
        Array.Sort(samples);
        return Percentile(samples, 500);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void TimestampPairs(long[] samples, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var end = Stopwatch.GetTimestamp();
            samples[i] = end - start;
        }
    }

    /// <summary>The nearest-rank percentile of sorted samples, in thousandths (990 is p99).</summary>
    private static long Percentile(long[] sorted, int perMille) => sorted[(int)(((long)sorted.Length * perMille + 999) / 1000) - 1];

    private static string Nanoseconds(long ticks) =>
        (ticks * 1e9 / Stopwatch.Frequency).ToString("#,0.#", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
