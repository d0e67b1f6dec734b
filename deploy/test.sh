#!/usr/bin/env bash
# Runs every test of the solution against a real PostgreSQL and RabbitMQ started as local processes:
# infra up, restore, Release build (warnings are errors), one `dotnet test` run for the whole solution,
# then a summary from the TRX result files. The last line of the output is always "N passed, M failed".
#   deploy/test.sh
# Exits non-zero if the infrastructure, the restore or the build failed, if `dotnet test` failed, if a
# test failed, or if no test ran at all.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The end-to-end tests start the services from this configuration's build output.
export CONCORD_BUILD_CONFIGURATION=Release
RESULTS="$ROOT/.local/test-results"

log() { printf '[test] %s\n' "$*" >&2; }

summary() { printf '%s passed, %s failed\n' "$1" "$2"; }

# Stops before any test ran: says why, then the summary line.
abort() { log "$*"; summary 0 0; exit 1; }

deploy/local/infra.sh up </dev/null || abort "PostgreSQL/RabbitMQ did not start (deploy/local/infra.sh up)"
dotnet restore Concord.slnx </dev/null || abort "dotnet restore failed"
dotnet build Concord.slnx -c Release --no-restore </dev/null || abort "the build failed"

rm -rf "$RESULTS"
mkdir -p "$RESULTS"
# Note: LogFilePrefix, not LogFileName: with a fixed name every test assembly of the solution writes the
# same file and only the last one's results survive; a prefix gives each assembly its own file.
# The hang timeout ends a test host whose test has run for 10 minutes, so CI never waits forever.
dotnet test Concord.slnx -c Release --no-build \
  --logger "trx;LogFilePrefix=concord" \
  --results-directory "$RESULTS" --blame-hang-timeout 10m --blame-hang-dump-type none </dev/null
test_status=$?

# attr NAME: the value of attribute NAME in the element on stdin (0 when absent).
attr() { sed -n "s/.*[[:space:]]$1=\"\([0-9]*\)\".*/\1/p" | head -n 1 | grep . || echo 0; }

passed=0 failed=0 total=0 files=0 failed_names=()
while IFS= read -r -d '' trx; do
  files=$((files + 1))
  counters="$(tr -d '\r\n' <"$trx" | grep -o '<Counters [^>]*>' | head -n 1)"
  if [ -z "$counters" ]; then
    log "no <Counters> in $trx; counting it as one failure"
    failed=$((failed + 1))
    continue
  fi
  total=$((total + $(attr total <<<"$counters")))
  passed=$((passed + $(attr passed <<<"$counters")))
  for outcome in failed error timeout aborted; do
    failed=$((failed + $(attr "$outcome" <<<"$counters")))
  done
  while IFS= read -r name; do
    failed_names+=("$name")
  done < <(tr -d '\r\n' <"$trx" | grep -o '<UnitTestResult [^>]*>' |
    grep -E 'outcome="(Failed|Error|Timeout|Aborted)"' |
    sed -n 's/.*[[:space:]]testName="\([^"]*\)".*/\1/p' |
    sed -e 's/&quot;/"/g' -e "s/&apos;/'/g" -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&amp;/\&/g')
done < <(find "$RESULTS" -name '*.trx' -type f -print0)

# Every test project should leave a result file; one that crashed before writing it would hide its tests.
expected_files="$(grep -c 'Path="tests/[^"]*\.Tests\.csproj"' Concord.slnx || true)"

status=0
if [ "${#failed_names[@]}" -gt 0 ]; then
  printf '\nFailed tests:\n'
  printf '  %s\n' "${failed_names[@]}"
fi
if [ "$test_status" -ne 0 ]; then
  log "dotnet test failed (exit code $test_status)"
  status=1
fi
if [ "$files" -lt "${expected_files:-0}" ]; then
  log "only $files TRX result files for $expected_files test projects in Concord.slnx"
  status=1
fi
if [ "$total" -eq 0 ]; then
  log "no test ran"
  status=1
fi
[ "$failed" -gt 0 ] && status=1
log "$files result files in ${RESULTS#"$ROOT"/}, $total tests"
summary "$passed" "$failed"
exit "$status"
