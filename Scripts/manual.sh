#!/usr/bin/env bash
# The man page, docs/gene2json.1, generated from the command's own help with swift-argument-parser's GenerateManual
# plugin (`swift package generate-manual`, on the debug build).
#
#   Scripts/manual.sh           regenerate docs/gene2json.1 (its date changes only when its text does)
#   Scripts/manual.sh --check   generate into a temporary folder and fail (exit 1, with the diff) when
#                               docs/gene2json.1 is not what the command says now
set -euo pipefail
cd "$(dirname "$0")/.."

check=0
case "${1:-}" in
  --check) check=1 ;;
  "") ;;
  *) echo "manual.sh: unknown argument: $1 (use --check or nothing)" >&2; exit 2 ;;
esac
page=docs/gene2json.1
out=.build/plugins/GenerateManual/outputs/gene2json/gene2json.1

# generate DATE: the page, dated DATE (yyyy-mm-dd), in $out.
generate() {
  rm -f "$out"
  swift package generate-manual --configuration debug --date "$1" --authors "the gene2json authors" >&2
  [ -f "$out" ] || { echo "manual.sh: the plugin wrote no $out" >&2; exit 2; }
}

# The committed page's date (its .Dd line), as yyyy-mm-dd; today's when there is no page.
committed=$(date +%F)
if [ -f "$page" ]; then
  committed=$(date -d "$(sed -n 's/^\.Dd //p' "$page")" +%F)
fi

generate "$committed"
if [ "$check" = 1 ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  cp "$out" "$work/gene2json.1"
  if ! diff -u "$page" "$work/gene2json.1"; then
    echo "manual.sh: $page is stale; run Scripts/manual.sh and commit it" >&2
    exit 1
  fi
  echo "manual.sh: $page is up to date"
  exit 0
fi
mkdir -p docs
if [ -f "$page" ] && cmp -s "$out" "$page"; then
  echo "manual.sh: $page is up to date"
  exit 0
fi
generate "$(date +%F)"
cp "$out" "$page"
echo "manual.sh: wrote $page"
