#!/usr/bin/env bash
# Times gene2json (and, for reference, the cmark CLI) on every pathological shape at 1x, 2x and 4x the base size
# (256 KiB, so 4x is the default --max-bytes of 1 MiB) and checks the hardening requirement:
#   - every gene2json run finishes within 2 s (a fast GD303 rejection counts as finishing);
#   - time per byte grows by less than 2.5x from 1x to 2x and from 2x to 4x;
#   - gene2json never crashes, hangs or exits 2.
#
# usage: Tests/pathological/measure.sh [GENE2JSON] [--runs N] [--shapes a,b,...] [--no-cmark] [--cmark-timeout S]
#   GENE2JSON defaults to .build/release/gene2json. Each time is the best of N runs (default 3), in seconds of
#   wall time; times under 0.02 s are taken as 0.02 s for the ratios, which would otherwise measure process start-up.
# Exit status: 0 all good, 1 a requirement failed, 2 usage error.
set -u

here=$(cd "$(dirname "$0")" && pwd)
gene2json=.build/release/gene2json
runs=3
shapes=""
with_cmark=1
cmark_timeout=10
limit_seconds=2
limit_ratio=2.5
floor=0.02

while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --shapes) shapes=$2; shift 2 ;;
    --no-cmark) with_cmark=0; shift ;;
    --cmark-timeout) cmark_timeout=$2; shift 2 ;;
    -h | --help) sed -n '2,13p' "$0"; exit 0 ;;
    -*) echo "measure.sh: unknown option $1" >&2; exit 2 ;;
    *) gene2json=$1; shift ;;
  esac
done
if [ ! -x "$gene2json" ]; then
  echo "measure.sh: $gene2json is not an executable (build with: swift build -c release)" >&2
  exit 2
fi
if [ "$with_cmark" = 1 ] && ! command -v cmark > /dev/null; then
  echo "measure.sh: no cmark on PATH; use --no-cmark" >&2
  exit 2
fi
[ -n "$shapes" ] || shapes=$(python3 "$here/generate.py" --list | awk '{print $1}' | paste -sd, -)

work=$(mktemp -d "${TMPDIR:-/tmp}/gene2json-pathological.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

now() { date +%s.%N; }

# time_run TIMEOUT CMD... -> sets $best (seconds, or "timeout") and $status (exit status of the last run)
time_run() {
  local timeout=$1 i start stop elapsed
  shift
  best=""
  for ((i = 0; i < runs; i++)); do
    start=$(now)
    timeout "$timeout" "$@" > /dev/null 2> "$work/stderr"
    status=$?
    stop=$(now)
    if [ "$status" = 124 ]; then best=timeout; return; fi
    elapsed=$(awk -v a="$start" -v b="$stop" 'BEGIN { printf "%.3f", b - a }')
    if [ -z "$best" ] || awk -v e="$elapsed" -v b="$best" 'BEGIN { exit !(e < b) }'; then best=$elapsed; fi
    # one slow run is enough to know it is slow
    awk -v e="$elapsed" -v l="$limit_seconds" 'BEGIN { exit !(e > 4 * l) }' && return
  done
}

# ratio T1 B1 T2 B2 -> time-per-byte ratio (T2/B2)/(T1/B1), or "-" when a time is unknown
ratio() {
  [[ $1 =~ ^[0-9.]+$ && $3 =~ ^[0-9.]+$ ]] || { echo "-"; return; }
  awk -v t1="$1" -v b1="$2" -v t2="$3" -v b2="$4" -v f="$floor" \
    'BEGIN { if (t1 < f) t1 = f; if (t2 < f) t2 = f; printf "%.2f", (t2 / b2) / (t1 / b1) }'
}

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

printf '%-36s %8s %8s %8s | %7s %7s %7s %5s %5s %-7s | %7s %7s %7s %5s %5s\n' \
  shape bytes1x bytes2x bytes4x g2j1x g2j2x g2j4x r2/1 r4/2 result cmark1x cmark2x cmark4x r2/1 r4/2
IFS=, read -r -a shape_list <<< "$shapes"
for shape in "${shape_list[@]}"; do
  declare -a bytes=() g=() c=() results=()
  for k in 1 2 4; do
    file="$work/$shape.${k}x.md"
    if ! python3 "$here/generate.py" "$shape" --scale "$k" > "$file"; then
      echo "measure.sh: cannot generate $shape" >&2
      exit 2
    fi
    bytes+=("$(wc -c < "$file" | tr -d ' ')")

    time_run 20 "$gene2json" convert "$file"
    g+=("$best")
    if [ "$best" = timeout ]; then
      results+=(timeout)
      fail "$shape ${k}x: gene2json did not finish in 20 s"
    elif [ "$status" -ge 128 ]; then
      results+=("signal$((status - 128))")
      fail "$shape ${k}x: gene2json died of signal $((status - 128))"
    elif [ "$status" = 2 ]; then
      results+=(exit2)
      fail "$shape ${k}x: gene2json exited 2: $(head -c 300 "$work/stderr")"
    elif [ "$status" = 1 ] && grep -q '\[GD303\]' "$work/stderr"; then
      results+=(GD303)
    else
      results+=("exit$status")
    fi
    if [ "$best" != timeout ] && awk -v e="$best" -v l="$limit_seconds" 'BEGIN { exit !(e > l) }'; then
      fail "$shape ${k}x: gene2json took $best s (> $limit_seconds s)"
    fi

    if [ "$with_cmark" = 1 ]; then
      time_run "$cmark_timeout" cmark "$file"
      [ "$best" = timeout ] && best=">$cmark_timeout"
      c+=("$best")
    else
      c+=("-")
    fi
  done

  gr1=$(ratio "${g[0]}" "${bytes[0]}" "${g[1]}" "${bytes[1]}")
  gr2=$(ratio "${g[1]}" "${bytes[1]}" "${g[2]}" "${bytes[2]}")
  cr1=$(ratio "${c[0]}" "${bytes[0]}" "${c[1]}" "${bytes[1]}")
  cr2=$(ratio "${c[1]}" "${bytes[1]}" "${c[2]}" "${bytes[2]}")
  for r in "$gr1" "$gr2"; do
    if [ "$r" != "-" ] && awk -v r="$r" -v l="$limit_ratio" 'BEGIN { exit !(r >= l) }'; then
      fail "$shape: gene2json time per byte grew ${r}x (limit < $limit_ratio)"
    fi
  done
  result=${results[0]}
  [ "${results[1]}" = "$result" ] && [ "${results[2]}" = "$result" ] || result="${results[0]}/${results[1]}/${results[2]}"
  printf '%-36s %8s %8s %8s | %7s %7s %7s %5s %5s %-7s | %7s %7s %7s %5s %5s\n' "$shape" \
    "${bytes[@]}" "${g[@]}" "$gr1" "$gr2" "$result" "${c[@]}" "$cr1" "$cr2"
done

if [ "$failures" -gt 0 ]; then
  echo "$failures requirement failure(s)" >&2
  exit 1
fi
echo "all gene2json runs within ${limit_seconds} s, time-per-byte ratios below ${limit_ratio}"
