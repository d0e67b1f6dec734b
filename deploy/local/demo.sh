#!/usr/bin/env bash
# Walks the filing journey through a running Concord (start it with deploy/local/up.sh):
# two banks get tokens, file the reports in deploy/local/demo-reports/, refile one (idempotent),
# try to read each other's reports (404), file a batch, then follow every report until the FIU has
# acknowledged or rejected it. Exits non-zero if any journey does not end as expected in time.
#   deploy/local/demo.sh
# Then the legal basis: the agreements in force, and a bank without one (bank-gamma) refused with the basis it lacks.
# Environment: CONCORD_IDENTITY_URL, CONCORD_GATEWAY_URL, CONCORD_AGREEMENTS_URL, DEMO_RUN_ID (suffix of every bank reference),
# DEMO_DEADLINE_SECONDS (default 60).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
IDENTITY_URL="${CONCORD_IDENTITY_URL:-http://127.0.0.1:5100}"
GATEWAY_URL="${CONCORD_GATEWAY_URL:-http://127.0.0.1:5200}"
AGREEMENTS_URL="${CONCORD_AGREEMENTS_URL:-http://127.0.0.1:5500}"
REPORTS_DIR="$ROOT/deploy/local/demo-reports"
DEADLINE_SECONDS="${DEMO_DEADLINE_SECONDS:-60}"
# Note: a fresh suffix per run, so every run files new reports instead of meeting last run's duplicates.
RUN_ID="${DEMO_RUN_ID:-R$(date -u +%Y%m%d%H%M%S)-$$}"
# The report types the FIU accepts; a report of any other type is expected to come back Rejected.
FIU_REPORT_TYPES=" STR SAR CTR AIF TFR "

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

section() { printf '\n== %s\n' "$*"; }
fail() { printf 'demo: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

ensure_tools() {
  command -v curl >/dev/null 2>&1 || fail "curl is required"
  command -v jq >/dev/null 2>&1 && return
  printf 'demo: installing jq\n' >&2
  # Note: refresh the package lists only when the install fails without it (a fresh image has none).
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jq >/dev/null 2>&1 || {
    as_root apt-get update -qq >/dev/null &&
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jq >/dev/null
  } || fail "jq is required and could not be installed (apt-get install jq)"
}

# http METHOD URL TOKEN [BODY_FILE] -> prints the status code; body in $WORK/body, headers in $WORK/headers.
http() {
  local method="$1" url="$2" token="$3" body="${4:-}" args=()
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data-binary "@$body")
  curl -sS --max-time 30 -X "$method" -H "Authorization: Bearer $token" -H 'Accept: application/json' \
    -D "$WORK/headers" -o "$WORK/body" -w '%{http_code}' "${args[@]}" "$url" ||
    fail "$method $url did not answer; is Concord running? (deploy/local/up.sh)"
}

show_problem() {
  jq -r '"   \(.status // "") \(.title // "")\(if .detail then ": " + .detail else "" end)",
         ((.errors // {}) | to_entries[] | "     \(.key): \(.value | if type == "array" then join("; ") else tostring end)")' \
    "$WORK/body" 2>/dev/null || sed 's/^/   /' "$WORK/body"
}

declare -A TOKENS=()
# Gets (once) a token for an organisation's demo client from deploy/seed/demo-seed.json:
# <organisation>-filing / demo-<organisation>-secret.
ensure_token() {
  local org="$1" status
  [ -n "${TOKENS[$org]:-}" ] && return
  status="$(curl -sS --max-time 30 -o "$WORK/token" -w '%{http_code}' \
    -d grant_type=client_credentials -d "client_id=$org-filing" -d "client_secret=demo-$org-secret" \
    -d scope=concord.filing "$IDENTITY_URL/connect/token")" ||
    fail "the Identity service at $IDENTITY_URL did not answer; is Concord running? (deploy/local/up.sh)"
  [ "$status" = 200 ] || fail "token request for $org-filing answered $status: $(cat "$WORK/token")"
  TOKENS[$org]="$(jq -r '.access_token // empty' "$WORK/token")"
  [ -n "${TOKENS[$org]}" ] || fail "token response for $org-filing has no access_token"
}

# Every report filed and accepted: concord reference -> organisation, bank reference, report type.
REFS=()
declare -A ORG_OF=() BANK_REF_OF=() TYPE_OF=()
remember() {
  REFS+=("$1"); ORG_OF[$1]="$2"; BANK_REF_OF[$1]="$3"; TYPE_OF[$1]="$4"
}

ensure_tools
shopt -s nullglob
files=("$REPORTS_DIR"/*.json)
[ "${#files[@]}" -gt 0 ] || fail "no demo reports in $REPORTS_DIR"

section "Tokens (client credentials, scope concord.filing)"
for org in $(jq -r '(.reports // [.])[].reportingEntity.organisationId' "${files[@]}" | sort -u); do
  ensure_token "$org"
  printf '   %-12s client %-18s access token %s...\n' "$org" "$org-filing" "${TOKENS[$org]:0:24}"
done

section "Filing single reports (POST /api/v1/reports)"
first_file="" first_ref=""
for file in "${files[@]}"; do
  jq -e 'has("reports")' "$file" >/dev/null && continue
  body="$WORK/$(basename "$file")"
  jq --arg run "$RUN_ID" '.bankReference += "-" + $run' "$file" >"$body"
  org="$(jq -r .reportingEntity.organisationId "$body")"
  bank_ref="$(jq -r .bankReference "$body")"
  type="$(jq -r .reportTypeCode "$body")"
  status="$(http POST "$GATEWAY_URL/api/v1/reports" "${TOKENS[$org]}" "$body")"
  if [ "$status" != 201 ]; then
    printf '   %-10s %-40s -> %s\n' "$org" "$bank_ref" "$status"
    [ "$status" = 200 ] && fail "$bank_ref was filed before (DEMO_RUN_ID reused?); expected 201 for a new report"
    show_problem
    fail "filing $(basename "$file") answered $status, expected 201"
  fi
  ref="$(jq -r .concordReference "$WORK/body")"
  printf '   %-10s %-40s type %-4s -> 201 %s  %s\n' "$org" "$bank_ref" "$type" "$(jq -r .status "$WORK/body")" "$ref"
  location="$(sed -n 's/^[Ll]ocation: *//p' "$WORK/headers" | tr -d '\r')"
  [ -n "$location" ] && printf '   %-10s Location: %s\n' "" "$location"
  remember "$ref" "$org" "$bank_ref" "$type"
  if [ -z "$first_file" ] && [ "$org" = bank-alpha ]; then first_file="$body" first_ref="$ref"; fi
done
[ -n "$first_file" ] || fail "the demo needs at least one single report from bank-alpha"

section "Refiling the same report (idempotent on the bank's reference)"
status="$(http POST "$GATEWAY_URL/api/v1/reports" "${TOKENS[bank-alpha]}" "$first_file")"
printf '   %s -> %s %s\n' "$(jq -r .bankReference "$first_file")" "$status" "$(jq -c '{concordReference, duplicate}' "$WORK/body" 2>/dev/null)"
[ "$status" = 200 ] || { show_problem; fail "refiling answered $status, expected 200"; }
[ "$(jq -r .duplicate "$WORK/body")" = true ] || fail "refiling did not report duplicate: true"
[ "$(jq -r .concordReference "$WORK/body")" = "$first_ref" ] || fail "refiling returned another concord reference"

section "Banks never see each other's reports (GET /api/v1/reports/{concordReference})"
status="$(http GET "$GATEWAY_URL/api/v1/reports/$first_ref" "${TOKENS[bank-alpha]}")"
printf '   bank-alpha reads %s -> %s\n' "$first_ref" "$status"
[ "$status" = 200 ] || fail "bank-alpha could not read its own report ($status)"
if [ -n "${TOKENS[bank-beta]:-}" ]; then
  status="$(http GET "$GATEWAY_URL/api/v1/reports/$first_ref" "${TOKENS[bank-beta]}")"
  printf '   bank-beta  reads %s -> %s (the same answer as for a reference that does not exist)\n' "$first_ref" "$status"
  [ "$status" = 404 ] || fail "bank-beta reading bank-alpha's report answered $status, expected 404"
fi

for file in "${files[@]}"; do
  jq -e 'has("reports")' "$file" >/dev/null || continue
  body="$WORK/$(basename "$file")"
  jq --arg run "$RUN_ID" '.reports[].bankReference += "-" + $run' "$file" >"$body"
  org="$(jq -r '.reports[0].reportingEntity.organisationId' "$body")"
  section "Batch $(basename "$file"): $(jq '.reports | length' "$body") reports from $org (POST /api/v1/reports/batch)"
  status="$(http POST "$GATEWAY_URL/api/v1/reports/batch" "${TOKENS[$org]}" "$body")"
  [ "$status" = 200 ] || { show_problem; fail "the batch answered $status, expected 200"; }
  jq -r '"   accepted \(.accepted), duplicates \(.duplicates), invalid \(.invalid), conflicts \(.conflicts)"' "$WORK/body"
  jq -r '.results[] | "   [\(.index)] \(.bankReference) -> \(.outcome)\(if .concordReference then "  " + .concordReference else "" end)",
         ((.errors // empty) | if type == "array" then .[] | "         \(.path // ""): \(.code // "") \(.message // "")"
            elif type == "object" then to_entries[] | "         \(.key): \(.value | if type == "array" then join("; ") else tostring end)"
            else "         \(tostring)" end)' "$WORK/body"
  while IFS=$'\t' read -r index ref; do
    remember "$ref" "$org" "$(jq -r ".reports[$index].bankReference" "$body")" "$(jq -r ".reports[$index].reportTypeCode" "$body")"
  done < <(jq -r '.results[] | select(.concordReference != null and ((.errors // []) | length) == 0) | "\(.index)\t\(.concordReference)"' "$WORK/body")
done

section "Following each report to the FIU's answer (deadline ${DEADLINE_SECONDS}s)"
deadline=$((SECONDS + DEADLINE_SECONDS))
declare -A FINAL=()
while :; do
  pending=0
  for ref in "${REFS[@]}"; do
    [ -n "${FINAL[$ref]:-}" ] && continue
    status="$(http GET "$GATEWAY_URL/api/v1/reports/$ref" "${TOKENS[${ORG_OF[$ref]}]}")"
    [ "$status" = 200 ] || fail "reading $ref answered $status"
    case "$(jq -r .status "$WORK/body")" in
      Acknowledged | Rejected) FINAL[$ref]="$(cat "$WORK/body")" ;;
      *) pending=$((pending + 1)) ;;
    esac
  done
  [ "$pending" -eq 0 ] && break
  [ "$SECONDS" -ge "$deadline" ] && break
  sleep 1
done

failures=0
for ref in "${REFS[@]}"; do
  expected=Acknowledged
  case "$FIU_REPORT_TYPES" in *" ${TYPE_OF[$ref]} "*) ;; *) expected=Rejected ;; esac
  printf '   %-10s %-40s %-4s %s\n' "${ORG_OF[$ref]}" "${BANK_REF_OF[$ref]}" "${TYPE_OF[$ref]}" "$ref"
  if [ -z "${FINAL[$ref]:-}" ]; then
    printf '        Received -> (no answer from the FIU within %ss)\n' "$DEADLINE_SECONDS"
    failures=$((failures + 1))
    continue
  fi
  printf '%s' "${FINAL[$ref]}" | jq -r '
    "        Received \(.filedAt) -> \(.status) \(.statusChangedAt // "")\(if .fiuReference then "  " + .fiuReference else "" end)",
    ((.rejectionReasons // [])[] | "          reason: \(.path) \(.code): \(.message)")'
  actual="$(printf '%s' "${FINAL[$ref]}" | jq -r .status)"
  if [ "$actual" != "$expected" ]; then
    printf '        expected %s\n' "$expected"
    failures=$((failures + 1))
  fi
done

[ "${#REFS[@]}" -gt 0 ] || fail "no report was accepted"
if [ "$failures" -gt 0 ]; then
  fail "$failures of ${#REFS[@]} journeys did not end as expected"
fi
printf '\nAll %s journeys complete: acknowledged reports carry the FIU reference; the rejected one carries field-level reasons.\n' "${#REFS[@]}"

section "The legal basis: agreements in force (GET $AGREEMENTS_URL/api/v1/agreements, as the secretariat)"
status="$(curl -sS --max-time 30 -o "$WORK/token" -w '%{http_code}' -d grant_type=client_credentials \
  -d client_id=secretariat-agreements -d client_secret=demo-secretariat-secret \
  --data-urlencode 'scope=concord.agreements concord.agreements.manage' "$IDENTITY_URL/connect/token")"
[ "$status" = 200 ] || fail "token request for secretariat-agreements answered $status: $(cat "$WORK/token")"
SECRETARIAT="$(jq -r .access_token "$WORK/token")"
status="$(http GET "$AGREEMENTS_URL/api/v1/agreements?pageSize=50" "$SECRETARIAT")"
[ "$status" = 200 ] || { show_problem; fail "listing agreements answered $status"; }
jq -r '.items[] | "   \(.code)  \(.kind)  \(.status)  v\(.versionInForce // "-")  parties: \(.parties | join(", "))"' "$WORK/body"
gamma_in_force="$(jq '[.items[] | select((.parties | index("bank-gamma")) and .status == "Active")] | length' "$WORK/body")"

section "A bank without an agreement with its FIU cannot file (bank-gamma)"
ensure_token bank-gamma
body="$WORK/gamma.json"
jq --arg run "$RUN_ID" '.bankReference = "GAMMA-2026-0001-" + $run | .reportingEntity.organisationId = "bank-gamma"' \
  "$REPORTS_DIR/alpha-0001-structuring.json" >"$body"
status="$(http POST "$GATEWAY_URL/api/v1/reports" "${TOKENS[bank-gamma]}" "$body")"
printf '   bank-gamma files %s -> %s\n' "$(jq -r .bankReference "$body")" "$status"
if [ "$gamma_in_force" -gt 0 ]; then
  printf '   (bank-gamma has an agreement in force from an earlier run, so its report is filed)\n'
  [ "$status" = 201 ] || { show_problem; fail "bank-gamma has an agreement in force but filing answered $status"; }
else
  [ "$status" = 403 ] || { show_problem; fail "bank-gamma has no agreement, yet filing answered $status (expected 403)"; }
  jq -r '"   \(.title)", (.fieldErrors[] | "     \(.code): \(.message)")' "$WORK/body"
  printf '   The README shows the secretariat drafting an agreement for bank-gamma and both parties approving it.\n'
fi
