#!/usr/bin/env bash
# Tests/workflow/check_snakemake.sh [GENE2JSON_BIN]
#
# Runs workflows/snakemake/ for real (local executor, --cores 2) and checks that the sharded result
# equals one gene2json process over the same inputs:
#   - merged records.jsonl (and .csv/.tsv) byte-identical to one `gene2json convert DIR --format F`;
#   - merged validation.json equal (as a JSON value, same order) to one `validate DIR --reporter json`;
#   - summary.json agrees with the single runs (documents, errors, per-code counts, exit statuses).
# Cases: Fixtures/ (K=7), a 2,000-document corpus from Benchmarks/generate_corpus.py (K=7, relative
# input_dir, jsonl+csv+tsv), a tree of awkward file names (listing order), exit status 2 failing the
# workflow with no merged output, rerun behaviour (nothing to do / a changed document reruns), and the
# same workflow through a cluster executor whose jobs run as separate remote Snakemake processes.
#
# GENE2JSON_BIN defaults to .build/release/gene2json, else gene2json on PATH.
# Snakemake: $SNAKEMAKE if set, else `snakemake` on PATH, else pip-installs snakemake==$SNAKEMAKE_VERSION
# into a virtualenv at $GENE2JSON_SNAKEMAKE_VENV (default ~/.cache/gene2json/snakemake-venv).
# GENE2JSON_KEEP_TMP=1 keeps the temporary directory; GENE2JSON_WORKFLOW_CASES="names exit2" runs only
# those cases (fixtures corpus names units exit2 cluster). The last line is "N passed, N failed, N skipped";
# the exit status is non-zero when anything failed.

set -uo pipefail

SNAKEMAKE_VERSION=9.27.1
CLUSTER_GENERIC_VERSION=1.0.9
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WF="$ROOT/workflows/snakemake"
export PYTHONDONTWRITEBYTECODE=1

passed=0 failed=0 skipped=0
ok()   { echo "ok:   $*"; passed=$((passed + 1)); }
bad()  { echo "FAIL: $*"; failed=$((failed + 1)); }
skip() { echo "skip: $*"; skipped=$((skipped + 1)); }
finish() {
  if [ "${GENE2JSON_KEEP_TMP:-0}" = 1 ]; then echo "kept $TMP"; else rm -rf "$TMP"; fi
  echo "$passed passed, $failed failed, $skipped skipped"
  [ "$failed" -eq 0 ]
  exit $?
}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/g2j-snakemake.XXXXXX")

# ------------------------------------------------------------------ the binary
BIN=${1:-}
if [ -z "$BIN" ]; then
  if [ -x "$ROOT/.build/release/gene2json" ]; then BIN="$ROOT/.build/release/gene2json"
  else BIN=$(command -v gene2json || true); fi
fi
case "$BIN" in
  "") ;;
  */*) [ -x "$BIN" ] && BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN") || BIN= ;;
  *) BIN=$(command -v "$BIN" || true) ;;
esac
if [ -z "$BIN" ]; then
  bad "no gene2json binary (pass one, or build with: swift build -c release)"; finish
fi
echo "gene2json: $BIN"

# ------------------------------------------------------------------ snakemake
VENV=${GENE2JSON_SNAKEMAKE_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/gene2json/snakemake-venv}
if [ -n "${SNAKEMAKE:-}" ]; then SMK=$SNAKEMAKE
elif command -v snakemake >/dev/null 2>&1; then SMK=$(command -v snakemake)
else
  if [ ! -x "$VENV/bin/snakemake" ] || [ "$("$VENV/bin/snakemake" --version 2>/dev/null)" != "$SNAKEMAKE_VERSION" ]; then
    echo "installing snakemake==$SNAKEMAKE_VERSION into $VENV"
    { python3 -m venv "$VENV" && "$VENV/bin/pip" install --quiet --disable-pip-version-check \
        "snakemake==$SNAKEMAKE_VERSION" "snakemake-executor-plugin-cluster-generic==$CLUSTER_GENERIC_VERSION"; } \
      > "$TMP/pip.log" 2>&1 || { cat "$TMP/pip.log"; bad "pip install snakemake"; finish; }
  fi
  SMK="$VENV/bin/snakemake"
fi
echo "snakemake: $SMK ($("$SMK" --version 2>&1))"

# ------------------------------------------------------------------ helpers
want() { [ -z "${GENE2JSON_WORKFLOW_CASES:-}" ] || [[ " $GENE2JSON_WORKFLOW_CASES " == *" $1 "* ]]; }
now() { python3 -c 'import time; print(time.time())'; }
elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$2"; }

# json_equal A B: same JSON value (arrays in the same order)
json_equal() {
  python3 - "$1" "$2" <<'EOF'
import json, sys
a, b = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
if a != b:
    print(f"    {sys.argv[1]}: {len(a) if isinstance(a, list) else '?'} items; "
          f"{sys.argv[2]}: {len(b) if isinstance(b, list) else '?'} items")
    if isinstance(a, list) and isinstance(b, list):
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                print(f"    first difference at {i}:\n      {x}\n      {y}")
                break
    sys.exit(1)
EOF
}

# check_summary DIR: summary.json agrees with the single runs
check_summary() {
  python3 - "$1" <<'EOF'
import json, sys, os
d = sys.argv[1]
s = json.load(open(f"{d}/out/summary.json"))
report = json.load(open(f"{d}/single.validation.json"))
with open(f"{d}/single.jsonl", "rb") as f:
    docs = sum(1 for line in f if line.strip())
# a document turned away with GD303 has no record but is still a document
docs += len({x["path"] for x in report if x["code"] == "GD303"})
rc = {k: int(open(f"{d}/single.{k}.rc").read()) for k in ("jsonl", "validation")}
codes = {}
for x in report:
    codes[x["code"]] = codes.get(x["code"], 0) + 1
want = {
    "documents": docs,
    "errors": sum(1 for x in report if x["severity"] == "error"),
    "warnings": sum(1 for x in report if x["severity"] == "warning"),
    "codes": dict(sorted(codes.items())),
    "validate_exit_status": rc["validation"],
    "convert_exit_status": rc["jsonl"],
}
got = {k: s.get(k) for k in want}
if got != want:
    print(f"    summary {got}\n    expected {want}")
    sys.exit(1)
if bool(s["shards_with_errors"]) != (max(rc.values()) == 1):
    print(f"    shards_with_errors {s['shards_with_errors']} but single-run exit statuses {rc}")
    sys.exit(1)
EOF
}

# single DIR INPUT FORMATS...: one gene2json process per output, from DIR (exit 0 or 1 expected)
single() {
  local dir=$1 input=$2; shift 2
  local fmt rc
  for fmt in "$@"; do
    (cd "$dir" && "$BIN" convert "$input" --format "$fmt" > "single.$fmt" 2> "single.$fmt.err"); rc=$?
    echo "$rc" > "$dir/single.$fmt.rc"
    [ "$rc" -le 1 ] || { bad "$(basename "$dir"): single convert --format $fmt exited $rc"; cat "$dir/single.$fmt.err"; return 1; }
  done
  (cd "$dir" && "$BIN" validate "$input" --reporter json > single.validation.json 2> single.validation.err); rc=$?
  echo "$rc" > "$dir/single.validation.rc"
  [ "$rc" -le 1 ] || { bad "$(basename "$dir"): single validate exited $rc"; cat "$dir/single.validation.err"; return 1; }
}

# workflow DIR INPUT K FORMATS [snakemake args...]: run the workflow with DIR as working directory
workflow() {
  local dir=$1 input=$2 k=$3 formats=$4; shift 4
  "$SMK" -s "$WF/Snakefile" --directory "$dir" --nocolor "$@" \
    --config "input_dir=$input" output_dir=out "shards=$k" "formats=[$formats]" \
    "gene2json={path: $BIN}" > "$dir/snakemake.log" 2>&1
}

# compare DIR FORMATS...: merged outputs vs the single runs
compare() {
  local dir=$1 name; name=$(basename "$1"); shift
  local fmt
  for fmt in "$@"; do
    if cmp -s "$dir/out/records.$fmt" "$dir/single.$fmt"; then
      ok "$name: records.$fmt byte-identical to one run ($(wc -l < "$dir/single.$fmt") lines)"
    else
      bad "$name: records.$fmt differs from one run"
      cmp "$dir/out/records.$fmt" "$dir/single.$fmt" | sed 's/^/    /'
      # Tell a listing-order difference from a merge bug: one run over the workflow's own manifest.
      (cd "$dir" && "$BIN" convert --files-from out/shards/manifest.txt --format "$fmt" > "manifest.$fmt" 2>/dev/null)
      if cmp -s "$dir/out/records.$fmt" "$dir/manifest.$fmt"; then
        echo "    (equal to one run over the workflow's manifest: the directory listing differs from gene2json's;"
        echo "     compare: python3 $WF/scripts/g2jwf.py list DIR  vs  the source.path order of one run)"
      fi
    fi
  done
  if json_equal "$dir/out/validation.json" "$dir/single.validation.json"; then
    ok "$name: validation.json equals one validate run ($(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$dir/single.validation.json") diagnostics)"
  else
    bad "$name: validation.json differs from one validate run"
  fi
  if check_summary "$dir"; then ok "$name: summary.json agrees with the single runs"
  else bad "$name: summary.json disagrees with the single runs"; fi
}

# case_run NAME INPUT K FORMATS: single runs + workflow + comparisons
case_run() {
  local name=$1 input=$2 k=$3 formats=$4 dir="$TMP/$1"
  local t0 t1 t2
  t0=$(now)
  single "$dir" "$input" ${formats//,/ } || return 1
  t1=$(now)
  if workflow "$dir" "$input" "$k" "$formats" --cores 2; then
    t2=$(now)
    ok "$name: workflow ran (K=$k, --cores 2)"
    echo "    time: single runs $(elapsed "$t0" "$t1") s, workflow $(elapsed "$t1" "$t2") s"
  else
    bad "$name: workflow failed"; tail -40 "$dir/snakemake.log" | sed 's/^/    /'; return 1
  fi
  compare "$dir" ${formats//,/ }
}

# ------------------------------------------------------------------ 1. Fixtures, K=7
mkdir -p "$TMP/fixtures"
nfix=$(python3 "$WF/scripts/g2jwf.py" list "$ROOT/Fixtures" 2>/dev/null | wc -l)
if ! want fixtures; then :
elif [ "$nfix" -gt 0 ]; then
  case_run fixtures "$ROOT/Fixtures" 7 jsonl,csv,tsv
else
  skip "fixtures: no *.md / *.markdown under Fixtures/"
fi

# ------------------------------------------------------------------ 2. generated corpus, 2,000 documents, K=7
GEN="$ROOT/Benchmarks/generate_corpus.py"
mkdir -p "$TMP/corpus"
if ! want corpus; then :
elif [ ! -f "$GEN" ]; then
  bad "corpus: $GEN is missing"
elif ! python3 "$GEN" --count 2000 --seed 7 --out "$TMP/corpus/docs" > "$TMP/corpus/generate.log" 2>&1; then
  bad "corpus: generate_corpus.py failed"; cat "$TMP/corpus/generate.log"
else
  # input_dir relative to the working directory, as a user would write it
  case_run corpus docs 7 jsonl,csv,tsv
  # Rerun behaviour: up to date -> nothing to do; a changed document -> the shards are rebuilt.
  dry() {
    "$SMK" -s "$WF/Snakefile" --directory "$TMP/corpus" -n --nocolor --config input_dir=docs output_dir=out \
      shards=7 "formats=[jsonl,csv,tsv]" "gene2json={path: $BIN}" > "$TMP/corpus/$1" 2>&1
  }
  dry dryrun1.log
  if grep -q "Nothing to be done" "$TMP/corpus/dryrun1.log"; then
    ok "corpus: a second run has nothing to do"
  else
    bad "corpus: a second run wants to redo work"
  fi
  first=$(find "$TMP/corpus/docs" -name '*.md' | sort | head -1)
  printf '\n' >> "$first"
  dry dryrun2.log
  if grep -qE "^(local)?rule manifest:" "$TMP/corpus/dryrun2.log"; then
    ok "corpus: a changed document reruns the manifest and shards"
  else
    bad "corpus: a changed document does not rerun the workflow"
  fi
fi

# ------------------------------------------------------------------ 3. awkward file names, K=3
T="$TMP/names/in"
mkdir -p "$T/a" "$T/b" "$T/z/y" "$T/a-b" "$T/sp ace"
doc() { printf '## Gene Summary\n%s is the official symbol for the %s gene.\n\n## Gene Drugs, Diseases, Phenotypes, and Pathways\nNone known.\n\n## Pharmacogenetics\nNone known.\n' "$2" "$3" > "$1"; }
doc "$T/a.md" ABC1 "ABC Transporter 1"
doc "$T/a/b.md" BCD2 "BCD Factor 2"
doc "$T/a-b.md" CDE3 "CDE Kinase 3"
doc "$T/a.markdown" DEF4 "DEF Channel 4"
doc "$T/a-b/c.md" EFG5 "EFG Ligase 5"
doc "$T/A.md" FGH6 "FGH Receptor 6"
doc "$T/B.md" GHI7 "GHI Synthase 7"
doc "$T/b/_x.md" HIJ8 "HIJ Protease 8"
doc "$T/z/y/x.md" IJK9 "IJK Exchanger 9"
doc "$T/sp ace/d e.md" JKL1 "JKL Adaptor 1"
doc "$T/$(printf 'caf\xc3\xa9').md" KLM2 "KLM Regulator 2"
doc "$T/a.md.txt" XXX1 "Not A Document"
printf 'I am sorry, but I cannot help with that.\n' > "$T/b/refusal.md"
want names && case_run names in 3 jsonl,csv

# ------------------------------------------------------------------ 3b. record units, Parquet and the dataset card
# records: [document, section, mention] with a vocabulary, K=3: every merged file equals one run with --records,
# and parquet: true writes Parquet that pyarrow reads with the declared schema (Tests/parquet/check_parquet.py
# --workflow) and a dataset card that Hugging Face datasets loads when it is installed.
U="$TMP/units"
mkdir -p "$U"
if ! want units; then :
elif [ "$nfix" -gt 0 ] && python3 -c 'import pyarrow' 2>/dev/null; then
  vocab="$ROOT/Fixtures/vocabularies/drugs.tsv"
  t0=$(now)
  if "$SMK" -s "$WF/Snakefile" --directory "$U" --cores 2 --nocolor --config input_dir="$ROOT/Fixtures" \
      output_dir=out shards=3 "formats=[jsonl,csv]" "records=[document,section,mention]" parquet=true \
      "gene2json={path: $BIN, convert_args: [--vocabulary, $vocab]}" > "$U/snakemake.log" 2>&1; then
    ok "units: workflow ran (records, sections, mentions; parquet) in $(elapsed "$t0" "$(now)") s"
    for unit in document:records section:sections mention:mentions; do
      for fmt in jsonl csv; do
        "$BIN" convert "$ROOT/Fixtures" --vocabulary "$vocab" --records "${unit%%:*}" --format "$fmt" \
          > "$U/single.${unit##*:}.$fmt" 2>/dev/null
        if cmp -s "$U/out/${unit##*:}.$fmt" "$U/single.${unit##*:}.$fmt"; then
          ok "units: ${unit##*:}.$fmt byte-identical to one run ($(wc -l < "$U/single.${unit##*:}.$fmt") lines)"
        else
          bad "units: ${unit##*:}.$fmt differs from one run with --records ${unit%%:*}"
        fi
      done
    done
    if python3 "$ROOT/Tests/parquet/check_parquet.py" --workflow "$U/out" > "$U/parquet.log" 2>&1; then
      ok "units: Parquet and dataset card ($(tail -1 "$U/parquet.log"))"
    else
      bad "units: Parquet or dataset card"; sed 's/^/    /' "$U/parquet.log"
    fi
  else
    bad "units: workflow failed"; tail -40 "$U/snakemake.log" | sed 's/^/    /'
  fi
else
  skip "units: no fixtures, or pyarrow is not installed"
fi

# ------------------------------------------------------------------ 4. exit status 2 fails the workflow
mkdir -p "$TMP/exit2"
printf '#!/bin/sh\necho "gene2json: simulated tool failure" >&2\nexit 2\n' > "$TMP/exit2/gene2json"
chmod +x "$TMP/exit2/gene2json"
if ! want exit2; then :
elif "$SMK" -s "$WF/Snakefile" --directory "$TMP/exit2" --cores 2 --nocolor --config input_dir="$T" output_dir=out \
    shards=2 "gene2json={path: $TMP/exit2/gene2json}" > "$TMP/exit2/snakemake.log" 2>&1; then
  bad "exit2: the workflow succeeded although gene2json exited 2"
elif [ -e "$TMP/exit2/out/records.jsonl" ] || [ -e "$TMP/exit2/out/validation.json" ]; then
  bad "exit2: merged outputs were written although a shard failed"
else
  ok "exit2: gene2json exiting 2 fails the workflow, no merged output"
fi

# ------------------------------------------------------------------ 5. cluster executor (remote job processes)
# Every job runs as its own `snakemake` process, as on SLURM or Kubernetes; "sbatch" here just starts the
# job script in the background on this machine.
"$SMK" --help > "$TMP/snakemake-help.txt" 2>&1
if ! want cluster; then :
elif grep -q -- "--cluster-generic-submit-cmd" "$TMP/snakemake-help.txt"; then
  C="$TMP/cluster"; mkdir -p "$C"
  printf '#!/bin/sh\nnohup sh "$1" > "$1.out" 2>&1 &\necho $!\n' > "$C/submit"; chmod +x "$C/submit"
  if single "$C" "$T" jsonl csv; then
    if workflow "$C" "$T" 2 jsonl,csv --executor cluster-generic --cluster-generic-submit-cmd "$C/submit" \
        --jobs 4 --latency-wait 10; then
      ok "cluster: workflow ran with every job in its own Snakemake process"
      compare "$C" jsonl csv
    else
      bad "cluster: workflow failed"; tail -40 "$C/snakemake.log" | sed 's/^/    /'
    fi
  fi
else
  skip "cluster: snakemake-executor-plugin-cluster-generic is not installed"
fi

finish
