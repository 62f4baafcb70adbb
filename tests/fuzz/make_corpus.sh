#!/usr/bin/env bash
# Seed corpora from the sandbox's real answers, one folder per fuzz target (docs/fuzzing.md):
#   tests/fuzz/make_corpus.sh [OUTDIR]        default OUTDIR: build-fuzz/corpus
# Starts build/app/sandbox/retrydesk-sandbox (or $SANDBOX; build-ci/ when CI=true) on free loopback
# ports, once per wire mode (full, seeds-only), and saves with curl: list pages, details, the PUT /
# cancel answers, error answers (401, 404, 422 invalid_uuid, 422 retry_not_active), the lists API,
# and response heads with Date / Retry-After (429 from --rate-limit 1, 503 from --fault-503 1 and
# --fault-503-date 1). Without a sandbox binary it says so and exits 0: the checked-in seeds in
# tests/fuzz/corpus/ are enough to fuzz.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
OUT=${1:-$ROOT/build-fuzz/corpus}

say() { printf 'make_corpus: %s\n' "$*" >&2; }

if [ -z "${SANDBOX:-}" ]; then
  for dir in $([ "${CI:-}" = true ] && echo build-ci build || echo build build-ci); do
    if [ -x "$ROOT/$dir/app/sandbox/retrydesk-sandbox" ]; then
      SANDBOX=$ROOT/$dir/app/sandbox/retrydesk-sandbox
      break
    fi
  done
fi
if [ -z "${SANDBOX:-}" ] || [ ! -x "$SANDBOX" ]; then
  say "no sandbox binary (build the main project first, or set SANDBOX=…): using the checked-in seeds only"
  exit 0
fi
if ! command -v curl >/dev/null 2>&1; then
  say "curl is not installed: using the checked-in seeds only"
  exit 0
fi

TARGETS=(page_decoder validation_detail error_envelope retry_after http_date lists)
for t in "${TARGETS[@]}"; do mkdir -p "$OUT/$t"; done
WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

# start NAME ARGS… → sets PORT; returns 1 (with the tool's words in $WORK/NAME.log) when the
# sandbox refuses the arguments or does not come up.
start() {
  local name=$1
  shift
  : >"$WORK/$name.log"
  "$SANDBOX" --port 0 --quiet "$@" >"$WORK/$name.log" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  for _ in $(seq 100); do
    PORT=$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$WORK/$name.log")
    [ -n "$PORT" ] && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.05
  done
  return 1
}

stop_all() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  PIDS=()
}

KEY='Authorization: Bearer mxcep_demo_update_key'
LISTS_KEY=cliova_demo_lists_key
V=/v1/validations
L=/v1/webhooks/email-validations/bulk-emails
ID1=0000000a-0000-4000-8000-000000000001
ID2=0000000a-0000-4000-8000-000000000002
POLICY='{"retry_policy":{"enabled":true,"max_retries":3,"interval_seconds":600,"outcomes":["not_found"]}}'
N=0

# fetch MODE NAME "TARGET…" CURL-ARGS… : the body goes to every target named, the response head
# to retry_after (whole head) and http_date (its Date and Retry-After values).
fetch() {
  local mode=$1 name=$2 targets=$3
  shift 3
  local body=$WORK/body head=$WORK/head
  if ! curl -sS --max-time 10 -o "$body" -D "$head" "$@" 2>"$WORK/curl.err"; then
    say "$mode/$name: $(cat "$WORK/curl.err")"
    return 0
  fi
  N=$((N + 1))
  for t in $targets; do cp "$body" "$OUT/$t/$mode-$name"; done
  tr -d '\r' <"$head" >"$OUT/retry_after/$mode-$name.head"
  local h
  for h in Date Retry-After; do
    sed -n "s/^$h: *//Ip" "$head" | tr -d '\r\n' >"$WORK/value"
    if [ -s "$WORK/value" ]; then cp "$WORK/value" "$OUT/http_date/$mode-$name.$h"; fi
  done
}

answers() {
  local mode=$1 base=http://127.0.0.1:$PORT
  fetch "$mode" list-limit5 "page_decoder" -H "$KEY" "$base$V?limit=5"
  fetch "$mode" list-pending "page_decoder" -H "$KEY" "$base$V?retry_state=pending"
  fetch "$mode" list-cancelled "page_decoder" -H "$KEY" "$base$V?retry_state=cancelled&limit=20"
  fetch "$mode" list-bulk "page_decoder" -H "$KEY" "$base$V?source=bulk_import&limit=10"
  fetch "$mode" list-bad-param "page_decoder error_envelope" -H "$KEY" "$base$V?limit=0"
  for n in 1 2 4 5 6 9; do
    fetch "$mode" "detail-$n" "validation_detail" -H "$KEY" "$base$V/0000000a-0000-4000-8000-00000000000$n"
  done
  fetch "$mode" put-policy "validation_detail" -X PUT -H "$KEY" -H "Idempotency-Key: fuzz-corpus-put-$mode" \
    -H 'Content-Type: application/json' --data "$POLICY" "$base$V/$ID1/retry-policy"
  fetch "$mode" put-policy-invalid "validation_detail error_envelope" -X PUT -H "$KEY" \
    -H "Idempotency-Key: fuzz-corpus-bad-$mode" -H 'Content-Type: application/json' \
    --data '{"retry_policy":{"enabled":true,"max_retries":99,"interval_seconds":5,"outcomes":["valid"]}}' \
    "$base$V/$ID1/retry-policy"
  fetch "$mode" cancel "validation_detail" -X POST -H "$KEY" -H "Idempotency-Key: fuzz-corpus-cancel-$mode" "$base$V/$ID2/cancel-retries"
  fetch "$mode" cancel-again-422-retry-not-active "error_envelope validation_detail" -X POST -H "$KEY" \
    -H "Idempotency-Key: fuzz-corpus-cancel2-$mode" "$base$V/$ID2/cancel-retries"
  fetch "$mode" error-401 "error_envelope page_decoder" "$base$V?limit=5"
  fetch "$mode" error-401-bad-key "error_envelope" -H 'Authorization: Bearer nope' "$base$V/$ID1"
  fetch "$mode" error-403 "error_envelope" -X POST -H 'Authorization: Bearer mxcep_demo_readonly_key' \
    -H "Idempotency-Key: fuzz-corpus-403-$mode" "$base$V/$ID2/cancel-retries"
  fetch "$mode" error-404 "error_envelope" -H "$KEY" "$base$V/0000000a-0000-4000-8000-0000000000ff"
  fetch "$mode" error-422-invalid-uuid "error_envelope" -X POST -H "$KEY" -H "Idempotency-Key: fuzz-corpus-uuid-$mode" \
    "$base$V/not-a-uuid/cancel-retries"
  fetch "$mode" error-400-key "error_envelope" -X POST -H "$KEY" -H 'Idempotency-Key: bad key!' "$base$V/$ID2/cancel-retries"
  fetch "$mode" account "validation_detail" -H "$KEY" "$base/v1/account"
  fetch "$mode" lists "lists" "$base$L?apiKey=$LISTS_KEY"
  fetch "$mode" list-one "lists" "$base$L/list_12345?apiKey=$LISTS_KEY"
  fetch "$mode" list-retry "lists" -X POST -H "Idempotency-Key: fuzz-corpus-list-$mode" "$base$L/list_12345/retry?apiKey=$LISTS_KEY"
  fetch "$mode" list-retry-processing "lists error_envelope" -X POST -H "Idempotency-Key: fuzz-corpus-list2-$mode" \
    "$base$L/list_12347/retry?apiKey=$LISTS_KEY"
  fetch "$mode" list-401 "lists error_envelope" "$base$L?apiKey=wrong"
  fetch "$mode" list-404 "lists error_envelope" "$base$L/list_99999?apiKey=$LISTS_KEY"
}

# The wire option of a mode: full is the default (and works with a sandbox that predates --wire).
wire() { if [ "$1" != full ]; then echo "--wire $1"; fi; }

fault_answers() {
  local mode=$1 base
  # shellcheck disable=SC2046 # wire's words are meant to split
  if start "$mode-ratelimit" $(wire "$mode") --rate-limit 1; then
    base=http://127.0.0.1:$PORT
    fetch "$mode" ratelimit-first "page_decoder" -H "$KEY" "$base$V?limit=1"
    fetch "$mode" ratelimit-429 "error_envelope" -H "$KEY" "$base$V?limit=1"
    fetch "$mode" ratelimit-lists-first "lists" "$base$L?apiKey=$LISTS_KEY"
    fetch "$mode" ratelimit-429-lists "error_envelope lists" "$base$L?apiKey=$LISTS_KEY"
  fi
  stop_all
  # shellcheck disable=SC2046
  if start "$mode-503" $(wire "$mode") --fault-503 1 --retry-after 7; then
    fetch "$mode" fault-503 "error_envelope" -H "$KEY" "http://127.0.0.1:$PORT$V?limit=1"
  fi
  stop_all
  # shellcheck disable=SC2046
  if start "$mode-503-date" $(wire "$mode") --fault-503-date 1 --retry-after 90 --clock-offset -3600; then
    fetch "$mode" fault-503-date "error_envelope" -H "$KEY" "http://127.0.0.1:$PORT$V?limit=1"
  fi
  stop_all
}

for mode in full seeds-only; do
  # shellcheck disable=SC2046
  if ! start "$mode" --admin $(wire "$mode"); then
    say "the sandbox refuses ${mode} mode ($(head -c 200 "$WORK/$mode.log" | tr '\n' ' ')): skipped"
    stop_all
    continue
  fi
  answers "$mode"
  stop_all
  fault_answers "$mode"
done
say "$N answers saved under $OUT"
