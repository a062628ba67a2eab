#!/usr/bin/env bash
# The whole test suite: installs what is missing, runs the Swift tests, then the independent checks on the
# built binary (JSON Schema, the seed, the real corpus). Prints `N passed, N failed` for the stages last.
set -euo pipefail
cd "$(dirname "$0")/.."

Scripts/install-deps.sh
swift build --build-tests
bin="$(swift build --show-bin-path)/gene2json"

passed=0
failed=0
stage() {
  local name=$1
  shift
  local started=$SECONDS
  echo "== $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "== $name FAILED"; fi
  echo "== $name: $((SECONDS - started)) s"
}

stage "swift test" swift test --skip-build
stage "JSON Schema (jsonschema) on every fixture's output" python3 Tests/schema/validate_outputs.py "$bin"
stage "seed document" python3 Tests/seed/check_seed.py "$bin"
stage "SQLite read back with Python's sqlite3 (records, rows, foreign keys, --update equals a fresh build)" \
  python3 Tests/database/check_sqlite.py --binary "$bin"
stage "Parquet read with pyarrow and the declared schema; the README's DuckDB command" \
  python3 Tests/parquet/check_parquet.py --binary "$bin"
stage "SARIF 2.1.0 schema (jsonschema) on validate --reporter sarif" env GENE2JSON_BIN="$bin" Tests/sarif/check.sh
stage "pre-commit: the README's snippet and try-repo (language: swift builds the hook)" Tests/precommit/check.sh
stage "DocC: the library's documentation builds, warnings as errors (swift-docc-plugin)" Scripts/docs.sh
stage "Examples/RecordSummary: a package using GeneDocs by path builds and runs" Scripts/example.sh
stage "docs/gene2json.1 is what the command's help says (GenerateManual plugin)" Scripts/manual.sh --check
stage "Snakemake workflow (K=7) equals one run" Tests/workflow/check_snakemake.sh "$bin"
# The dictionary property test is left out here: it is the suite's longest by far (some 10 of ASan's 15 minutes), the
# plain run above checks it whole, and the identity reader still runs under ASan in the cut-at-every-byte and
# mutated-real-sentence tests and in the identity fuzz target below (built with -sanitize=address).
stage "test suite under AddressSanitizer + LeakSanitizer (but the dictionary property test)" \
  Scripts/asan.sh --skip dictionaryTokensAtWordBoundaries
stage "fuzzing smoke (60 s, fixed seed)" env FUZZ_SEED=1 Scripts/fuzz.sh 60
stage "identity fuzzing smoke (60 s, fixed seed; seeds include ../shared's first paragraphs)" \
  env FUZZ_SEED=1 Scripts/fuzz.sh 60 identity
if [ -x ../shared/tools/corpus-check ]; then
  stage "real corpus (corpus-check)" ../shared/tools/corpus-check --bin "$bin"
  stage "identity on rewritten first sentences of folds 0-2 (at least 97% right, at most 1% wrong names, 1% wrong symbols)" \
    python3 Tests/identity/rewrites.py "$bin"
fi
if [ -f ../shared/tables/Homo_sapiens.gene_info ]; then
  stage "identity on 2,000 NCBI official names in fifteen sentence shapes (at most 1% wrong names, 0.2% wrong symbols)" \
    python3 Tests/identity/ncbi_probe.py "$bin"
fi
if [ -d ../shared/corpus/gene-docs ] && [ -d ../shared/vocabularies/pharmgkb ]; then
  stage "mentions on the real corpus equal an independent Python matcher (pyahocorasick)" \
    python3 Tests/mentions/reference.py "$bin"
fi

echo "stages: $passed passed, $failed failed"
[ "$failed" = 0 ]
