#!/usr/bin/env bash
# Shared by Scripts/asan.sh and Scripts/tsan.sh: builds the package and its tests with one sanitizer in its own
# scratch directory, runs `swift test` (the CLI tests run the sanitized gene2json binary), and fails on any failed
# test or any sanitizer report, from the test runner or from a gene2json child process. Prints `N passed, N failed`
# (tests) last.
#
#   Scripts/sanitized-tests.sh address|thread [swift test arguments, e.g. --filter BadInput]
set -euo pipefail
cd "$(dirname "$0")/.."

sanitizer=$1
shift
case $sanitizer in
  address) scratch=${ASAN_SCRATCH:-.build-asan} ;;
  thread) scratch=${TSAN_SCRATCH:-.build-tsan} ;;
  *) echo "usage: $0 address|thread [swift test arguments]" >&2; exit 2 ;;
esac

reports=$(mktemp -d)
trap 'rm -rf "$reports"' EXIT
log="$scratch/sanitized-tests.log"
rm -rf "$scratch/reports" && mkdir -p "$scratch/reports"

swift build --build-tests --sanitize="$sanitizer" --scratch-path "$scratch"

# Reports go to files (one per process) as well as making the process exit with 86, so that a report in a child
# process fails the test that ran it and is counted here even when that test expected a non-zero status.
export GENE2JSON_SANITIZER=$sanitizer
export ASAN_OPTIONS="exitcode=86:log_path=$reports/asan:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$PWD/Tests/sanitizers/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export TSAN_OPTIONS="exitcode=86:log_path=$reports/tsan:halt_on_error=0:suppressions=$PWD/Tests/sanitizers/tsan.supp${TSAN_OPTIONS:+:$TSAN_OPTIONS}"
status=0
swift test --skip-build --sanitize="$sanitizer" --scratch-path "$scratch" "$@" >"$log" 2>&1 || status=$?

grep -E '^(✔|✘) Test run|Executed [0-9]+ tests' "$log" || true
passed=$(grep -cE '^✔ Test "' "$log" || true)
failed=$(grep -cE '^✘ Test "' "$log" || true)
skipped=$(grep -cE '^➜ Test "' "$log" || true)
report_files=$(find "$reports" -type f | wc -l)
if [ "$report_files" -gt 0 ]; then
  echo "== $report_files sanitizer report(s):"
  for file in "$reports"/*; do
    echo "-- $file"
    head -60 "$file"
  done
  cp "$reports"/* "$scratch/reports/"
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "swift test exited with $status (log: $log)"
  tail -20 "$log"
  failed=1
fi
[ "$report_files" -eq 0 ] || failed=$((failed + report_files))
echo "$sanitizer: log $log, reports $scratch/reports"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
