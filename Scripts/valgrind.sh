#!/usr/bin/env bash
# Valgrind memcheck on the gene2json binary over the fixtures, each command and mode, and damaged inputs: no memory
# error and no definite leak (libcmark trees, Yams/libyaml documents, the project's own buffers). Each run passes when
# valgrind reports nothing (exit 9 is valgrind's) and gene2json did not die of a signal; gene2json's own exit 1 for
# documents with errors is expected. Prints `N passed, N failed` last.
#
#   Scripts/valgrind.sh            builds the debug binary (scratch VALGRIND_SCRATCH, default .build) first
#
# Valgrind 3.19 cannot read the DWARF 5 that Swift 6.3 writes, so the binary is checked as a copy without debug
# information (function names stay; file and line numbers go). Tests/valgrind/swift.supp silences the Swift
# runtime's "possibly lost" caches; definite leaks are never suppressed.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v valgrind >/dev/null 2>&1 || {
  echo "valgrind is not installed (apt-get install valgrind)" >&2
  exit 2
}
scratch=${VALGRIND_SCRATCH:-.build}
swift build --product gene2json --scratch-path "$scratch"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
objcopy --strip-debug "$scratch/debug/gene2json" "$work/gene2json"
bin="$work/gene2json"
logs="$scratch/valgrind"
rm -rf "$logs" && mkdir -p "$logs"

# Damaged inputs, made here.
printf '## Gene Summary\nTPMT is \x80 \xc0\xaf \xed\xa0\x80 \xf4\x90\x80\x80 \xff a gene.\n' >"$work/invalid-utf8.md"
printf '## Gene Summary\nTPMT \x00 is a gene.\n' >"$work/nul.md"
printf 'Preamble\r\r## Gene Summary\rTPMT is &#xFFFE; &#0; a gene.\r\n## Extra\nx' >"$work/line-ends.md"
python3 -c "import sys; sys.stdout.write('- ' * 10000 + 'x\n')" >"$work/deep-lists.md"
python3 -c "import sys; sys.stdout.write('>' * 20000 + 'a\n')" >"$work/deep-quotes.md"

passed=0
failed=0
check() {
  local name=$1
  shift
  local status=0
  valgrind --quiet --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite \
    --error-exitcode=9 --suppressions=Tests/valgrind/swift.supp --log-file="$logs/$name.log" \
    "$bin" "$@" >"$logs/$name.out" 2>"$logs/$name.err" </dev/null || status=$?
  if [ "$status" -eq 9 ] || [ "$status" -ge 128 ] || [ -s "$logs/$name.log" ]; then
    failed=$((failed + 1))
    echo "== $name FAILED (status $status): $logs/$name.log"
    head -40 "$logs/$name.log"
  else
    passed=$((passed + 1))
    echo "== $name ok (gene2json status $status)"
  fi
}

mapfile -t convert < <(find Fixtures/convert -maxdepth 1 -name '*.md' | sort)
mapfile -t docs < <(find Fixtures/validate/docs -name '*.md' | sort)
mapfile -t regressions < <(find Fuzz/regressions -type f ! -name README.md | sort)
check convert "${convert[@]}"
check convert-markdown-fix-encoding --markdown --fix-encoding "${convert[@]}"
check convert-jsonl --format jsonl --strict "${convert[@]}"
check validate-text validate --config Fixtures/validate/config/defaults.yml "${docs[@]}"
check validate-sarif-hgnc validate --reporter sarif --gene-table Fixtures/gene-tables/hgnc_complete_set.txt "${docs[@]}"
check validate-json-ncbi validate --reporter json --config Fixtures/validate/config/ncbi.yml "${docs[@]}"
check schema schema
check damaged "$work/invalid-utf8.md" "$work/nul.md" "$work/line-ends.md" "$work/deep-lists.md" "$work/deep-quotes.md"
check regressions "${regressions[@]}"
check missing-input "$work/missing.md"
check usage-error --format xml "${convert[0]}"

echo "valgrind: logs in $logs"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
