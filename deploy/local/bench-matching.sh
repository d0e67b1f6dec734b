#!/usr/bin/env bash
# The matching benchmark: builds benchmarks/Concord.Benchmarks.Matching in Release and runs it against the local
# PostgreSQL (started by deploy/local/infra.sh), in a database of its own that is dropped afterwards. It loads an index
# of 1,000,000 synthetic subjects with COPY, then prints: p50/p99/max of matching one new report (the intake's code path,
# SubjectIndex.IndexAsync, in a transaction; goal p99 ≤ 2 ms), the throughput of a 10,000-report burst in intake batches,
# and memory (the process's working set and GC heap, the index's size in PostgreSQL). Not a test: it prints figures.
#   deploy/local/bench-matching.sh
# Tune with CONCORD_BENCH_SUBJECTS, CONCORD_BENCH_SINGLE, CONCORD_BENCH_WARMUP, CONCORD_BENCH_BURST, CONCORD_BENCH_BATCH,
# CONCORD_BENCH_CONCURRENCY, CONCORD_BENCH_POSTGRES (server connection string), CONCORD_BENCH_KEEP=1 (keep the database).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

dotnet build benchmarks/Concord.Benchmarks.Matching -c Release
deploy/local/infra.sh up
dotnet benchmarks/Concord.Benchmarks.Matching/bin/Release/net10.0/Concord.Benchmarks.Matching.dll
