#!/usr/bin/env bash
# The fuzz suite (docs/fuzzing.md):
#   tests/fuzz/run.sh build            configure and build build-fuzz/ (clang, libFuzzer, ASan, UBSan)
#   tests/fuzz/run.sh short            build, make the corpus, run every target FUZZ_SECONDS (10) s
#   tests/fuzz/run.sh long [SECONDS]   the same, SECONDS (300) per target, with exec/s
#   tests/fuzz/run.sh regressions      replay tests/fuzz/regressions/<target>/* (known findings)
# Two targets at a time (2 cores). Fails on any crash, leak, timeout, out-of-memory or sanitizer
# report; the input is saved in build-fuzz/artifacts/ and the log in build-fuzz/logs/<target>.log.
# Environment: FUZZ_BUILD_DIR (build-fuzz), JOBS (2), FUZZ_PARALLEL (2), RD_FUZZ_STRICT=1 (the
# contract checks: two parsers that must agree, a parser against its writer), SANDBOX (the sandbox
# binary), FUZZ_DECODER_OPT=-O1 (build the page decoder like the rest: +1 min build, 2x its speed).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SRC=$ROOT/tests/fuzz
BUILD=${FUZZ_BUILD_DIR:-$ROOT/build-fuzz}
TARGETS=(page_decoder validation_detail error_envelope retry_after http_date lists)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

build() {
  if ! command -v clang++ >/dev/null 2>&1; then
    say "clang++ not found: ./setup.sh deps installs clang, llvm and libclang-rt-dev (libFuzzer, sanitizers)"
    return 1
  fi
  if [ ! -f "$BUILD/build.ninja" ] || [ -n "${FUZZ_DECODER_OPT:-}" ]; then
    say "Configuring $BUILD (clang $(clang++ -dumpversion), libFuzzer + ASan + UBSan)"
    mkdir -p "$BUILD"
    CC=clang CXX=clang++ cmake -S "$SRC" -B "$BUILD" -G Ninja \
      ${FUZZ_DECODER_OPT:+-DRD_FUZZ_DECODER_OPT=$FUZZ_DECODER_OPT} >"$BUILD/configure.log" 2>&1 ||
      { cat "$BUILD/configure.log" >&2; return 1; }
  fi
  say "Building the fuzz targets with ${JOBS:-2} jobs"
  cmake --build "$BUILD" -j "${JOBS:-2}"
}

corpus() {
  local t
  for t in "${TARGETS[@]}"; do mkdir -p "$BUILD/corpus/$t"; done
  "$SRC/make_corpus.sh" "$BUILD/corpus" || say "make_corpus.sh failed: fuzzing from the checked-in seeds only"
}

# Any report fails the run: UBSan stops at the first finding, ASan (and LeakSanitizer) report
# with a stack, symbolized by llvm-symbolizer.
sanitizer_env() {
  export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1}
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:report_error_type=1}
  local symbolizer
  symbolizer=$(command -v llvm-symbolizer || true)
  if [ -n "$symbolizer" ]; then export ASAN_SYMBOLIZER_PATH=$symbolizer UBSAN_SYMBOLIZER_PATH=$symbolizer; fi
  export QT_LOGGING_RULES='*.debug=false'
}

# fuzz TARGET SECONDS → build-fuzz/logs/TARGET.log and .rc
fuzz() {
  local t=$1 seconds=$2 dict=()
  [ -f "$SRC/dict/$t.dict" ] && dict=("-dict=$SRC/dict/$t.dict")
  local seeds=() d
  # The checked-in seeds, and every input that once found a problem (regressions/: replayed on
  # each run; strict-* ones only fail with RD_FUZZ_STRICT=1).
  for d in "$SRC/corpus/$t" "$SRC/regressions/$t"; do [ -d "$d" ] && seeds+=("$d"); done
  # New inputs go to the first folder (build-fuzz/corpus, ignored by git); the seeds are read only.
  set +e
  "$BUILD/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$BUILD/artifacts/" "${dict[@]}" "$BUILD/corpus/$t" "${seeds[@]}" \
    >"$BUILD/logs/$t.log" 2>&1
  echo $? >"$BUILD/logs/$t.rc"
  set -e
}

# One line per target; 1 when it failed.
report() {
  local t=$1 with_speed=$2
  local log=$BUILD/logs/$t.log rc
  rc=$(cat "$BUILD/logs/$t.rc")
  local runs secs corp speed
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
  corp=$(grep -o 'corp: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
  if [ "$rc" = 0 ] && ! grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|==FUZZ==' "$log"; then
    printf 'fuzz %s: %s runs in %s s%s, corpus %s, no crash\n' "$t" "${runs:-?}" "${secs:-?}" \
      "$([ "$with_speed" = 1 ] && echo " (${speed:-?} exec/s)")" "${corp:-?}"
    return 0
  fi
  printf 'fuzz %s: FAILED (exit %s) — log: %s\n' "$t" "$rc" "$log"
  grep -E -A2 'ERROR:|runtime error:|==FUZZ==' "$log" | grep -vE '^    #([0-9]{2,}|[3-9]) ' | head -30 | sed 's/^/  /'
  grep -E 'Test unit written to' "$log" | sed 's/^.*Test unit written to/  input saved to/'
  return 1
}

# Each saved finding once, strict-* files with RD_FUZZ_STRICT=1; 1 when any still reproduces.
regressions() {
  local dir file t name still=0 out
  sanitizer_env
  for dir in "$SRC"/regressions/*/; do
    [ -d "$dir" ] || continue
    t=$(basename "$dir")
    for file in "$dir"*; do
      [ -f "$file" ] || continue
      name=$t/$(basename "$file")
      if out=$(RD_FUZZ_STRICT=$([[ $(basename "$file") == strict-* ]] && echo 1 || echo 0) \
        "$BUILD/fuzz_$t" -runs=1 "$file" 2>&1); then
        printf 'regression %s: passes (fixed)\n' "$name"
      else
        still=1
        printf 'regression %s: still fails — %s\n' "$name" \
          "$(grep -m1 -E -A2 'runtime error:|ERROR:|==FUZZ==' <<<"$out" | grep -v '^--' | tr '\n' ' ' | cut -c1-220)"
      fi
    done
  done
  return "$still"
}

run_all() {
  local seconds=$1 with_speed=$2 parallel=${FUZZ_PARALLEL:-2} failed=0 i t
  mkdir -p "$BUILD/artifacts" "$BUILD/logs"
  sanitizer_env
  say "Fuzzing ${#TARGETS[@]} targets for $seconds s each, $parallel at a time"
  for ((i = 0; i < ${#TARGETS[@]}; i += parallel)); do
    for t in "${TARGETS[@]:i:parallel}"; do fuzz "$t" "$seconds" & done
    wait
  done
  for t in "${TARGETS[@]}"; do report "$t" "$with_speed" || failed=1; done
  if [ "$failed" = 1 ]; then
    say "Fuzzing found a problem. Reproduce: $BUILD/fuzz_<target> $BUILD/artifacts/<crash-file> (docs/fuzzing.md)"
  fi
  return "$failed"
}

case "${1:-}" in
  build) build ;;
  short)
    build
    corpus
    run_all "${FUZZ_SECONDS:-10}" 0
    ;;
  long)
    build
    corpus
    run_all "${2:-300}" 1
    ;;
  regressions)
    build
    regressions
    ;;
  *)
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
