#!/usr/bin/env bash
# gene2json fix and render over the benchmark corpus, timed against convert --format jsonl in the same run.
#
#   Benchmarks/fix-render.sh [--quick]
#
#   --quick    5,000 documents and 3 runs (a smoke run)
#
# Environment: GENE2JSON=path (benchmark this binary; default: build the static release one, as run.sh does),
# SEED=n (corpus seed, default 1), RUNS=n WARMUP=n (hyperfine, default 5/1), SCRATCH=dir (where the corpus copies,
# the records and the rendered documents go; default Benchmarks/out/fix-render; e.g. a tmpfs folder, to leave the
# file system's cost of creating files out: fix in place and render create one file a document).
#
# Commands (hyperfine -N, standard output to /dev/null), each at --jobs 1 and --jobs 2:
#   convert --format jsonl CORPUS            the baseline
#   fix --check CORPUS                       reads, rewrites in memory, compares; writes nothing
#   fix CORPUS-COPY                          rewrites in place (the copy is made again before each run)
#   fix --check FIXED                        the everyday CI case: every document already canonical
#   render RECORDS -o OUT                    RECORDS = convert's JSONL of the corpus; OUT removed before each run
# Writes Benchmarks/out/fix-render.md (the table) and out/hyperfine-fix-render-*.json.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
ROOT="$(dirname "$HERE")"
OUT="$HERE/out"
GEN="$HERE/generate_corpus.py"

COUNT=50000
RUNS="${RUNS:-5}"
WARMUP="${WARMUP:-1}"
for arg in "$@"; do
  case "$arg" in
    --quick) COUNT=5000; RUNS="${RUNS:-3}" ;;
    -h|--help) sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "fix-render.sh: unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
done
SEED="${SEED:-1}"
log() { printf '\n==> %s\n' "$*" >&2; }
q() { local s=${1//\'/\'\\\'\'}; printf "'%s'" "$s"; }
command -v hyperfine >/dev/null || { echo "fix-render.sh: needs hyperfine (apt-get install -y hyperfine)" >&2; exit 2; }

if [[ -n "${GENE2JSON:-}" ]]; then
  BIN="$(cd "$(dirname "$GENE2JSON")" && pwd -P)/$(basename "$GENE2JSON")"
else
  build=(swift build -c release --package-path "$ROOT" --product gene2json -Xswiftc -static-executable
         --scratch-path "$ROOT/.build-static")
  log "${build[*]}"
  "${build[@]}" >&2
  BIN="$("${build[@]}" --show-bin-path)/gene2json"
fi
mkdir -p "$OUT"

# The same corpus run.sh makes (same generator, seed and stamp), reused when it is there.
CORPUS="$OUT/corpus-$COUNT"
want="count=$COUNT seed=$SEED generator=$(sha256sum "$GEN" | cut -d' ' -f1)"
if [[ ! -d "$CORPUS" || ! -f "$CORPUS.stamp" || "$(cat "$CORPUS.stamp")" != "$want" ]]; then
  log "generating corpus-$COUNT (seed $SEED)"
  rm -rf -- "$CORPUS" "$CORPUS.stamp" "$CORPUS.md" "$CORPUS.tsv"
  python3 "$GEN" --count "$COUNT" --seed "$SEED" --out "$CORPUS" --concat "$CORPUS.md" --truth "$CORPUS.tsv"
  printf '%s\n' "$want" > "$CORPUS.stamp"
fi

WORK="${SCRATCH:-$OUT/fix-render}"
rm -rf -- "$WORK"
mkdir -p "$WORK"
log "corpus copy in $WORK"
cp -a "$CORPUS" "$WORK/corpus"
CORPUS="$WORK/corpus"
# What creating one small file costs on this file system (fix in place and render create one a document).
python3 - "$WORK" > "$WORK/create-cost.txt" <<'PY'
import os, sys, time
folder = os.path.join(sys.argv[1], "create-cost")
os.mkdir(folder)
start = time.perf_counter()
for index in range(2000):
    descriptor = os.open(os.path.join(folder, f"f{index}"), os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    os.write(descriptor, b"x" * 2048)
    os.close(descriptor)
print(f"{(time.perf_counter() - start) / 2000 * 1e6:.0f}")
PY
rm -rf -- "$WORK/create-cost"
RECORDS="$WORK/records.jsonl"
log "records for render: convert --format jsonl corpus-$COUNT"
"$BIN" convert --format jsonl --quiet "$CORPUS" > "$RECORDS" || [[ $? == 1 ]]
log "a canonical copy for fix --check (every document already fixed)"
cp -a "$CORPUS" "$WORK/fixed"
"$BIN" fix --quiet "$WORK/fixed" > /dev/null || [[ $? == 1 ]]

cut -d' ' -f1-3 /proc/loadavg > "$WORK/loadavg-start.txt"
log "hyperfine: convert, fix --check (corpus and canonical copy)"
hyperfine -N -i --output=null --style basic --warmup "$WARMUP" --runs "$RUNS" \
  --export-json "$OUT/hyperfine-fix-render-read.json" \
  -n convert-jobs1 "$(q "$BIN") convert --format jsonl --jobs 1 --quiet $(q "$CORPUS")" \
  -n convert-jobs2 "$(q "$BIN") convert --format jsonl --jobs 2 --quiet $(q "$CORPUS")" \
  -n fix-check-jobs1 "$(q "$BIN") fix --check --quiet --jobs 1 $(q "$CORPUS")" \
  -n fix-check-jobs2 "$(q "$BIN") fix --check --quiet --jobs 2 $(q "$CORPUS")" \
  -n fix-check-canonical-jobs1 "$(q "$BIN") fix --check --quiet --jobs 1 $(q "$WORK/fixed")" \
  -n fix-check-canonical-jobs2 "$(q "$BIN") fix --check --quiet --jobs 2 $(q "$WORK/fixed")" >&2
log "hyperfine: fix in place (a fresh copy before each run)"
hyperfine -N -i --output=null --style basic --warmup "$WARMUP" --runs "$RUNS" \
  --export-json "$OUT/hyperfine-fix-render-fix.json" \
  --prepare "bash -c $(q "rm -rf $(q "$WORK/copy") && cp -a $(q "$CORPUS") $(q "$WORK/copy")")" \
  -n fix-jobs1 "$(q "$BIN") fix --quiet --jobs 1 $(q "$WORK/copy")" \
  -n fix-jobs2 "$(q "$BIN") fix --quiet --jobs 2 $(q "$WORK/copy")" >&2
log "hyperfine: render (the output folder removed before each run)"
hyperfine -N -i --output=null --style basic --warmup "$WARMUP" --runs "$RUNS" \
  --export-json "$OUT/hyperfine-fix-render-render.json" \
  --prepare "rm -rf $(q "$WORK/rendered")" \
  -n render-jobs1 "$(q "$BIN") render --quiet --jobs 1 $(q "$RECORDS") -o $(q "$WORK/rendered")" \
  -n render-jobs2 "$(q "$BIN") render --quiet --jobs 2 $(q "$RECORDS") -o $(q "$WORK/rendered")" >&2
cut -d' ' -f1-3 /proc/loadavg > "$WORK/loadavg-end.txt"

python3 - "$OUT" "$COUNT" "$RUNS" "$WORK" <<'PY' | tee "$OUT/fix-render.md"
import json, sys
out, count, runs, work = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
results = {}
for part in ("read", "fix", "render"):
    for r in json.load(open(f"{out}/hyperfine-fix-render-{part}.json"))["results"]:
        results[r["command"]] = r
def mean(name): return results[name]["mean"]
def cpu(name): return results[name]["user"] + results[name]["system"]
rows = [
    ("convert --format jsonl", "convert-jobs1", "convert-jobs2", None),
    ("fix --check (corpus as generated)", "fix-check-jobs1", "fix-check-jobs2", "convert"),
    ("fix, in place (corpus as generated)", "fix-jobs1", "fix-jobs2", "convert"),
    ("fix --check (every document canonical)", "fix-check-canonical-jobs1", "fix-check-canonical-jobs2", "convert"),
]
load = open(f"{work}/loadavg-start.txt").read().split()[0] + " → " + open(f"{work}/loadavg-end.txt").read().split()[0]
create = open(f"{work}/create-cost.txt").read().strip()
print(f"{count:,} documents in {work}, {runs} runs each, load average {load}; creating a 2 KB file there takes "
      f"{create} µs (Python loop); ratios of means (and of CPU time, user + system) to convert at the same --jobs")
print()
print("| command | --jobs 1 | ratio | CPU ratio | --jobs 2 | ratio | CPU ratio |")
print("|---|---|---|---|---|---|---|")
for label, one, two, base in rows:
    cells = []
    for name, ref in ((one, "convert-jobs1"), (two, "convert-jobs2")):
        cells.append(f"{mean(name):.3f} s (CPU {cpu(name):.2f} s)")
        cells.append("1.00×" if base is None else f"{mean(name) / mean(ref):.2f}×")
        cells.append("1.00×" if base is None else f"{cpu(name) / cpu(ref):.2f}×")
    print(f"| `{label}` | " + " | ".join(cells) + " |")
render = "render"
rows2 = [("render RECORDS -o DIR", "render-jobs1", "render-jobs2")]
for label, one, two in rows2:
    cells = []
    for name, ref in ((one, "convert-jobs1"), (two, "convert-jobs2")):
        cells.append(f"{mean(name):.3f} s (CPU {cpu(name):.2f} s)")
        cells.append(f"{mean(name) / mean(ref):.2f}×")
        cells.append(f"{cpu(name) / cpu(ref):.2f}×")
    print(f"| `{label}` | " + " | ".join(cells) + " |")
PY
