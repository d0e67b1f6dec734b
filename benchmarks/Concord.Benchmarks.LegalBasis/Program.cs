using BenchmarkDotNet.Running;
using Concord.Benchmarks.LegalBasis;

// deploy/local/bench-legalbasis.sh runs every mode. `--per-call` times single decisions (the p99 the target is about)
// and takes no other arguments; `--audit` measures the audit chain on PostgreSQL (CONCORD_BENCH_POSTGRES); otherwise BenchmarkDotNet's own arguments (--filter, --job short, --artifacts) pass
// through. Either mode exits non-zero when it fails (e.g. a request that no longer gets its expected outcome).
if (args is ["--per-call", .. var rest])
{
    if (rest.Length > 0)
    {
        Console.Error.WriteLine("--per-call takes no other arguments.");
        return 2;
    }

    return PerCallLatency.Run();
}

if (args is ["--audit"])
{
    return await AuditChainBenchmark.RunAsync();
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
