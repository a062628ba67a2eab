#!/usr/bin/env bash
# Fuzz the whole conversion pipeline (Sources/gene2json-fuzz, invariants in Sources/GeneDocsFuzzing) with libFuzzer
# and AddressSanitizer for SECONDS (default 60).
#
#   Scripts/fuzz.sh [SECONDS]
#
# Seeds: Fixtures/**/*.md and Fuzz/regressions/; dictionary: Fuzz/markdown.dict; inputs up to 64 KiB. The growing
# corpus goes to fuzz-out/corpus, each run's log and crash/timeout/leak artifacts to fuzz-out/run-DATE/ (gitignored).
# Exits non-zero on a finding: once it is fixed, copy the artifact into Fuzz/regressions/ and the tests keep it fixed.
# Environment: FUZZ_JOBS (parallel fuzzing processes, default 1), FUZZ_SCRATCH (build directory, default .build-fuzz).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
jobs=${FUZZ_JOBS:-1}
scratch=${FUZZ_SCRATCH:-.build-fuzz}
out=fuzz-out

# Release: about ten times the executions a second of a debug build; bounds and overflow checks stay on.
swift build --product gene2json-fuzz --sanitize=fuzzer --sanitize=address --scratch-path "$scratch" -c release
bin="$scratch/release/gene2json-fuzz"

run="$out/run-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out/corpus" "$out/seeds" "$run/artifacts"
# Seeds are copied flat (libFuzzer reads files, not trees); names keep the path so they stay apart.
find Fixtures Fuzz/regressions -type f \( -name '*.md' -o -path 'Fuzz/regressions/*' \) ! -name README.md -print0 |
  while IFS= read -r -d '' file; do cp "$file" "$out/seeds/${file//\//_}"; done

log="$run/fuzz.log"
parallel=()
if [ "$jobs" -gt 1 ]; then parallel=(-jobs="$jobs" -workers="$jobs"); fi
echo "fuzzing for ${seconds}s with $jobs job(s); log: $log"
status=0
# Swift's own backtracer would fight ASan's signal handlers after a trap; libFuzzer's report is enough.
SWIFT_BACKTRACE=enable=no "$bin" "$out/corpus" "$out/seeds" \
  -dict=Fuzz/markdown.dict -max_len=65536 -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  ${FUZZ_SEED:+-seed="$FUZZ_SEED"} \
  -artifact_prefix="$run/artifacts/" -print_final_stats=1 "${parallel[@]}" >"$log" 2>&1 || status=$?
if [ "$jobs" -gt 1 ]; then cat fuzz-[0-9]*.log >>"$log" 2>/dev/null && rm -f fuzz-[0-9]*.log; fi

grep -E '^#[0-9]+.*(DONE|pulse)' "$log" | tail -1 || true
grep -E '^stat::' "$log" || true
findings=$(find "$run/artifacts" -type f | wc -l)
if [ "$status" -ne 0 ] || [ "$findings" -ne 0 ]; then
  grep -E 'ERROR: |Fatal error|invariant violated|SUMMARY' "$log" | head -20 || true
  echo "fuzz: FINDING (libFuzzer status $status; artifacts in $run/artifacts/: $findings)"
  echo "0 passed, 1 failed"
  exit 1
fi
echo "fuzz: no finding in ${seconds}s"
echo "1 passed, 0 failed"
