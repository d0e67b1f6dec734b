#!/usr/bin/env bash
# The decision point micro-benchmark: builds benchmarks/Concord.Benchmarks.LegalBasis in Release and measures
# DecisionPoint.Decide against a replica of 1,000 active agreements, in two runs. The target: p99 at most 5 µs per
# decision, nothing allocated on a permit.
#   1. Per call (--per-call): times each of 1,000,000 single decisions per request and prints a markdown table of p50,
#      p99, p99.9 and max in ns, with bytes allocated per call and the timer's own overhead. This is the p99 the target
#      is about.
#   2. BenchmarkDotNet: every benchmark, with mean, P95, P99 and bytes allocated. Its P95/P99 are over iteration means,
#      not single decisions, so they understate the tail; kept for the mean, the error bars and the memory diagnoser.
#      Its artefacts (reports, logs) go to .local/benchmarks/legalbasis.
#   3. Audit chain (--audit): durable appends in committed batches of 500 by one writer and by four at once, then
#      verification of a chain of 1,000,000 entries, on the local PostgreSQL (started by deploy/local/infra.sh) in a
#      database of its own that is dropped afterwards. Targets: ≥ 10,000 entries/s appended; verification ≤ 2 s.
# Any run fails the script when a request no longer gets its expected outcome or the chain does not verify.
#   deploy/local/bench-legalbasis.sh [BenchmarkDotNet arguments, e.g. --job short or --filter '*Permit*']
# The arguments go to the BenchmarkDotNet run only; the per-call run always measures all four requests.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

# Every benchmark unless the caller picks some.
filter=(--filter '*')
for arg in "$@"; do
  if [[ "$arg" == "--filter" || "$arg" == "-f" ]]; then
    filter=()
  fi
done

dll=benchmarks/Concord.Benchmarks.LegalBasis/bin/Release/net10.0/Concord.Benchmarks.LegalBasis.dll

dotnet build benchmarks/Concord.Benchmarks.LegalBasis -c Release
dotnet "$dll" --per-call
deploy/local/infra.sh up
dotnet "$dll" --audit
dotnet "$dll" "${filter[@]}" --artifacts .local/benchmarks/legalbasis "$@"
