#!/usr/bin/env bash
# The filing benchmark: brings the network up (deploy/local/up.sh, without the demo), then files 10,000
# reports through the gateway and prints throughput and latency to the FIU's decision, beside a bare
# MassTransit loop of the same message on the same broker. Not a test: it prints figures.
#   deploy/local/bench.sh [--no-build]
# Tune with CONCORD_BENCH_REPORTS, CONCORD_BENCH_WARMUP (reports per warm-up round), CONCORD_BENCH_WARMUP_ROUNDS, CONCORD_BENCH_BATCH, CONCORD_BENCH_CONCURRENCY, CONCORD_BENCH_PACED_RATE.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

# up.sh builds the whole solution, the benchmark included.
deploy/local/up.sh --no-demo "$@"
dotnet benchmarks/Concord.Benchmarks.Filing/bin/Release/net10.0/Concord.Benchmarks.Filing.dll
