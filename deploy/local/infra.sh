#!/usr/bin/env bash
# Starts PostgreSQL and RabbitMQ as local processes on 127.0.0.1 (installing RabbitMQ if missing),
# and creates the Concord database role. Idempotent: running it again on a started machine is a no-op.
#   deploy/local/infra.sh up     start both and wait until they answer
#   deploy/local/infra.sh down   stop both
set -euo pipefail

PG_VERSION="${PG_VERSION:-15}"
PG_CLUSTER="${PG_CLUSTER:-main}"
PG_PORT="${PG_PORT:-5432}"
CONCORD_DB_USER="${CONCORD_DB_USER:-concord}"
CONCORD_DB_PASSWORD="${CONCORD_DB_PASSWORD:-concord}"
PG_TUNING="-c shared_buffers=256MB -c max_wal_size=4GB -c wal_compression=lz4"
# Note: a fixed node name, so rabbitmqctl finds the node whatever the machine's host name is.
export RABBITMQ_NODENAME="${RABBITMQ_NODENAME:-rabbit@localhost}"
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1

log() { printf '[infra] %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo --preserve-env=RABBITMQ_NODENAME "$@"; fi
}

wait_for() {
  local what="$1" deadline=$((SECONDS + ${3:-90}))
  until eval "$2" >/dev/null 2>&1; do
    if [ "$SECONDS" -ge "$deadline" ]; then log "$what did not come up in time"; return 1; fi
    sleep 1
  done
}

install_packages() {
  local missing=()
  command -v rabbitmq-server >/dev/null 2>&1 || [ -x /usr/sbin/rabbitmq-server ] || missing+=(rabbitmq-server)
  command -v pg_ctlcluster >/dev/null 2>&1 || missing+=("postgresql-$PG_VERSION")
  if [ "${#missing[@]}" -gt 0 ]; then
    log "installing ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

start_postgres() {
  if ! pg_lsclusters -h 2>/dev/null | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c' | grep -q .; then
    log "creating PostgreSQL cluster $PG_VERSION/$PG_CLUSTER"
    as_root pg_createcluster "$PG_VERSION" "$PG_CLUSTER" -p "$PG_PORT" >/dev/null
  fi
  if ! pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c {print $4}' | grep -q online; then
    log "starting PostgreSQL $PG_VERSION/$PG_CLUSTER"
    # Note: more connections than the default 100: every service keeps a pool, and tests run several hosts.
    # Filing writes every report several times (gateway, outbox, FIU): more WAL between checkpoints and compressed
    # full-page images keep checkpoints from dominating the write load. Same settings as docker-compose.yml.
    as_root pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start -o "-c max_connections=400 -c listen_addresses=127.0.0.1 $PG_TUNING"
  fi
  wait_for "PostgreSQL" "pg_isready -h 127.0.0.1 -p $PG_PORT"
  as_root su postgres -c "psql -p $PG_PORT -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='$CONCORD_DB_USER'\"" | grep -q 1 ||
    as_root su postgres -c "psql -p $PG_PORT -qc \"CREATE ROLE $CONCORD_DB_USER LOGIN CREATEDB PASSWORD '$CONCORD_DB_PASSWORD'\""
  # Note: lets the role drop its own databases WITH (FORCE) even while an autovacuum worker is in one (tests do).
  as_root su postgres -c "psql -p $PG_PORT -qc \"GRANT pg_signal_backend TO $CONCORD_DB_USER\"" >/dev/null
}

start_rabbitmq() {
  if ! as_root rabbitmqctl -q status >/dev/null 2>&1; then
    log "starting RabbitMQ"
    # Note: loopback only; the guest user is restricted to loopback connections by RabbitMQ itself.
    as_root env RABBITMQ_NODENAME="$RABBITMQ_NODENAME" RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 rabbitmq-server -detached >/dev/null 2>&1 || true
  fi
  wait_for "RabbitMQ" "as_root rabbitmqctl -q await_startup" 120
  # The management API lets tests create a virtual host per test host, so parallel tests never share queues.
  as_root rabbitmq-plugins -q enable rabbitmq_management >/dev/null
  wait_for "RabbitMQ management API" "curl -sf -u guest:guest http://127.0.0.1:15672/api/overview" 60
}

case "${1:-up}" in
  up)
    install_packages
    start_postgres
    start_rabbitmq
    log "PostgreSQL on 127.0.0.1:$PG_PORT (role $CONCORD_DB_USER), RabbitMQ on 127.0.0.1:5672 (management :15672)"
    ;;
  down)
    as_root rabbitmqctl -q stop >/dev/null 2>&1 || true
    as_root pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop >/dev/null 2>&1 || true
    log "stopped"
    ;;
  *)
    echo "usage: $0 up|down" >&2; exit 2 ;;
esac
