#!/usr/bin/env bash
# Walks the filing journey through a running Concord (start it with deploy/local/up.sh):
# two banks get tokens, file the reports in deploy/local/demo-reports/, refile one (idempotent),
# try to read each other's reports (404), file a batch, then follow every report until the FIU has
# acknowledged or rejected it. Exits non-zero if any journey does not end as expected in time.
#   deploy/local/demo.sh
# Then the legal basis: the agreements in force, and a bank without one (bank-gamma) refused with the basis it lacks.
# Then a request for information: the FIU asks both banks about an account both reported, each answers from its own
# inbox, the FIU sees the answers and gives each bank feedback on its report.
# Then typologies: one FIU analyst drafts the demo typologies (deploy/seed/demo-typologies.json), another approves them
# (the author may not), each bank in the audience finds them in its gateway inbox and acknowledges them, a new version
# shows the banks what changed, the FIU screens a new report against their rules and the statistics move.
# Then a task force's case: the FIU disseminates two banks' reports to the police unit, which opens a case, brings in the
# prosecutor and Alpha's vetted investigator, passes the FIU's item to the prosecutor once the FIU consents (at the
# Agreements service), reads a report through the FIU, asks Alpha for documents through its
# gateway, receives them as an item, runs the case to closure, and the outcome reaches the FIU and both banks.
# Environment: CONCORD_IDENTITY_URL, CONCORD_GATEWAY_URL, CONCORD_FIU_URL, CONCORD_AGREEMENTS_URL, CONCORD_TYPOLOGY_URL, CONCORD_CASES_URL, DEMO_RUN_ID (suffix of every
# bank reference), DEMO_DEADLINE_SECONDS (default 60).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
IDENTITY_URL="${CONCORD_IDENTITY_URL:-http://127.0.0.1:5100}"
GATEWAY_URL="${CONCORD_GATEWAY_URL:-http://127.0.0.1:5200}"
AGREEMENTS_URL="${CONCORD_AGREEMENTS_URL:-http://127.0.0.1:5500}"
FIU_URL="${CONCORD_FIU_URL:-http://127.0.0.1:5300}"
TYPOLOGY_URL="${CONCORD_TYPOLOGY_URL:-http://127.0.0.1:5600}"
CASES_URL="${CONCORD_CASES_URL:-http://127.0.0.1:5700}"
TYPOLOGIES_FILE="$ROOT/deploy/seed/demo-typologies.json"
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
         ((.errors // {}) | to_entries[] | "     \(.key): \(.value | if type == "array" then join("; ") else tostring end)"),
         (if .errors then empty else (.fieldErrors // [])[] | "     \(.path): \(.message)" end)' \
    "$WORK/body" 2>/dev/null || sed 's/^/   /' "$WORK/body"
}

# demo_token CLIENT SECRET SCOPE: prints a client-credentials token for one of the demo's clients.
demo_token() {
  local status
  status="$(curl -sS --max-time 30 -o "$WORK/token" -w '%{http_code}' -d grant_type=client_credentials \
    -d "client_id=$1" -d "client_secret=$2" -d "scope=$3" "$IDENTITY_URL/connect/token")" ||
    fail "the Identity service at $IDENTITY_URL did not answer; is Concord running? (deploy/local/up.sh)"
  [ "$status" = 200 ] || fail "token request for $1 ($3) answered $status: $(cat "$WORK/token")"
  jq -r .access_token "$WORK/token"
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

# The account both banks reported: Brightwash Valeting Ltd's account at Alpha (alpha-0001 and beta-0002).
SHARED_IBAN=GB96ALPH40051587654321
JMLIT=AGR-GB-JMLIT-2026
FIU="$(demo_token fiu-gb-system demo-fiu-gb-secret concord.fiu)"

section "FIU analysis: the triage queue and cross-bank links (as fiu-gb-system)"
status="$(http GET "$FIU_URL/api/v1/triage?pageSize=5" "$FIU")"
[ "$status" = 200 ] || { show_problem; fail "the triage queue answered $status"; }
jq -r '"   \(.total) reports wait in triage; the first \(.items | length), highest score first:",
       (.items[] | "     \(.score | tostring | (" " * (3 - length)) + .) \(.concordReference) from \(.bankOrganisationId): " + ([.factors[].explanation] | join("; ")))' "$WORK/body"
linked_ref=""
for ref in "${REFS[@]}"; do
  [ "${ORG_OF[$ref]}" = bank-beta ] && [ "$(printf '%s' "${FINAL[$ref]:-}" | jq -r .status 2>/dev/null)" = Acknowledged ] && linked_ref="$ref"
done
[ -n "$linked_ref" ] || fail "the demo needs an acknowledged report from bank-beta"
status="$(http GET "$FIU_URL/api/v1/reports/$linked_ref/links" "$FIU")"
[ "$status" = 200 ] || { show_problem; fail "the links of $linked_ref answered $status"; }
jq -r '"   \(.concordReference) (bank-beta) is linked to \(.total) report(s):",
       (.items[] | "     \(.concordReference) from \(.bankOrganisationId)\(if .otherBank then " (another bank)" else "" end): " +
         ([.reasons[] | "\(.kind) \(.value)" + (if .score then " (score \(.score))" else "" end)] | join(", ")))' "$WORK/body"
printf '{"assignedTo":"analyst.jones"}' >"$WORK/assign.json"
status="$(http PUT "$FIU_URL/api/v1/reports/$linked_ref/assignment" "$FIU" "$WORK/assign.json")"
printf '   assign %s to analyst.jones -> %s\n' "$linked_ref" "$status"
[ "$status" = 204 ] || { show_problem; fail "the assignment answered $status, expected 204"; }
printf '{"decision":"Analyse","reason":"The account is reported by two banks; ask both about its holder."}' >"$WORK/decide.json"
status="$(http POST "$FIU_URL/api/v1/reports/$linked_ref/decision" "$FIU" "$WORK/decide.json")"
printf '   decide Analyse on %s -> %s\n' "$linked_ref" "$status"
[ "$status" = 204 ] || { show_problem; fail "the decision answered $status, expected 204"; }

section "Requests for information (FIU -> banks, under $JMLIT) and feedback on reports"
deadline="$(date -u -d '+7 days' +%Y-%m-%dT%H:%M:%SZ)"
request_body() {
  jq -n --arg iban "$SHARED_IBAN" --arg run "$RUN_ID" --arg deadline "$deadline" --arg agreement "$JMLIT" --argjson banks "$1" '{
    agreement: $agreement, banks: $banks, deadline: $deadline,
    reason: ("Cash structured into a car-wash business and paid on abroad; other accounts and activity of its owner sought (demo run " + $run + ")."),
    subjects: [
      { localId: "S1", kind: "LegalEntity", legalEntity: { name: "Brightwash Valeting Ltd", registrationNumber: "11873645", registrationCountry: "GB" },
        accounts: [ { iban: $iban } ] },
      { localId: "S2", kind: "Person", person: { givenNames: "Daniel James", familyName: "Whitcombe", dateOfBirth: "1984-03-12" },
        identifiers: [ { type: "Passport", number: "533476192", issuingCountry: "GB" } ] } ] }'
}
request_body '["bank-alpha","bank-gamma"]' >"$WORK/rfi-gamma.json"
status="$(http POST "$FIU_URL/api/v1/information-requests" "$FIU" "$WORK/rfi-gamma.json")"
printf '   FIU asks bank-alpha and bank-gamma -> %s (nothing is sent to either)\n' "$status"
[ "$status" = 403 ] || { show_problem; fail "a request naming bank-gamma answered $status, expected 403"; }
jq -r '.fieldErrors[] | "     \(.path) \(.code): \(.message)"' "$WORK/body"

request_body '["bank-alpha","bank-beta"]' >"$WORK/rfi.json"
status="$(http POST "$FIU_URL/api/v1/information-requests" "$FIU" "$WORK/rfi.json")"
[ "$status" = 201 ] || { show_problem; fail "the request answered $status, expected 201"; }
RFI="$(jq -r .reference "$WORK/body")"
jq -r '"   FIU asks bank-alpha and bank-beta -> 201 \(.reference) \(.status), due \(.deadline)",
       (.recipients[] | "     \(.bank): its own copy \(.reference), \(.status)")' "$WORK/body"

# inbox_copy ORG: the bank's reference of this run's request, from its own inbox (waits for it to arrive).
inbox_copy() {
  local org="$1" deadline=$((SECONDS + DEADLINE_SECONDS)) ref
  while :; do
    status="$(http GET "$GATEWAY_URL/api/v1/information-requests?status=Open&pageSize=200" "${TOKENS[$org]}")"
    [ "$status" = 200 ] || fail "$org listing its requests answered $status"
    for ref in $(jq -r '.items[].reference' "$WORK/body"); do
      http GET "$GATEWAY_URL/api/v1/information-requests/$ref" "${TOKENS[$org]}" >/dev/null
      jq -e --arg run "$RUN_ID" '.reason | contains($run)' "$WORK/body" >/dev/null && { printf '%s' "$ref"; return; }
    done
    [ "$SECONDS" -ge "$deadline" ] && fail "the request did not reach $org's inbox within ${DEADLINE_SECONDS}s"
    sleep 1
  done
}
ALPHA_RFI="$(inbox_copy bank-alpha)"
BETA_RFI="$(inbox_copy bank-beta)"
http GET "$GATEWAY_URL/api/v1/information-requests/$BETA_RFI" "${TOKENS[bank-beta]}" >/dev/null
jq -r '"   bank-beta inbox: \(.reference) from \(.requestedBy), \(.status), due \(.deadline), \(.subjects | length) subjects, under \(.basis.legalGateway) (\(.basis.marking), onward sharing \(.basis.onwardSharing))"' "$WORK/body"
grep -q bank-alpha "$WORK/body" && fail "bank-beta's copy of the request names bank-alpha"
status="$(http GET "$GATEWAY_URL/api/v1/information-requests/$ALPHA_RFI" "${TOKENS[bank-beta]}")"
printf '   bank-beta reads bank-alpha'"'"'s copy %s -> %s\n' "$ALPHA_RFI" "$status"
[ "$status" = 404 ] || fail "bank-beta reading bank-alpha's request answered $status, expected 404"

jq -n --arg iban "$SHARED_IBAN" '{ answers: [
  { subject: "S1", result: "Match", details: {
      accounts: [ { localId: "A1", iban: $iban, institutionName: "Alpha Bank plc", currency: "GBP", heldAtReportingEntity: true, openedOn: "2019-02-11" } ],
      transactions: [ { reference: "TRF-20261025-7731", occurredAt: "2026-10-25T08:30:00+01:00", amount: 38500, currency: "GBP",
                        direction: "Incoming", channel: "FasterPayments", accountId: "A1" } ],
      narrative: "Business account since 2019; since October it receives round sums from personal accounts at other banks." } },
  { subject: "S2", result: "Match", details: { accounts: [ { localId: "A2", iban: "GB57ALPH40051512345678", institutionName: "Alpha Bank plc", heldAtReportingEntity: true } ] } } ] }' \
  >"$WORK/alpha-answer.json"
status="$(http POST "$GATEWAY_URL/api/v1/information-requests/$ALPHA_RFI/answers" "${TOKENS[bank-alpha]}" "$WORK/alpha-answer.json")"
printf '   bank-alpha answers %s -> %s %s\n' "$ALPHA_RFI" "$status" "$(jq -c '{matches, noMatches}' "$WORK/body" 2>/dev/null)"
[ "$status" = 201 ] || { show_problem; fail "bank-alpha's answer answered $status, expected 201"; }
jq -n '{ answers: [ { subject: "S1", result: "NoMatch" } ] }' >"$WORK/beta-answer.json"
status="$(http POST "$GATEWAY_URL/api/v1/information-requests/$BETA_RFI/answers" "${TOKENS[bank-beta]}" "$WORK/beta-answer.json")"
printf '   bank-beta answers S1 only -> %s\n' "$status"
[ "$status" = 400 ] || { show_problem; fail "an answer leaving out a subject answered $status, expected 400"; }
jq -r '.fieldErrors[] | "     \(.path) \(.code): \(.message)"' "$WORK/body"
jq -n '{ answers: [ { subject: "S1", result: "NoMatch" }, { subject: "S2", result: "NoMatch" } ] }' >"$WORK/beta-answer.json"
status="$(http POST "$GATEWAY_URL/api/v1/information-requests/$BETA_RFI/answers" "${TOKENS[bank-beta]}" "$WORK/beta-answer.json")"
printf '   bank-beta answers %s -> %s %s\n' "$BETA_RFI" "$status" "$(jq -c '{matches, noMatches}' "$WORK/body" 2>/dev/null)"
[ "$status" = 201 ] || { show_problem; fail "bank-beta's answer answered $status, expected 201"; }

deadline_at=$((SECONDS + DEADLINE_SECONDS))
until status="$(http GET "$FIU_URL/api/v1/information-requests/$RFI" "$FIU")" && [ "$status" = 200 ] &&
  [ "$(jq -r .status "$WORK/body")" = Closed ]; do
  [ "$SECONDS" -ge "$deadline_at" ] && fail "the answers did not reach the FIU within ${DEADLINE_SECONDS}s"
  sleep 1
done
jq -r '"   FIU reads \(.reference): \(.status)",
       (.recipients[] | "     \(.bank) \(.status) at \(.answeredAt): " + ([.answers[] | "\(.subject) \(.result)"] | join(", "))),
       (.findings[] | "     \(.subject): matched by [\(.matched | join(", "))], not by [\(.notMatched | join(", "))]")' "$WORK/body"

# feedback ORG CONCORD_REFERENCE OUTCOME: the FIU tells the bank what became of its report; the bank sees it.
feedback() {
  local org="$1" ref="$2" outcome="$3"
  jq -n --arg outcome "$outcome" '{ outcome: $outcome, comment: "Thank you: your report was matched with another bank'"'"'s and helped the analysis." }' >"$WORK/feedback.json"
  status="$(http POST "$FIU_URL/api/v1/reports/$ref/feedback" "$FIU" "$WORK/feedback.json")"
  printf '   FIU gives %s feedback on %s -> %s %s\n' "$org" "$ref" "$status" "$outcome"
  [ "$status" = 201 ] || { show_problem; fail "feedback on $ref answered $status, expected 201"; }
  local deadline_at=$((SECONDS + DEADLINE_SECONDS))
  until http GET "$GATEWAY_URL/api/v1/reports/$ref" "${TOKENS[$org]}" >/dev/null && [ "$(jq '.feedback | length' "$WORK/body")" -gt 0 ]; do
    [ "$SECONDS" -ge "$deadline_at" ] && fail "the feedback on $ref did not reach $org within ${DEADLINE_SECONDS}s"
    sleep 1
  done
  jq -r '"     \(.bankReference) as '"$org"' sees it: \(.feedback[-1].outcome) at \(.feedback[-1].givenAt), kept until \(.feedback[-1].retainUntil)"' "$WORK/body"
}
beta_ref=""
for ref in "${REFS[@]}"; do
  [ "${ORG_OF[$ref]}" = bank-beta ] && [ "$(printf '%s' "${FINAL[$ref]:-}" | jq -r .status 2>/dev/null)" = Acknowledged ] && beta_ref="$ref"
done
[ -n "$beta_ref" ] || fail "the demo needs an acknowledged report from bank-beta"
feedback bank-alpha "$first_ref" LedToDissemination
feedback bank-beta "$beta_ref" Useful
status="$(http GET "$GATEWAY_URL/api/v1/feedback" "${TOKENS[bank-alpha]}")"
jq -r '"   bank-alpha'"'"'s figures: \(.figures)"' "$WORK/body"
status="$(http GET "$FIU_URL/api/v1/feedback/figures" "$FIU")"
jq -r '.banks[] | "   FIU figures for \(.bank): \(.reportsReceived) received, \(.acknowledged) acknowledged, \(.withFeedback) with feedback (\(.useful) useful, \(.ledToDissemination) led to dissemination, \(.noFurtherAction) no further action)"' "$WORK/body"
printf '\nRequests for information and feedback complete: each bank saw only its own request, answer and feedback.\n'

# analyst_token CLIENT: a token for an FIU analyst's demo client (scope concord.typology).
analyst_token() { demo_token "$1" "demo-$1-secret" concord.typology; }

section "Typologies: drafted by one FIU analyst, approved by another, published to their audience ($TYPOLOGY_URL)"
[ -f "$TYPOLOGIES_FILE" ] || fail "no demo typologies in $TYPOLOGIES_FILE"
AUTHOR="$(analyst_token fiu-gb-analyst-1)"
REVIEWER="$(analyst_token fiu-gb-analyst-2)"
CODES=()
created=""
for i in $(seq 0 $(($(jq '.typologies | length' "$TYPOLOGIES_FILE") - 1))); do
  jq ".typologies[$i]" "$TYPOLOGIES_FILE" >"$WORK/typology.json"
  code="$(jq -r .code "$WORK/typology.json")"
  CODES+=("$code")
  # Note: a network that ran the demo before holds the typologies already; they are shown, not published again.
  status="$(http GET "$TYPOLOGY_URL/api/v1/typologies/$code" "$AUTHOR")"
  if [ "$status" = 200 ] && [ "$(jq -r '.currentVersion // empty' "$WORK/body")" != "" ]; then
    printf '   %s is published already (version %s)\n' "$code" "$(jq -r .currentVersion "$WORK/body")"
    continue
  fi
  status="$(http POST "$TYPOLOGY_URL/api/v1/typologies" "$AUTHOR" "$WORK/typology.json")"
  [ "$status" = 201 ] || { show_problem; fail "drafting $code answered $status, expected 201"; }
  status="$(http POST "$TYPOLOGY_URL/api/v1/typologies/$code/draft/submit" "$AUTHOR")"
  [ "$status" = 200 ] || { show_problem; fail "submitting $code answered $status, expected 200"; }
  if [ -z "$created" ]; then
    status="$(http POST "$TYPOLOGY_URL/api/v1/typologies/$code/draft/approve" "$AUTHOR")"
    printf '   fiu-gb-analyst-1 approves its own draft of %s -> %s (four eyes)\n' "$code" "$status"
    [ "$status" = 403 ] || fail "self-approval of $code answered $status, expected 403"
    show_problem
  fi
  status="$(http POST "$TYPOLOGY_URL/api/v1/typologies/$code/draft/approve" "$REVIEWER")"
  [ "$status" = 200 ] || { show_problem; fail "approving $code answered $status, expected 200"; }
  jq -r --arg code "$code" --slurpfile t "$WORK/typology.json" \
    '"   \($code) v\(.version) \($t[0].title): TLP:\($t[0].marking), audience \($t[0].audience.kind) -> \(.recipients | join(", "))"' "$WORK/body"
  created="$created $code"
done

# A named organisation without an agreement is refused with the basis it lacks.
jq '.code = "T-2026-099" | .marking = "AmberStrict" | .audience = {kind: "NamedOrganisations", organisations: ["bank-alpha", "bank-gamma"]}' \
  "$WORK/typology.json" >"$WORK/typology-gamma.json"
status="$(http POST "$TYPOLOGY_URL/api/v1/typologies" "$AUTHOR" "$WORK/typology-gamma.json")"
if [ "$status" = 201 ]; then
  status="$(http POST "$TYPOLOGY_URL/api/v1/typologies/T-2026-099/draft/submit" "$AUTHOR")"
  printf '   T-2026-099 for bank-alpha and bank-gamma -> %s\n' "$status"
  show_problem
  http DELETE "$TYPOLOGY_URL/api/v1/typologies/T-2026-099/draft" "$AUTHOR" >/dev/null
  [ "$status" = 403 ] || fail "a typology for bank-gamma (no agreement) was submitted with $status, expected 403"
fi

section "Typologies in each bank's gateway inbox: what applies to it, acknowledged"
# inbox_typologies ORG: waits until every demo typology sent to ORG is in its inbox, then lists and acknowledges them.
inbox_typologies() {
  local org="$1" expected="$2" deadline_at=$((SECONDS + DEADLINE_SECONDS))
  until http GET "$GATEWAY_URL/api/v1/typologies?pageSize=100" "${TOKENS[$org]}" >/dev/null &&
    [ "$(jq --argjson codes "$(printf '%s\n' "${CODES[@]}" | jq -R . | jq -s .)" '[.items[] | select(.code as $c | $codes | index($c))] | length' "$WORK/body")" -ge "$expected" ]; do
    [ "$SECONDS" -ge "$deadline_at" ] && fail "the typologies did not reach $org's inbox within ${DEADLINE_SECONDS}s"
    sleep 1
  done
  jq -r --arg org "$org" '.items[] | "   \($org): \(.code) v\(.version) \(.status) \(.marking.label) acknowledged \(.acknowledged): \(.title)"' "$WORK/body"
  jq -r '.items[] | select(.acknowledged | not) | "\(.code) \(.version)"' "$WORK/body" >"$WORK/to-ack"
  while read -r code version; do
    status="$(http POST "$GATEWAY_URL/api/v1/typologies/$code/versions/$version/acknowledgement" "${TOKENS[$org]}")"
    printf '   %s acknowledges %s v%s -> %s\n' "$org" "$code" "$version" "$status"
    [ "$status" = 201 ] || { show_problem; fail "acknowledging $code v$version as $org answered $status, expected 201"; }
  done <"$WORK/to-ack"
}
inbox_typologies bank-alpha "${#CODES[@]}"
inbox_typologies bank-beta "${#CODES[@]}"
ensure_token bank-gamma
status="$(http GET "$GATEWAY_URL/api/v1/typologies/${CODES[0]}" "${TOKENS[bank-gamma]}")"
printf '   bank-gamma (no agreement) asks for %s -> %s\n' "${CODES[0]}" "$status"
[ "$status" = 404 ] || fail "bank-gamma read ${CODES[0]} with $status, expected 404"

if [ -n "$created" ]; then
  section "A new version of ${CODES[0]}: the banks see what changed"
  status="$(http POST "$TYPOLOGY_URL/api/v1/typologies/${CODES[0]}/draft" "$AUTHOR")"
  [ "$status" = 201 ] || [ "$status" = 200 ] || { show_problem; fail "drafting the next version answered $status"; }
  status="$(http GET "$TYPOLOGY_URL/api/v1/typologies/${CODES[0]}/draft" "$AUTHOR")"
  [ "$status" = 200 ] || { show_problem; fail "reading the next version's draft answered $status"; }
  jq '{title, summary, narrative, crimeArea, indicators, marking, audience} | .summary += " Deposits are often made at several branches on the same day."' \
    "$WORK/body" >"$WORK/next.json"
  status="$(http PUT "$TYPOLOGY_URL/api/v1/typologies/${CODES[0]}/draft" "$AUTHOR" "$WORK/next.json")"
  [ "$status" = 200 ] || { show_problem; fail "editing the next version answered $status"; }
  status="$(http POST "$TYPOLOGY_URL/api/v1/typologies/${CODES[0]}/draft/submit" "$AUTHOR")"
  [ "$status" = 200 ] || { show_problem; fail "submitting the next version answered $status"; }
  status="$(http POST "$TYPOLOGY_URL/api/v1/typologies/${CODES[0]}/draft/approve" "$REVIEWER")"
  [ "$status" = 200 ] || { show_problem; fail "approving the next version answered $status"; }
  next_version="$(jq -r .version "$WORK/body")"
  deadline_at=$((SECONDS + DEADLINE_SECONDS))
  until http GET "$GATEWAY_URL/api/v1/typologies/${CODES[0]}" "${TOKENS[bank-alpha]}" >/dev/null && [ "$(jq -r .version "$WORK/body")" = "$next_version" ]; do
    [ "$SECONDS" -ge "$deadline_at" ] && fail "version $next_version of ${CODES[0]} did not reach bank-alpha within ${DEADLINE_SECONDS}s"
    sleep 1
  done
  jq -r '"   bank-alpha holds \(.code) v\(.version) (was v\(.previousVersion)); changed:", (.changes[] | "     \(.field) \(.change)")' "$WORK/body"
  status="$(http POST "$GATEWAY_URL/api/v1/typologies/${CODES[0]}/versions/1/acknowledgement" "${TOKENS[bank-alpha]}")"
  printf '   bank-alpha acknowledges the superseded v1 -> %s\n' "$status"
  show_problem
  status="$(http POST "$GATEWAY_URL/api/v1/typologies/${CODES[0]}/versions/$next_version/acknowledgement" "${TOKENS[bank-alpha]}")"
  printf '   bank-alpha acknowledges v%s -> %s\n' "$next_version" "$status"
  [ "$status" = 201 ] || { show_problem; fail "acknowledging v$next_version answered $status, expected 201"; }
fi

section "Screening: the FIU checks a new report against the typologies' rules"
deadline_at=$((SECONDS + DEADLINE_SECONDS))
until http GET "$FIU_URL/api/v1/screening/typologies" "$FIU" >/dev/null && [ "$(jq --arg c "${CODES[0]}" '[.[] | select(.code == $c)] | length' "$WORK/body")" -gt 0 ]; do
  [ "$SECONDS" -ge "$deadline_at" ] && fail "the FIU did not receive the typologies' rules within ${DEADLINE_SECONDS}s"
  sleep 1
done
jq -r '.[] | "   FIU screens with \(.code) v\(.version): \([.indicators[] | select(.screened) | .code] | join(", "))"' "$WORK/body"
# Alpha files its structuring report again (a new bank reference), now citing the first typology.
jq --arg run "$RUN_ID" --arg code "${CODES[0]}" '.bankReference = "ALPHA-TYP-" + $run | .typologyCodes = [$code]' \
  "$REPORTS_DIR/alpha-0001-structuring.json" >"$WORK/typology-report.json"
status="$(http POST "$GATEWAY_URL/api/v1/reports" "${TOKENS[bank-alpha]}" "$WORK/typology-report.json")"
[ "$status" = 201 ] || { show_problem; fail "filing the report citing ${CODES[0]} answered $status, expected 201"; }
screened_ref="$(jq -r .concordReference "$WORK/body")"
deadline_at=$((SECONDS + DEADLINE_SECONDS))
until http GET "$GATEWAY_URL/api/v1/reports/$screened_ref" "${TOKENS[bank-alpha]}" >/dev/null && [ "$(jq -r .status "$WORK/body")" = Acknowledged ]; do
  [ "$SECONDS" -ge "$deadline_at" ] && fail "$screened_ref was not acknowledged within ${DEADLINE_SECONDS}s"
  sleep 1
done
status="$(http GET "$FIU_URL/api/v1/reports/$screened_ref/typology-hits" "$FIU")"
[ "$status" = 200 ] || { show_problem; fail "the report's typology hits answered $status"; }
jq -r '"   \(.concordReference) matched: " + ([.hits[] | "\(.indicatorCode) of \(.code) v\(.version)"] | join(", "))' "$WORK/body"
[ "$(jq '.hits | length' "$WORK/body")" -gt 0 ] || fail "the report citing ${CODES[0]} matched no rule"
status="$(http GET "$FIU_URL/api/v1/triage?pageSize=200" "$FIU")"
jq -r --arg r "$screened_ref" '.items[] | select(.concordReference == $r) | "   in triage: score \(.score): " + ([.factors[].explanation] | join("; "))' "$WORK/body"
jq -n '{decision: "Disseminate", reason: "Structured cash deposits matching the drug-proceeds typology; to the task force."}' >"$WORK/disseminate.json"
status="$(http POST "$FIU_URL/api/v1/reports/$screened_ref/decision" "$FIU" "$WORK/disseminate.json")"
printf '   FIU decides Disseminate on %s -> %s\n' "$screened_ref" "$status"
[ "$status" = 204 ] || { show_problem; fail "the decision answered $status, expected 204"; }

section "What the typologies achieve (statistics per version, per bank)"
deadline_at=$((SECONDS + DEADLINE_SECONDS))
until http GET "$TYPOLOGY_URL/api/v1/typologies/${CODES[0]}/statistics?period=month" "$AUTHOR" >/dev/null &&
  [ "$(jq '[.versions[].disseminations] | add // 0' "$WORK/body")" -gt 0 ]; do
  [ "$SECONDS" -ge "$deadline_at" ] && fail "the statistics of ${CODES[0]} did not count the dissemination within ${DEADLINE_SECONDS}s"
  sleep 1
done
jq -r '.versions[] | "   \(.version): sent to \(.recipients), acknowledged by \(.acknowledgements), cited by \(.citations), rules hit \(.ruleHits) reports, \(.disseminations) disseminated"' "$WORK/body" |
  sed "s/^   /   ${CODES[0]} v/"
jq -r '.byBank[] | "     \(.bank) v\(.version): acknowledged \(.acknowledged), \(.citations) citations, \(.ruleHits) hits, \(.disseminations) disseminated"' "$WORK/body"
status="$(http GET "$TYPOLOGY_URL/api/v1/typologies/statistics/export?format=csv" "$AUTHOR")"
printf '   export for the partnership (CSV):\n'
sed 's/^/     /' "$WORK/body"
printf '\nTypologies complete: each bank received and acknowledged only what its audience and agreements allow; the FIU sees what they achieve.\n'

# cases_token CLIENT: a token for a task-force member's demo client (scope concord.cases).
cases_token() { demo_token "$1" "demo-$1-secret" concord.cases; }

# expect STATUS WHAT: fails the demo, showing the problem, unless the last call answered STATUS.
expect() {
  [ "$status" = "$1" ] || { show_problem; fail "$2 answered $status, expected $1"; }
}

section "A task force's case: from the FIU's dissemination to closure ($CASES_URL, under $JMLIT)"
POLICE="$(cases_token police-ecu-cases)"
PROSECUTOR="$(cases_token cps-demo-cases)"
INVESTIGATOR="$(cases_token bank-alpha-investigator)"
FIU_AGREEMENTS="$(demo_token fiu-gb-system demo-fiu-gb-secret concord.agreements)"
# Note: a consent is scoped to originator, recipient and purpose, so one left by an earlier run (a run that stopped
# before its end) would already show the prosecutor the FIU's item: the FIU withdraws those first.
status="$(http GET "$AGREEMENTS_URL/api/v1/consents?pageSize=200" "$FIU_AGREEMENTS")"
expect 200 "the FIU's consents"
for consent in $(jq -r --arg now "$(date -u +%Y-%m-%dT%H:%M:%SZ)" '.items[] | select(.originator == "fiu-gb" and .recipient == "cps-demo"
    and .purpose == "Prosecution" and .revokedAt == null and .expiresAt > $now) | .id' "$WORK/body"); do
  status="$(http POST "$AGREEMENTS_URL/api/v1/consents/$consent/withdrawal" "$FIU_AGREEMENTS")"
  printf '   (fiu-gb withdraws consent %s, left by an earlier run -> %s)\n' "$consent" "$status"
done
jq -n --arg agreement "$JMLIT" --arg a "$screened_ref" --arg b "$beta_ref" --arg run "$RUN_ID" '{
  agreementCode: $agreement, recipientOrganisationId: "police-ecu",
  title: ("Structured cash through a car-wash business at two banks (demo run " + $run + ")"),
  analysisNote: "Alpha and Beta both report structured cash deposits paid on to the same beneficiary; the deposits match typology T-2026-014.",
  reportReferences: [$a, $b], marking: "Amber", sourceGrading: { reliability: "B", credibility: 2 } }' >"$WORK/dissemination.json"
status="$(http POST "$FIU_URL/api/v1/disseminations" "$FIU" "$WORK/dissemination.json")"
expect 201 "the dissemination"
DISSEMINATION="$(jq -r .reference "$WORK/body")"
jq -r '"   FIU disseminates \(.reference) to \(.recipientOrganisationId) under \(.agreementCode) (\(.marking), \(.onwardSharing)): \(.reports | length) reports"' "$WORK/body"

deadline_at=$((SECONDS + DEADLINE_SECONDS))
until [ "$(http GET "$CASES_URL/api/v1/disseminations/$DISSEMINATION" "$POLICE")" = 200 ]; do
  [ "$SECONDS" -ge "$deadline_at" ] && fail "$DISSEMINATION did not reach the police unit in Cases within ${DEADLINE_SECONDS}s"
  sleep 1
done
printf '   police-ecu finds it pending in Cases; the prosecutor asks for it -> %s, Alpha'"'"'s investigator -> %s\n' \
  "$(http GET "$CASES_URL/api/v1/disseminations/$DISSEMINATION" "$PROSECUTOR")" "$(http GET "$CASES_URL/api/v1/disseminations/$DISSEMINATION" "$INVESTIGATOR")"

jq -n '{title: "Operation Ledger", caseType: "MoneyLaundering"}' >"$WORK/case.json"
status="$(http POST "$CASES_URL/api/v1/disseminations/$DISSEMINATION/case" "$POLICE" "$WORK/case.json")"
expect 201 "opening a case from the dissemination"
CASE="$(jq -r .id "$WORK/body")"
jq -r '"   police-ecu opens \(.reference) \"\(.title)\" (\(.caseType)) from it: \(.milestone), \(.items) item(s), template tasks: " + ([.tasks[].title] | join("; "))' "$WORK/body"
for member in 'cps-demo-cases cps-demo Prosecutor' 'bank-alpha-investigator bank-alpha BankInvestigator' 'bank-beta-investigator bank-beta BankInvestigator'; do
  read -r person organisation role <<<"$member"
  jq -n --arg p "$person" --arg o "$organisation" --arg r "$role" '{personId: $p, organisationId: $o, role: $r}' >"$WORK/member.json"
  status="$(http POST "$CASES_URL/api/v1/cases/$CASE/members" "$POLICE" "$WORK/member.json")"
  printf '   add %s (%s) as %s -> %s\n' "$person" "$organisation" "$role" "$status"
  if [ "$organisation" = bank-beta ]; then
    expect 400 "adding bank-beta's investigator (no flow vets it)"
    jq -r '.fieldErrors[] | "     \(.path) \(.code): \(.message)"' "$WORK/body"
  else
    expect 201 "adding $person"
  fi
done

status="$(http GET "$CASES_URL/api/v1/cases/$CASE/items" "$POLICE")"
ITEM="$(jq -r '.[] | select(.kind == "Dissemination") | .itemId' "$WORK/body")"
jq -r '.[] | "   police-ecu sees item \(.kind) \"\(.title)\" from \(.originator), \(.marking), lineage \(.lineage | join(", "))"' "$WORK/body"
for who in PROSECUTOR INVESTIGATOR; do
  http GET "$CASES_URL/api/v1/cases/$CASE/items" "${!who}" >/dev/null
  printf '   %s sees %s item(s) (the FIU'"'"'s intelligence goes no further without the FIU'"'"'s consent)\n' \
    "$( [ "$who" = PROSECUTOR ] && echo cps-demo || echo bank-alpha)" "$(jq length "$WORK/body")"
done
jq -n '{recipientOrganisationId: "cps-demo", purpose: "Prosecution", justification: "Charging advice needs the FIU'"'"'s analysis."}' >"$WORK/share.json"
status="$(http POST "$CASES_URL/api/v1/cases/$CASE/items/$ITEM/onward-shares" "$POLICE" "$WORK/share.json")"
expect 202 "asking to pass the FIU's item to the prosecutor"
SHARE="$(jq -r .shareId "$WORK/body")"
printf '   police-ecu asks to pass the FIU'"'"'s item to cps-demo for Prosecution -> 202 %s: a consent request to fiu-gb\n' "$(jq -r .status "$WORK/body")"
deadline_at=$((SECONDS + DEADLINE_SECONDS))
until [ "$(http GET "$AGREEMENTS_URL/api/v1/consent-requests/$SHARE" "$FIU_AGREEMENTS")" = 200 ]; do
  [ "$SECONDS" -ge "$deadline_at" ] && fail "the consent request did not reach the Agreements service within ${DEADLINE_SECONDS}s"
  sleep 1
done
jq -r '"   fiu-gb finds it at the Agreements service: \(.requestedBy) asks to pass \(.subject) to \(.recipient) for \(.purpose): \"\(.justification)\""' "$WORK/body"
jq -n --arg until "$(date -u -d '+30 days' +%Y-%m-%dT%H:%M:%SZ)" '{expiresAt: $until}' >"$WORK/grant.json"
status="$(http POST "$AGREEMENTS_URL/api/v1/consent-requests/$SHARE/grant" "$FIU_AGREEMENTS" "$WORK/grant.json")"
expect 200 "the FIU's grant"
CONSENT="$(cat "$WORK/body")"
printf '   fiu-gb grants it until %s (consent %s)\n' "$(jq -r .expiresAt "$WORK/grant.json")" "$(jq -r .consentId "$WORK/body")"
deadline_at=$((SECONDS + DEADLINE_SECONDS))
until [ "$(http GET "$CASES_URL/api/v1/cases/$CASE/items/$ITEM" "$PROSECUTOR")" = 200 ]; do
  [ "$SECONDS" -ge "$deadline_at" ] && fail "the prosecutor did not see the FIU's item within ${DEADLINE_SECONDS}s of the consent"
  sleep 1
done
printf '   cps-demo now reads the item "%s"; Alpha'"'"'s investigator still gets -> %s\n' "$(jq -r .title "$WORK/body")" \
  "$(http GET "$CASES_URL/api/v1/cases/$CASE/items/$ITEM" "$INVESTIGATOR")"
status="$(http GET "$CASES_URL/api/v1/cases/$CASE/items/$ITEM/reports/$beta_ref" "$POLICE")"
expect 200 "reading Beta's report through the FIU"
jq -r '"   police-ecu reads \(.concordReference) through the FIU: filed by \(.bankOrganisationId), \(.marking), keep until \(.retainUntil)"' "$WORK/body"
printf '   Alpha'"'"'s investigator asks for the same report -> %s\n' "$(http GET "$CASES_URL/api/v1/cases/$CASE/items/$ITEM/reports/$beta_ref" "$INVESTIGATOR")"

jq -n --arg iban "$SHARED_IBAN" --arg deadline "$(date -u -d '+14 days' +%Y-%m-%dT%H:%M:%SZ)" '{
  bankOrganisationIds: ["bank-alpha"], description: "Statements of the account, January to June 2026, and its account-opening file.",
  subjects: [ { localId: "S1", kind: "LegalEntity", legalEntity: { name: "Brightwash Valeting Ltd" }, accounts: [ { iban: $iban } ] } ],
  legalInstrument: "Production order 2026/117", deadline: $deadline }' >"$WORK/production.json"
status="$(http POST "$CASES_URL/api/v1/cases/$CASE/production-requests" "$POLICE" "$WORK/production.json")"
expect 201 "the production request"
PRODUCTION="$(jq -r '.[0].reference' "$WORK/body")"
printf '   police-ecu asks bank-alpha to produce documents: %s, due %s\n' "$PRODUCTION" "$(jq -r '.[0].deadline' "$WORK/body")"
deadline_at=$((SECONDS + DEADLINE_SECONDS))
until [ "$(http GET "$GATEWAY_URL/api/v1/production-requests/$PRODUCTION" "${TOKENS[bank-alpha]}")" = 200 ]; do
  [ "$SECONDS" -ge "$deadline_at" ] && fail "$PRODUCTION did not reach bank-alpha's gateway within ${DEADLINE_SECONDS}s"
  sleep 1
done
jq -r '"   bank-alpha finds it in its gateway: \"\(.description)\" from \(.requestedBy // .requestedByOrganisation // "the task force"), \(.status)"' "$WORK/body"
printf '   bank-beta asks for it -> %s\n' "$(http GET "$GATEWAY_URL/api/v1/production-requests/$PRODUCTION" "${TOKENS[bank-beta]}")"
printf 'date,description,amount,currency\n2026-03-02,Cash deposit,9500.00,GBP\n2026-03-03,Cash deposit,9400.00,GBP\n2026-03-05,Transfer out,18500.00,GBP\n' >"$WORK/statements.csv"
jq -n --arg content "$(base64 -w0 "$WORK/statements.csv")" '{
  documents: [ { fileName: "statements-2026H1.csv", mediaType: "text/csv", description: "Statements January to June 2026", content: $content } ],
  comment: "The account-opening file follows within the deadline." }' >"$WORK/answer.json"
status="$(http POST "$GATEWAY_URL/api/v1/production-requests/$PRODUCTION/answer" "${TOKENS[bank-beta]}" "$WORK/answer.json")"
printf '   bank-beta tries to answer it -> %s\n' "$status"
[ "$status" = 404 ] || fail "bank-beta answering Alpha's production request answered $status, expected 404"
status="$(http POST "$GATEWAY_URL/api/v1/production-requests/$PRODUCTION/answer" "${TOKENS[bank-alpha]}" "$WORK/answer.json")"
expect 201 "bank-alpha's answer"
jq -r '"   bank-alpha answers: " + ([.documents[] | "\(.fileName) (\(.mediaType), \(.sizeBytes) bytes, sha256 \(.sha256[0:12])…)"] | join(", "))' "$WORK/body"
deadline_at=$((SECONDS + DEADLINE_SECONDS))
until http GET "$CASES_URL/api/v1/cases/$CASE/items" "$POLICE" >/dev/null && jq -e 'any(.[]; .kind == "ProducedDocuments")' "$WORK/body" >/dev/null; do
  [ "$SECONDS" -ge "$deadline_at" ] && fail "bank-alpha's documents did not arrive in the case within ${DEADLINE_SECONDS}s"
  sleep 1
done
DOCS="$(jq -r '.[] | select(.kind == "ProducedDocuments") | .itemId' "$WORK/body")"
jq -r '.[] | select(.kind == "ProducedDocuments") | "   the documents arrive in the case as an item from \(.originator) (\(.documents) document(s), \(.marking))"' "$WORK/body"
status="$(http GET "$CASES_URL/api/v1/cases/$CASE/items/$DOCS" "$INVESTIGATOR")"
expect 200 "Alpha's investigator reading Alpha's documents"
printf '   Alpha'"'"'s investigator sees them; the prosecutor asks -> %s\n' "$(http GET "$CASES_URL/api/v1/cases/$CASE/items/$DOCS" "$PROSECUTOR")"

for milestone in UnderInvestigation ReferredToProsecution Charged; do
  jq -n --arg m "$milestone" '{milestone: $m}' >"$WORK/milestone.json"
  status="$(http POST "$CASES_URL/api/v1/cases/$CASE/milestones" "$POLICE" "$WORK/milestone.json")"
  expect 200 "moving the case to $milestone"
done
jq -n '{milestone: "AssetsRecovered"}' >"$WORK/milestone.json"
status="$(http POST "$CASES_URL/api/v1/cases/$CASE/milestones" "$POLICE" "$WORK/milestone.json")"
printf '   UnderInvestigation, ReferredToProsecution, Charged; then AssetsRecovered before any freeze -> %s\n' "$status"
[ "$status" = 409 ] || { show_problem; fail "an illegal milestone answered $status, expected 409"; }
for milestone in AssetsFrozen AssetsRecovered; do
  jq -n --arg m "$milestone" '{milestone: $m}' >"$WORK/milestone.json"
  status="$(http POST "$CASES_URL/api/v1/cases/$CASE/milestones" "$POLICE" "$WORK/milestone.json")"
  expect 200 "moving the case to $milestone"
done
printf '   then AssetsFrozen and AssetsRecovered in order -> 200\n'
jq -n '{milestone: "Closed", outcome: "Convicted", reason: "Both directors convicted of money laundering; the account balance was confiscated."}' >"$WORK/milestone.json"
status="$(http POST "$CASES_URL/api/v1/cases/$CASE/milestones" "$POLICE" "$WORK/milestone.json")"
expect 200 "closing the case"
CASE_REF="$(jq -r .reference "$WORK/body")"
printf '   %s closed: %s\n' "$CASE_REF" "$(jq -r '"\(.outcome) — \(.outcomeReason)"' "$WORK/body")"
status="$(http GET "$CASES_URL/api/v1/cases/$CASE/timeline" "$POLICE")"
jq -r '.[] | select(.type == "OutcomeShared") | "     outcome to \(.event.recipient // .event.Recipient): \(if (.event.sent // .event.Sent) then "sent" else "not sent" end)"' "$WORK/body" 2>/dev/null || true

deadline_at=$((SECONDS + DEADLINE_SECONDS))
until http GET "$FIU_URL/api/v1/disseminations/$DISSEMINATION" "$FIU" >/dev/null && [ "$(jq '.outcomes | length' "$WORK/body")" -gt 0 ]; do
  [ "$SECONDS" -ge "$deadline_at" ] && fail "the outcome did not reach the FIU within ${DEADLINE_SECONDS}s"
  sleep 1
done
jq -r '.outcomes[] | "   the FIU learns: \(.caseReference) \(.outcome) (\(.summary)); reports \(.reportReferences | join(", "))"' "$WORK/body"
for org in bank-alpha bank-beta; do
  own="$screened_ref"; [ "$org" = bank-beta ] && own="$beta_ref"
  deadline_at=$((SECONDS + DEADLINE_SECONDS))
  until http GET "$GATEWAY_URL/api/v1/reports/$own" "${TOKENS[$org]}" >/dev/null && [ "$(jq '.caseOutcomes | length' "$WORK/body")" -gt 0 ]; do
    [ "$SECONDS" -ge "$deadline_at" ] && fail "the outcome did not reach $org within ${DEADLINE_SECONDS}s"
    sleep 1
  done
  jq -r --arg org "$org" '.caseOutcomes[] | "   \($org) sees on its report \(.caseReference): \(.outcome) — \(.summary)"' "$WORK/body"
done
status="$(http POST "$AGREEMENTS_URL/api/v1/consents/$(jq -r .consentId <<<"$CONSENT")/withdrawal" "$FIU_AGREEMENTS")"
expect 200 "the FIU withdrawing its consent"
deadline_at=$((SECONDS + DEADLINE_SECONDS))
until [ "$(http GET "$CASES_URL/api/v1/cases/$CASE/items/$ITEM" "$PROSECUTOR")" = 404 ]; do
  [ "$SECONDS" -ge "$deadline_at" ] && fail "the prosecutor still saw the FIU's item ${DEADLINE_SECONDS}s after the consent was withdrawn"
  sleep 1
done
printf '   the case closed, fiu-gb withdraws its consent; the prosecutor asks for the FIU'"'"'s item again -> 404\n'
printf '\nThe case is complete: each member saw only what its organisation may, and each bank learnt what its own report achieved.\n'
