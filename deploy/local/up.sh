#!/usr/bin/env bash
# Runs Concord on this machine, without containers: PostgreSQL and RabbitMQ as local processes
# (deploy/local/infra.sh), a Release build, each service as its own background process on loopback,
# then the filing demo (deploy/local/demo.sh). Running it again restarts the services.
#   deploy/local/up.sh [--no-demo] [--no-build]
# Stop with deploy/local/down.sh (add --all to stop PostgreSQL and RabbitMQ too).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

RUN_DEMO=1
BUILD=1
for arg in "$@"; do
  case "$arg" in
    --no-demo) RUN_DEMO=0 ;;
    --no-build) BUILD=0 ;;
    -h | --help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "usage: $0 [--no-demo] [--no-build]" >&2; exit 2 ;;
  esac
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
READY_TIMEOUT="${CONCORD_READY_TIMEOUT:-120}"
LOCAL="$ROOT/.local"
# Note: no TLS to PostgreSQL: the traffic never leaves loopback (a deployment across hosts sets SSL Mode=VerifyFull).
DB="Host=127.0.0.1;Port=5432;Username=concord;Password=concord;SSL Mode=Disable"
RABBITMQ="amqp://guest:guest@127.0.0.1:5672/"
IDENTITY_URL="http://127.0.0.1:5100"
AGREEMENTS_URL="http://127.0.0.1:5500"
AGREEMENTS_GRPC="http://127.0.0.1:5501"

log() { printf '[up] %s\n' "$*" >&2; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# start NAME PROJECT VAR=value...: starts services/PROJECT's build output with that environment.
start() {
  local name="$1" project="$2"
  shift 2
  local dir="$ROOT/services/$project/bin/Release/net10.0"
  [ -f "$dir/Concord.$project.dll" ] || { log "$dir/Concord.$project.dll is missing; run without --no-build"; exit 1; }
  # Note: from the build output directory, which is the content root where appsettings.json is found;
  # setsid detaches the service from this shell, so Ctrl-C here or closing the terminal leaves it running.
  (cd "$dir" && exec setsid env "$@" dotnet "Concord.$project.dll") >"$LOCAL/logs/$name.log" 2>&1 </dev/null &
  echo $! >"$LOCAL/pids/$name.pid"
  log "started $name (pid $!, log .local/logs/$name.log)"
}

# Says how to clean up when the script stops half-way, with some services started.
trap 'status=$?; [ "$status" -eq 0 ] || ! ls "$LOCAL"/pids/*.pid >/dev/null 2>&1 ||
  log "services that did start keep running; deploy/local/down.sh stops them"' EXIT

wait_ready() {
  local name="$1" url="$2" pid deadline=$((SECONDS + READY_TIMEOUT))
  pid="$(cat "$LOCAL/pids/$name.pid")"
  until curl -fsS --max-time 2 -o /dev/null "$url/health/ready" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      log "$name exited before it was ready; last lines of .local/logs/$name.log:"
      tail -n 40 "$LOCAL/logs/$name.log" >&2
      exit 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      log "$name was not ready at $url/health/ready within ${READY_TIMEOUT}s; last lines of .local/logs/$name.log:"
      tail -n 40 "$LOCAL/logs/$name.log" >&2
      exit 1
    fi
    sleep 1
  done
  log "$name is ready at $url"
}

deploy/local/infra.sh up
deploy/local/down.sh
for port in 5100 5200 5201 5300 5500 5501 5600 5700; do
  if port_in_use "$port"; then
    log "port $port is taken by a process this script did not start; stop it and run again"
    exit 1
  fi
done
mkdir -p "$LOCAL/logs" "$LOCAL/pids" "$LOCAL/keys"

if [ "$BUILD" -eq 1 ]; then
  log "building Concord.slnx (Release)"
  dotnet build Concord.slnx -c Release -nologo -v quiet </dev/null ||
    { log "the build failed"; exit 1; }
fi

start identity Identity \
  "ConnectionStrings__identity=$DB;Database=concord_identity" \
  "Concord__Identity__Issuer=$IDENTITY_URL/" \
  "Concord__Identity__KeyDirectory=$LOCAL/keys" \
  "Concord__Identity__RequireHttps=false" \
  "Concord__Identity__SeedFile=$ROOT/deploy/seed/demo-seed.json" \
  "ASPNETCORE_URLS=$IDENTITY_URL"
wait_ready identity "$IDENTITY_URL"

# Note: the Agreements service first: the gateway and the FIU are not ready until they hold its snapshot.
start agreements Agreements \
  "ConnectionStrings__agreements=$DB;Database=concord_agreements" \
  "ConnectionStrings__rabbitmq=$RABBITMQ" \
  "Concord__Auth__Authority=$IDENTITY_URL/" \
  "Concord__Auth__Audience=concord-agreements" \
  "Concord__Auth__RequireHttpsMetadata=false" \
  "Concord__Agreements__SeedFile=$ROOT/deploy/seed/demo-agreements.json" \
  "Kestrel__Endpoints__Rest__Url=$AGREEMENTS_URL" \
  "Kestrel__Endpoints__Grpc__Url=$AGREEMENTS_GRPC" \
  "Kestrel__Endpoints__Grpc__Protocols=Http2"
wait_ready agreements "$AGREEMENTS_URL"

start bank-gateway BankGateway \
  "ConnectionStrings__bankgateway=$DB;Database=concord_bankgateway" \
  "ConnectionStrings__rabbitmq=$RABBITMQ" \
  "Concord__Auth__Authority=$IDENTITY_URL/" \
  "Concord__Auth__Audience=concord-bank-gateway" \
  "Concord__Auth__RequireHttpsMetadata=false" \
  "Concord__BankGateway__Fiu=fiu-gb" \
  "Concord__LegalBasis__Organisations__0=bank-alpha" \
  "Concord__LegalBasis__Organisations__1=bank-beta" \
  "Concord__LegalBasis__Organisations__2=bank-gamma" \
  "Concord__Audit__Service=bankgateway" \
  "Concord__Agreements__Address=$AGREEMENTS_GRPC" \
  "Concord__Agreements__ClientId=bank-gateway-service" \
  "Concord__Agreements__ClientSecret=demo-bank-gateway-service-secret" \
  "Concord__Agreements__RequireHttps=false" \
  "Kestrel__Endpoints__Rest__Url=http://127.0.0.1:5200" \
  "Kestrel__Endpoints__Grpc__Url=http://127.0.0.1:5201" \
  "Kestrel__Endpoints__Grpc__Protocols=Http2"
start fiu Fiu \
  "ConnectionStrings__fiu=$DB;Database=concord_fiu" \
  "ConnectionStrings__rabbitmq=$RABBITMQ" \
  "Concord__Auth__Authority=$IDENTITY_URL/" \
  "Concord__Auth__Audience=concord-fiu" \
  "Concord__Auth__RequireHttpsMetadata=false" \
  "Concord__Fiu__OrganisationId=fiu-gb" \
  "Concord__LegalBasis__Organisation=fiu-gb" \
  "Concord__Audit__Service=fiu" \
  "Concord__Agreements__Address=$AGREEMENTS_GRPC" \
  "Concord__Agreements__ClientId=fiu-gb-service" \
  "Concord__Agreements__ClientSecret=demo-fiu-gb-service-secret" \
  "Concord__Agreements__RequireHttps=false" \
  "Kestrel__Endpoints__Rest__Url=http://127.0.0.1:5300" \
  "Kestrel__Endpoints__Grpc__Url=http://127.0.0.1:5301" \
  "Kestrel__Endpoints__Grpc__Protocols=Http2"
start typology Typology \
  "ConnectionStrings__typology=$DB;Database=concord_typology" \
  "ConnectionStrings__rabbitmq=$RABBITMQ" \
  "Concord__Auth__Authority=$IDENTITY_URL/" \
  "Concord__Auth__Audience=concord-typology" \
  "Concord__Auth__RequireHttpsMetadata=false" \
  "Concord__Typology__OrganisationId=fiu-gb" \
  "Concord__LegalBasis__Organisation=fiu-gb" \
  "Concord__Audit__Service=typology" \
  "Concord__Agreements__Address=$AGREEMENTS_GRPC" \
  "Concord__Agreements__ClientId=fiu-gb-typology-service" \
  "Concord__Agreements__ClientSecret=demo-fiu-gb-typology-service-secret" \
  "Concord__Agreements__RequireHttps=false" \
  "ASPNETCORE_URLS=http://127.0.0.1:5600"
start cases Cases \
  "ConnectionStrings__cases=$DB;Database=concord_cases" \
  "ConnectionStrings__rabbitmq=$RABBITMQ" \
  "Concord__Auth__Authority=$IDENTITY_URL/" \
  "Concord__Auth__Audience=concord-cases" \
  "Concord__Auth__RequireHttpsMetadata=false" \
  "Concord__LegalBasis__Organisations__0=police-ecu" \
  "Concord__LegalBasis__Organisations__1=cps-demo" \
  "Concord__LegalBasis__Organisations__2=fiu-gb" \
  "Concord__LegalBasis__Organisations__3=bank-alpha" \
  "Concord__Audit__Service=cases" \
  "Concord__Agreements__Address=$AGREEMENTS_GRPC" \
  "Concord__Agreements__ClientId=cases-service" \
  "Concord__Agreements__ClientSecret=demo-cases-service-secret" \
  "Concord__Agreements__RequireHttps=false" \
  "Concord__Cases__FiuAddress=http://127.0.0.1:5301" \
  "ASPNETCORE_URLS=http://127.0.0.1:5700"
wait_ready bank-gateway http://127.0.0.1:5200
wait_ready fiu http://127.0.0.1:5300
wait_ready typology http://127.0.0.1:5600
wait_ready cases http://127.0.0.1:5700

if [ "$RUN_DEMO" -eq 1 ]; then
  deploy/local/demo.sh || { log "the demo failed; the services keep running (logs in .local/logs/)"; exit 1; }
fi

cat <<EOF

Concord is running.

  service       listens on                                   log
  identity      http://127.0.0.1:5100  (OpenID Connect)      .local/logs/identity.log
  bank-gateway  http://127.0.0.1:5200  (REST)                .local/logs/bank-gateway.log
                http://127.0.0.1:5201  (gRPC, HTTP/2 cleartext)
  fiu           http://127.0.0.1:5300  (REST)                .local/logs/fiu.log
                http://127.0.0.1:5301  (gRPC CaseReports, HTTP/2 cleartext)
  typology      http://127.0.0.1:5600  (REST)                .local/logs/typology.log
  cases         http://127.0.0.1:5700  (REST)                .local/logs/cases.log
  agreements    http://127.0.0.1:5500  (REST)                .local/logs/agreements.log
                http://127.0.0.1:5501  (gRPC snapshot, HTTP/2 cleartext)
  postgresql    127.0.0.1:5432  (role concord/concord; databases concord_identity, concord_bankgateway, concord_fiu, concord_agreements, concord_typology, concord_cases)
  rabbitmq      amqp://127.0.0.1:5672  (management http://127.0.0.1:15672, guest/guest)
  Every service answers GET /health/live and /health/ready.

  demo client        secret                  organisation  scope
  bank-alpha-filing  demo-bank-alpha-secret  bank-alpha    concord.filing concord.agreements concord.typology.read
  bank-beta-filing   demo-bank-beta-secret   bank-beta     concord.filing concord.agreements concord.typology.read
  bank-gamma-filing  demo-bank-gamma-secret  bank-gamma    concord.filing concord.agreements concord.typology.read  (no agreement yet)
  fiu-gb-system      demo-fiu-gb-secret      fiu-gb        concord.fiu concord.agreements
  fiu-gb-analyst-1   demo-fiu-gb-analyst-1-secret fiu-gb   concord.typology  (writes typologies)
  fiu-gb-analyst-2   demo-fiu-gb-analyst-2-secret fiu-gb   concord.typology  (reviews them)
  secretariat-agreements demo-secretariat-secret secretariat-demo concord.agreements concord.agreements.manage
  oversight-demo-audit   demo-oversight-secret   oversight-demo   concord.agreements
  police-ecu-cases       demo-police-ecu-cases-secret        police-ecu  concord.cases  (task-force lead)
  cps-demo-cases         demo-cps-demo-cases-secret          cps-demo    concord.cases  (prosecutor)
  fiu-gb-cases           demo-fiu-gb-cases-secret            fiu-gb      concord.cases  (FIU case analyst)
  bank-alpha-investigator demo-bank-alpha-investigator-secret bank-alpha concord.cases  (vetted bank investigator)

  Get a token:
    TOKEN=\$(curl -s -d grant_type=client_credentials -d client_id=bank-alpha-filing \\
      -d client_secret=demo-bank-alpha-secret -d scope=concord.filing $IDENTITY_URL/connect/token | jq -r .access_token)
  File a report:
    curl -s -H "Authorization: Bearer \$TOKEN" -H 'Content-Type: application/json' \\
         --data-binary @deploy/local/demo-reports/alpha-0001-structuring.json http://127.0.0.1:5200/api/v1/reports

  Run the demo again:  deploy/local/demo.sh
  Stop the services:   deploy/local/down.sh        (and PostgreSQL + RabbitMQ: deploy/local/down.sh --all)
EOF
