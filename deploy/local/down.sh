#!/usr/bin/env bash
# Stops the services deploy/local/up.sh started (by the process ids in .local/pids/).
#   deploy/local/down.sh          stop the services
#   deploy/local/down.sh --all    also stop PostgreSQL and RabbitMQ (deploy/local/infra.sh down)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PIDS="$ROOT/.local/pids"
STOP_TIMEOUT="${CONCORD_STOP_TIMEOUT:-20}"

ALL=0
case "${1:-}" in
  "") ;;
  --all) ALL=1 ;;
  *) echo "usage: $0 [--all]" >&2; exit 2 ;;
esac

log() { printf '[down] %s\n' "$*" >&2; }

# Note: only a process whose command line still names the service's assembly is ours; a process id
# left in a file from before a reboot may belong to something else by now.
is_ours() {
  local pid="$1" project="$2"
  [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "Concord\.$project\.dll"
}

stop() {
  local name="$1" project="$2" file="$PIDS/$1.pid" pid deadline
  [ -f "$file" ] || return 0
  pid="$(cat "$file")"
  if [ -n "$pid" ] && is_ours "$pid" "$project"; then
    kill -TERM "$pid" 2>/dev/null || true
    deadline=$((SECONDS + STOP_TIMEOUT))
    while is_ours "$pid" "$project" && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.2; done
    if is_ours "$pid" "$project"; then
      log "$name (pid $pid) did not stop within ${STOP_TIMEOUT}s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    log "stopped $name (pid $pid)"
  fi
  rm -f "$file"
}

stop cases Cases
stop typology Typology
stop fiu Fiu
stop bank-gateway BankGateway
stop agreements Agreements
stop identity Identity

if [ "$ALL" -eq 1 ]; then
  "$ROOT/deploy/local/infra.sh" down
fi
