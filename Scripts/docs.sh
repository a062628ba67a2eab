#!/usr/bin/env bash
# Builds the library's DocC documentation (Sources/GeneDocs/GeneDocs.docc: the landing page and the getting-started
# article, with every public symbol's doc comment) with swift-docc-plugin, warnings as errors, so that a broken
# symbol link or a missing page fails CI. The archive goes to .build/docs/GeneDocs.doccarchive.
#
#   Scripts/docs.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=.build/docs/GeneDocs.doccarchive
mkdir -p .build/docs
swift package --allow-writing-to-directory .build/docs generate-documentation --target GeneDocs \
  --warnings-as-errors --output-path "$out"
[ -f "$out/data/documentation/genedocs.json" ] || { echo "docs.sh: no documentation page for GeneDocs in $out" >&2; exit 1; }
[ -f "$out/data/documentation/genedocs/gettingstarted.json" ] \
  || { echo "docs.sh: no getting-started article in $out" >&2; exit 1; }
echo "docs.sh: built $out"
