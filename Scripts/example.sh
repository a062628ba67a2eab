#!/usr/bin/env bash
# Builds the example package that uses the library from another package (Examples/RecordSummary, depending on
# GeneDocs by path) and runs it on two fixtures: the canonical one gives its symbol and name, the empty one its
# first error and exit status 1. Prints "N passed, N failed" last.
#
#   Scripts/example.sh
set -uo pipefail
cd "$(dirname "$0")/.."
scratch=${EXAMPLE_SCRATCH:-.build-example}

swift build --package-path Examples/RecordSummary --scratch-path "$scratch" || { echo "0 passed, 1 failed"; exit 1; }
bin="$scratch/debug/RecordSummary"
passed=0
failed=0
check() {
  if [ "$2" = "$3" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL $1: got '$2', want '$3'"; fi
}
out=$("$bin" Fixtures/convert/canonical.md)
check canonical "$out" "Fixtures/convert/canonical.md: TPMT, 'Thiopurine S-Methyltransferase', 1 mention(s), 0 diagnostic(s)"
out=$("$bin" Fixtures/convert/empty.md)
status=$?
check "empty document" "$out" "Fixtures/convert/empty.md: no symbol, no name, 0 mention(s), 4 diagnostic(s); first error: GD101 required section 'Gene Summary' is missing"
check "exit status" "$status" 1
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
