#!/usr/bin/env bash
# SQLite output against JSON Lines on the same corpus, in the same run (issue #13's targets):
#   - convert -o genes.sqlite vs convert -o genes.jsonl: wall and CPU time, goal <= 2x;
#   - peak RSS of the SQLite build and of --update, goal <= 64 MiB;
#   - convert --update with nothing changed vs the first build, goal <= 0.3x.
#
#   Benchmarks/sqlite.sh [CORPUS_DIR]
#
# CORPUS_DIR defaults to Benchmarks/out/corpus-50000 (generated like Benchmarks/run.sh does, seed $SEED, when it
# is not there). GENE2JSON=path benchmarks that binary, else .build/release/gene2json is built. RUNS (default 5)
# and WARMUP (default 1) go to hyperfine, RSS_RUNS (default 3) to /usr/bin/time. Writes Benchmarks/out/sqlite-*
# and prints a Markdown table (means; CPU is user + system, the steadier figure on a shared machine).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
ROOT="$(dirname "$HERE")"
OUT="$HERE/out"
SEED="${SEED:-1}" RUNS="${RUNS:-5}" WARMUP="${WARMUP:-1}" RSS_RUNS="${RSS_RUNS:-3}"
die() { printf 'sqlite.sh: %s\n' "$*" >&2; exit 2; }
command -v hyperfine >/dev/null 2>&1 || die "hyperfine is missing (WITH_BENCH_TOOLS=1 Scripts/install-deps.sh)"
[[ -x /usr/bin/time ]] || die "/usr/bin/time is missing (apt-get install time)"
mkdir -p "$OUT"

if [[ -n "${GENE2JSON:-}" ]]; then
  BIN="$(command -v -- "$GENE2JSON")" || die "GENE2JSON=$GENE2JSON is not an executable"
else
  swift build -c release --package-path "$ROOT" --product gene2json >&2
  BIN="$(swift build -c release --package-path "$ROOT" --show-bin-path)/gene2json"
fi
DIR="${1:-$OUT/corpus-50000}"
if [[ ! -d "$DIR" ]]; then
  [[ $# -eq 0 ]] || die "$DIR is not a directory"
  python3 "$HERE/generate_corpus.py" --count 50000 --seed "$SEED" --out "$DIR" >&2
fi
DOCS="$(find "$DIR" -name '*.md' | wc -l)"

q() { local s=${1//\'/\'\\\'\'}; printf "'%s'" "$s"; }
J="$OUT/sqlite-bench.jsonl" S="$OUT/sqlite-bench.sqlite" U="$OUT/sqlite-bench-update.sqlite"
rm -f "$J" "$S" "$U"
"$BIN" convert --quiet -o "$U" "$DIR" 2>/dev/null || [[ $? -le 1 ]] || die "the first build failed"
cut -d' ' -f1-3 /proc/loadavg > "$OUT/sqlite-loadavg.txt"
hyperfine -N -i --output=null --style basic --warmup "$WARMUP" --runs "$RUNS" --export-json "$OUT/sqlite-hyperfine.json" \
  -n jsonl "$(q "$BIN") convert --quiet -o $(q "$J") $(q "$DIR")" \
  -n sqlite "$(q "$BIN") convert --quiet -o $(q "$S") $(q "$DIR")" \
  -n update "$(q "$BIN") convert --quiet --update -o $(q "$U") $(q "$DIR")" >&2
for name in jsonl sqlite update; do
  case $name in
    jsonl) args=(-o "$J") ;;
    sqlite) args=(-o "$S") ;;
    update) args=(--update -o "$U") ;;
  esac
  for ((i = 1; i <= RSS_RUNS; i++)); do
    /usr/bin/time -v -o "$OUT/sqlite-rss-$name-$i.txt" "$BIN" convert --quiet "${args[@]}" "$DIR" >/dev/null 2>&1 || true
  done
done
cut -d' ' -f1-3 /proc/loadavg >> "$OUT/sqlite-loadavg.txt"

python3 - "$OUT" "$DOCS" "$RSS_RUNS" <<'EOF'
import glob, json, re, sys
out, docs, rss_runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
runs = {r["command"]: r for r in json.load(open(f"{out}/sqlite-hyperfine.json"))["results"]}
def rss(name):
    values = []
    for path in glob.glob(f"{out}/sqlite-rss-{name}-*.txt"):
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(path).read())
        if m:
            values.append(int(m.group(1)) / 1024)
    return max(values) if values else float("nan")
def cpu(r):
    return r["user"] + r["system"]
j, s, u = runs["jsonl"], runs["sqlite"], runs["update"]
load = open(f"{out}/sqlite-loadavg.txt").read().split("\n")
print(f"{docs:,} documents; load average at the start / end: {load[0]} / {load[1] if len(load) > 1 else '?'}")
print()
print("| run | wall (mean ± σ) | CPU (user + sys) | peak RSS (max of %d) |" % rss_runs)
print("|---|---|---|---|")
for name, r in (("convert -o genes.jsonl", j), ("convert -o genes.sqlite", s), ("convert --update, nothing changed", u)):
    key = {"convert -o genes.jsonl": "jsonl", "convert -o genes.sqlite": "sqlite"}.get(name, "update")
    print(f"| `{name}` | {r['mean']:.3f} s ± {r['stddev']:.3f} | {cpu(r):.3f} s | {rss(key):.1f} MiB |")
print()
print(f"- SQLite / JSONL: wall {s['mean'] / j['mean']:.2f}x, CPU {cpu(s) / cpu(j):.2f}x (goal <= 2x)")
print(f"- --update with nothing changed / first SQLite build: wall {u['mean'] / s['mean']:.2f}x, "
      f"CPU {cpu(u) / cpu(s):.2f}x (goal <= 0.3x)")
print(f"- peak RSS: SQLite {rss('sqlite'):.1f} MiB, --update {rss('update'):.1f} MiB (goal <= 64 MiB)")
EOF
