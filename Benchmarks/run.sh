#!/usr/bin/env bash
# gene2json benchmark: throughput against the cmark floor, one-file latency, peak RSS.
#
#   Benchmarks/run.sh [--quick] [--strict]
#
#   --quick    5,000 / 20,000 documents and fewer runs (a smoke run of the whole pipeline)
#   --strict   exit 1 when any target is missed (default: exit 0 once the figures are written)
#
# Environment:
#   GENE2JSON=path   benchmark this binary instead of building the release one (a fully static executable in
#                    .build-static: `swift build -c release --product gene2json -Xswiftc -static-executable
#                    --scratch-path .build-static`, the build the README recommends for the fastest start-up)
#   SEED=n           corpus seed (default 1)
#   RUNS=n WARMUP=n  hyperfine runs/warm-ups for the corpus benchmarks (default 5/1; quick 3/1)
#   RSS_RUNS=n       /usr/bin/time runs per RSS figure, the maximum is reported (default 3; quick 1)
#   VOCABULARY=path GENE_TABLE=path
#                    the mentions run: the same two batch commands with --vocabulary VOCABULARY --gene-table
#                    GENE_TABLE added (default: ../shared's PharmGKB chemicals.tsv and NCBI Homo_sapiens.gene_info,
#                    when they are there); MENTIONS=0 leaves it out
#
# Writes everything under Benchmarks/out/ (gitignored); the table goes to stdout and
# Benchmarks/out/results.md. See Benchmarks/README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
ROOT="$(dirname "$HERE")"
OUT="$HERE/out"
GEN="$HERE/generate_corpus.py"
REPORT="$HERE/report.py"

QUICK=0
STRICT=0
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=1 ;;
    --strict) STRICT=1 ;;
    -h|--help) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
done

SEED="${SEED:-1}"
if [[ $QUICK -eq 1 ]]; then
  SMALL=5000; LARGE=20000
  RUNS="${RUNS:-3}"; WARMUP="${WARMUP:-1}"; RSS_RUNS="${RSS_RUNS:-1}"
  ONE_RUNS=30; ONE_WARMUP=5
else
  SMALL=50000; LARGE=200000
  RUNS="${RUNS:-5}"; WARMUP="${WARMUP:-1}"; RSS_RUNS="${RSS_RUNS:-3}"
  ONE_RUNS=200; ONE_WARMUP=20
fi

log() { printf '\n==> %s\n' "$*" >&2; }
die() { printf 'run.sh: %s\n' "$*" >&2; exit 2; }

# Quote one word for hyperfine's -N (shell-words) command parsing and for bash -c.
q() { local s=${1//\'/\'\\\'\'}; printf "'%s'" "$s"; }

# ----------------------------------------------------------------------------- tools
need_install=()
command -v hyperfine >/dev/null 2>&1 || need_install+=(hyperfine)
command -v cmark >/dev/null 2>&1 || need_install+=(cmark)
if [[ ! -x /usr/bin/time ]] || ! /usr/bin/time --version 2>&1 | grep -q 'GNU'; then
  need_install+=(time)
fi
command -v python3 >/dev/null 2>&1 || need_install+=(python3)
if [[ ${#need_install[@]} -gt 0 ]]; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    log "installing ${need_install[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_install[@]}" >/dev/null
  else
    die "missing ${need_install[*]}; install them (apt-get install -y hyperfine cmark time python3)"
  fi
fi
CMARK="$(command -v cmark)"

# ----------------------------------------------------------------------------- gene2json
if [[ -n "${GENE2JSON:-}" ]]; then
  BIN="$(command -v -- "$GENE2JSON" || true)"
  [[ -n "$BIN" && -x "$BIN" ]] || die "GENE2JSON=$GENE2JSON is not an executable"
  BIN="$(cd "$(dirname "$BIN")" && pwd -P)/$(basename "$BIN")"
else
  command -v swift >/dev/null 2>&1 || die "swift not found (or set GENE2JSON=path)"
  build=(swift build -c release --package-path "$ROOT" --product gene2json -Xswiftc -static-executable
         --scratch-path "$ROOT/.build-static")
  log "${build[*]}"
  "${build[@]}" >&2
  BIN="$("${build[@]}" --show-bin-path)/gene2json"
  [[ -x "$BIN" ]] || die "build produced no $BIN"
fi
log "gene2json: $BIN"

mkdir -p "$OUT"

# ----------------------------------------------------------------------------- corpora
GEN_HASH="$(sha256sum "$GEN" | cut -d' ' -f1)"

# corpus N: (re)generate Benchmarks/out/corpus-N{/,.md,.tsv} unless an identical one is there.
corpus() {
  local n=$1 dir="$OUT/corpus-$1" stamp="$OUT/corpus-$1.stamp"
  local want="count=$n seed=$SEED generator=$GEN_HASH"
  if [[ -d "$dir" && -f "$stamp" && -f "$OUT/corpus-$n.md" && "$(cat "$stamp")" == "$want" ]]; then
    log "corpus-$n: up to date"
    return
  fi
  log "generating corpus-$n ($n documents, seed $SEED)"
  rm -rf -- "$dir" "$stamp" "$OUT/corpus-$n.md" "$OUT/corpus-$n.tsv" "$OUT/corpus-$n.gentime"
  /usr/bin/time -f '%e s wall, %U s user, %S s sys' -o "$OUT/corpus-$n.gentime" \
    python3 "$GEN" --count "$n" --seed "$SEED" --out "$dir" \
      --concat "$OUT/corpus-$n.md" --truth "$OUT/corpus-$n.tsv"
  printf '%s\n' "$want" > "$stamp"
}
corpus "$SMALL"
corpus "$LARGE"

SDIR="$OUT/corpus-$SMALL"
SCAT="$OUT/corpus-$SMALL.md"
LDIR="$OUT/corpus-$LARGE"
LCAT="$OUT/corpus-$LARGE.md"
ONE="$(python3 "$REPORT" pick-file "$SDIR")"
log "one-file benchmark document: $ONE"

# ----------------------------------------------------------------------------- sanity run
# gene2json exits 1 when a document has an error diagnostic (the corpus has ~2% such documents
# on purpose), so hyperfine runs with -i; this run checks that it exited 0 or 1 and wrote one
# JSONL line a document.
log "sanity run: gene2json convert --format jsonl --jobs 2 over corpus-$SMALL"
rcfile="$OUT/sanity.rc"
lines="$( { set +e; "$BIN" convert --format jsonl --jobs 2 --quiet "$SDIR" 2>"$OUT/sanity.stderr";
            echo $? > "$rcfile"; } | wc -l )"
rc="$(cat "$rcfile")"
printf 'exit=%s lines=%s documents=%s\n' "$rc" "$lines" "$SMALL" > "$OUT/sanity.txt"
if [[ "$rc" != 0 && "$rc" != 1 ]]; then
  sed -n '1,20p' "$OUT/sanity.stderr" >&2
  die "gene2json exited $rc on corpus-$SMALL (see $OUT/sanity.stderr)"
fi
if [[ "$lines" -ne "$SMALL" ]]; then
  echo "run.sh: warning: gene2json wrote $lines JSONL lines for $SMALL documents" >&2
fi
set +e; "$BIN" "$ONE" >/dev/null 2>&1; one_rc=$?; set -e
[[ $one_rc -le 1 ]] || die "gene2json exited $one_rc on $ONE"

# ----------------------------------------------------------------------------- hyperfine
rm -f "$OUT"/hyperfine-*.json "$OUT"/rss-*.txt
cut -d' ' -f1-3 /proc/loadavg > "$OUT/loadavg-start.txt" 2>/dev/null || true
SHARED="$(dirname "$ROOT")/shared"
VOCABULARY="${VOCABULARY:-$SHARED/vocabularies/pharmgkb/chemicals.tsv}"
GENE_TABLE="${GENE_TABLE:-$SHARED/tables/Homo_sapiens.gene_info}"
mentions=()
rm -f "$OUT/mentions.txt"
if [[ "${MENTIONS:-1}" != 0 && -f "$VOCABULARY" && -f "$GENE_TABLE" ]]; then
  tables="--vocabulary $(q "$VOCABULARY") --gene-table $(q "$GENE_TABLE")"
  mentions=(
    -n gene2json-jobs1-mentions "$(q "$BIN") convert --format jsonl --jobs 1 --quiet $tables $(q "$SDIR")"
    -n gene2json-jobs2-mentions "$(q "$BIN") convert --format jsonl --jobs 2 --quiet $tables $(q "$SDIR")"
  )
  printf 'vocabulary=%s gene_table=%s\n' "$VOCABULARY" "$GENE_TABLE" > "$OUT/mentions.txt"
fi
log "hyperfine: corpus-$SMALL (cmark floor, --jobs 1, --jobs 2${mentions:+, and both with --vocabulary --gene-table})"
hyperfine -N -i --output=null --style basic --warmup "$WARMUP" --runs "$RUNS" \
  --export-json "$OUT/hyperfine-corpus.json" \
  -n cmark-concat "$(q "$CMARK") $(q "$SCAT")" \
  -n gene2json-jobs1 "$(q "$BIN") convert --format jsonl --jobs 1 --quiet $(q "$SDIR")" \
  -n gene2json-jobs2 "$(q "$BIN") convert --format jsonl --jobs 2 --quiet $(q "$SDIR")" \
  "${mentions[@]}" >&2

log "hyperfine: one file"
hyperfine -N -i --output=null --style basic --warmup "$ONE_WARMUP" --runs "$ONE_RUNS" \
  --export-json "$OUT/hyperfine-onefile.json" \
  -n cmark-file "$(q "$CMARK") $(q "$ONE")" \
  -n gene2json-file "$(q "$BIN") $(q "$ONE")" >&2

# ----------------------------------------------------------------------------- peak RSS
# rss NAME CMD...: run CMD under GNU time -v with stdout to /dev/null; keep the report.
rss() {
  local name=$1; shift
  local i rc
  for ((i = 1; i <= RSS_RUNS; i++)); do
    set +e
    /usr/bin/time -v -o "$OUT/rss-$name-$i.txt" "$@" >/dev/null 2>>"$OUT/rss-$name.stderr"
    rc=$?
    set -e
    if [[ $rc -gt 1 ]]; then
      tail -n 25 "$OUT/rss-$name-$i.txt" >&2 || true
      die "$name exited $rc under /usr/bin/time"
    fi
  done
}
log "peak RSS (/usr/bin/time -v, $RSS_RUNS run(s) each)"
rm -f "$OUT"/rss-*.stderr
rss "gene2json-$SMALL" "$BIN" convert --format jsonl --jobs 2 --quiet "$SDIR"
rss "gene2json-$LARGE" "$BIN" convert --format jsonl --jobs 2 --quiet "$LDIR"
rss "cmark-$SMALL" "$CMARK" "$SCAT"
rss "cmark-$LARGE" "$CMARK" "$LCAT"

# ----------------------------------------------------------------------------- report
cut -d' ' -f1-3 /proc/loadavg > "$OUT/loadavg-end.txt" 2>/dev/null || true
ver="$("$BIN" --version 2>/dev/null | head -n 1 || true)"
report_status=0
python3 "$REPORT" render --out "$OUT" --small "$SMALL" --large "$LARGE" \
  --one-file "$ONE" --quick "$QUICK" --seed "$SEED" --runs "$RUNS" --rss-runs "$RSS_RUNS" \
  --gene2json "$BIN" --gene2json-version "${ver:-unknown}" \
  --write "$OUT/results.md" || report_status=$?
log "written $OUT/results.md"
if [[ $report_status -eq 1 && $STRICT -eq 1 ]]; then
  exit 1
elif [[ $report_status -gt 1 ]]; then
  exit "$report_status"
fi
exit 0
