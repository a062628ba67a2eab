#!/usr/bin/env bash
# Fuzz with libFuzzer and AddressSanitizer for SECONDS (default 60): the whole conversion pipeline
# (Sources/gene2json-fuzz) or the identity reader alone (Sources/gene2json-identity-fuzz); invariants in
# Sources/GeneDocsFuzzing.
#
#   Scripts/fuzz.sh [SECONDS] [pipeline|identity]
#
# pipeline: seeds Fixtures/**/*.md, Fuzz/regressions/ and the documents of ../shared/corpus/gene-docs (read at run
# time when it is there), dictionary Fuzz/markdown.dict, inputs up to 64 KiB.
# identity: seeds the first paragraphs of ../shared/corpus/gene-docs (read at run time when it is there, never
# copied into the project) and of the fixtures, plus Fuzz/identity-regressions/; dictionary Fuzz/identity.dict (the
# word classes' phrases and symbol-shaped tokens); inputs up to 4 KiB.
# The growing corpus goes to fuzz-out/corpus[-identity], each run's log and crash/timeout/leak artifacts to
# fuzz-out/run-DATE/ (gitignored). Exits non-zero on a finding: once it is fixed, copy the artifact into
# Fuzz/regressions/ (or Fuzz/identity-regressions/) and the tests keep it fixed.
# Environment: FUZZ_JOBS (parallel fuzzing processes, default 1), FUZZ_SCRATCH (build directory, default .build-fuzz).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
target=${2:-pipeline}
jobs=${FUZZ_JOBS:-1}
scratch=${FUZZ_SCRATCH:-.build-fuzz}
out=fuzz-out

case "$target" in
  pipeline) product=gene2json-fuzz dict=Fuzz/markdown.dict max_len=65536 corpus="$out/corpus" ;;
  identity) product=gene2json-identity-fuzz dict=Fuzz/identity.dict max_len=4096 corpus="$out/corpus-identity" ;;
  *) echo "fuzz.sh: unknown target '$target' (pipeline or identity)" >&2; exit 2 ;;
esac

# Release: about ten times the executions a second of a debug build; bounds and overflow checks stay on.
# SwiftPM passes -sanitize=fuzzer to the executable only; without coverage instrumentation of the library modules
# libFuzzer would see only the C targets (cov: 4 on the identity target, 492 on the pipeline).
swift build --product "$product" --sanitize=fuzzer --sanitize=address --scratch-path "$scratch" -c release \
  -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp
bin="$scratch/release/$product"

run="$out/run-$(date +%Y%m%d-%H%M%S)-$target"
seeds="$out/seeds-$target"
rm -rf "$seeds"
mkdir -p "$corpus" "$seeds" "$run/artifacts"
if [ "$target" = pipeline ]; then
  # Seeds are copied flat (libFuzzer reads files, not trees); names keep the path so they stay apart.
  find Fixtures Fuzz/regressions -type f \( -name '*.md' -o -path 'Fuzz/regressions/*' \) ! -name README.md -print0 |
    while IFS= read -r -d '' file; do cp "$file" "$seeds/${file//\//_}"; done
  # The real documents of ../shared/corpus when it is beside the clone (read at run time, never copied into the
  # project): shapes the hand-written fixtures do not have.
  if [ -d ../shared/corpus/gene-docs ]; then
    find ../shared/corpus/gene-docs -name '*.md' -exec cp {} "$seeds/" \;
  fi
else
  # The first paragraph after the first heading of each real document and fixture: real shapes of first sentences.
  python3 Scripts/first_paragraphs.py "$seeds" Fixtures ../shared/corpus/gene-docs
  find Fuzz/identity-regressions -type f ! -name README.md -exec cp {} "$seeds/" \; 2>/dev/null || true
fi

log="$run/fuzz.log"
parallel=()
if [ "$jobs" -gt 1 ]; then parallel=(-jobs="$jobs" -workers="$jobs"); fi
echo "fuzzing $target for ${seconds}s with $jobs job(s); seeds: $(find "$seeds" -type f | wc -l); log: $log"
status=0
# Swift's own backtracer would fight ASan's signal handlers after a trap; libFuzzer's report is enough.
SWIFT_BACKTRACE=enable=no "$bin" "$corpus" "$seeds" \
  -dict="$dict" -max_len="$max_len" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  ${FUZZ_SEED:+-seed="$FUZZ_SEED"} \
  -artifact_prefix="$run/artifacts/" -print_final_stats=1 "${parallel[@]}" >"$log" 2>&1 || status=$?
if [ "$jobs" -gt 1 ]; then cat fuzz-[0-9]*.log >>"$log" 2>/dev/null && rm -f fuzz-[0-9]*.log; fi

grep -E '^#[0-9]+.*(DONE|pulse)' "$log" | tail -1 || true
grep -E '^stat::' "$log" || true
findings=$(find "$run/artifacts" -type f | wc -l)
if [ "$status" -ne 0 ] || [ "$findings" -ne 0 ]; then
  grep -E 'ERROR: |Fatal error|invariant violated|SUMMARY' "$log" | head -20 || true
  echo "fuzz ($target): FINDING (libFuzzer status $status; artifacts in $run/artifacts/: $findings)"
  echo "0 passed, 1 failed"
  exit 1
fi
echo "fuzz ($target): no finding in ${seconds}s"
echo "1 passed, 0 failed"
