#!/usr/bin/env bash
# The screening benchmark: builds benchmarks/Concord.Benchmarks.Screening in Release and runs it. In process only (no
# database, no broker): 100 published typologies of two to four rule indicators each, compiled once as the FIU's cache
# does, screen a stream of synthetic reports (1–10 subjects, 1–200 transactions) with the FIU's intake code
# (ScreeningSet.Screen). It prints reports/s, p50/p99/max per report (all typologies; goal p99 ≤ 1 ms), the same for the
# largest reports, the throughput on every core, and the bytes allocated per report. Not a test: it prints figures.
#   deploy/local/bench-screening.sh
# Tune with CONCORD_BENCH_TYPOLOGIES, CONCORD_BENCH_REPORTS, CONCORD_BENCH_DISTINCT, CONCORD_BENCH_WARMUP, CONCORD_BENCH_SEED.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

dotnet build benchmarks/Concord.Benchmarks.Screening -c Release
dotnet benchmarks/Concord.Benchmarks.Screening/bin/Release/net10.0/Concord.Benchmarks.Screening.dll
