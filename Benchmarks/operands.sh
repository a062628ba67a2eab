#!/usr/bin/env bash
# Many file operands: how long gene2json takes to parse and run 10,000, 20,000 and 40,000 operands on its command
# line, with an option (so ArgumentParser parses them; a plain `gene2json FILE...` skips it), against the same
# files through --files-from, which never touches the argument parser. Time per operand must stay flat.
#
#   Benchmarks/operands.sh            (GENE2JSON=path to benchmark that binary instead of building the release one)
#
# Environment: GENE2JSON=path, RUNS=n (hyperfine runs, default 3), COUNTS="10000 20000 40000".
# Writes the documents and hyperfine's data under Benchmarks/out/operands/; prints a table on standard output.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
ROOT="$(dirname "$HERE")"
OUT="$HERE/out/operands"
RUNS="${RUNS:-3}"
COUNTS="${COUNTS:-10000 20000 40000}"

command -v hyperfine >/dev/null || { echo "operands.sh: needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
if [[ -n "${GENE2JSON:-}" ]]; then
  BIN="$(cd "$(dirname "$GENE2JSON")" && pwd -P)/$(basename "$GENE2JSON")"
else
  build=(swift build -c release --package-path "$ROOT" --product gene2json -Xswiftc -static-executable
         --scratch-path "$ROOT/.build-static")
  "${build[@]}" >&2
  BIN="$("${build[@]}" --show-bin-path)/gene2json"
fi

# The documents: small valid ones, a thousand to a folder, listed in $OUT/list-N (paths relative to $OUT/docs).
max=0
for n in $COUNTS; do ((n > max)) && max=$n; done
mkdir -p "$OUT"
if [[ ! -f "$OUT/docs.stamp" || "$(cat "$OUT/docs.stamp")" != "$max" ]]; then
  rm -rf "$OUT/docs"
  python3 - "$OUT/docs" "$max" <<'PY'
import os, sys
root, count = sys.argv[1], int(sys.argv[2])
for i in range(count):
    folder = os.path.join(root, "d%03d" % (i // 1000))
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "G%d.md" % i), "w") as f:
        f.write("## Gene Summary\nG%d (Generated %d) is a gene.\n\n" % (i, i)
                + "## Gene Drugs, Diseases, Phenotypes, and Pathways\nNone.\n\n## Pharmacogenetics\nNone.\n")
PY
  echo "$max" >"$OUT/docs.stamp"
fi
(cd "$OUT/docs" && find . -name '*.md' | LC_ALL=C sort | sed 's|^\./||') >"$OUT/list-all"
for n in $COUNTS; do head -n "$n" "$OUT/list-all" >"$OUT/list-$n"; done

# `--jobs 0` is a usage error that ArgumentParser finds after parsing every operand: that row is the parsing alone.
# Each command reads its operands from a list with mapfile (bash), so none of them is limited by the length of a
# command string; `true` with the same operands measures that overhead.
cd "$OUT/docs"
printf '| operands | command | mean | per operand |\n|---:|---|---:|---:|\n'
for n in $COUNTS; do
  list="$OUT/list-$n"
  hyperfine -N -i --style none --runs "$RUNS" --warmup 1 --export-json "$OUT/hyperfine-$n.json" \
    -n "true (the shell's own cost)" "bash -c 'mapfile -t f < $list; exec true \"\${f[@]}\"'" \
    -n "parsing only: --jobs 0 FILE... (a usage error found after parsing)" \
      "bash -c 'mapfile -t f < $list; exec $BIN --jobs 0 \"\${f[@]}\" 2>/dev/null'" \
    -n "convert --format jsonl FILE..." "bash -c 'mapfile -t f < $list; exec $BIN --format jsonl \"\${f[@]}\" >/dev/null'" \
    -n "validate --reporter json FILE..." "bash -c 'mapfile -t f < $list; exec $BIN validate --reporter json \"\${f[@]}\" >/dev/null'" \
    -n "convert --format jsonl --files-from LIST" "bash -c 'exec $BIN --format jsonl --files-from $list >/dev/null'" \
    >/dev/null
  python3 - "$OUT/hyperfine-$n.json" "$n" <<'PY'
import json, sys
results, n = json.load(open(sys.argv[1]))["results"], int(sys.argv[2])
for r in results:
    print(f"| {n:,} | `{r['command']}` | {r['mean']:.3f} s | {r['mean'] / n * 1e6:.1f} µs |")
PY
done
