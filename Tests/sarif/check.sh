#!/usr/bin/env bash
# Validates `gene2json validate --reporter sarif` output against the official SARIF 2.1.0 JSON schema
# (vendored here as sarif-schema-2.1.0.json, OASIS errata01) with an independent validator (Python jsonschema),
# and checks what GitHub code scanning relies on beyond the schema: ruleIndex points at the rule with the result's
# ruleId, and locations are relative URIs with a uriBaseId.
#
# usage: Tests/sarif/check.sh            (run from anywhere; uses gene2json on PATH, else .build/debug/gene2json)
# Prints "N passed, N failed" last; exits 1 if any check failed.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root" || exit 2

bin=${GENE2JSON_BIN:-$(command -v gene2json || true)}
[ -n "$bin" ] || bin="$root/.build/debug/gene2json"
[ -x "$bin" ] || { echo "check.sh: no gene2json binary (put it on PATH or set GENE2JSON_BIN)" >&2; exit 2; }

if ! python3 -c 'import jsonschema' 2>/dev/null; then
  python3 -m pip install --quiet jsonschema >&2 || { echo "check.sh: cannot install jsonschema" >&2; exit 2; }
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

# check NAME ARGS...: run validate with the SARIF reporter and validate what it prints.
check() {
  local name=$1
  shift
  "$bin" validate --reporter sarif "$@" >"$work/$name.sarif" 2>"$work/$name.err"
  local status=$?
  if [ "$status" -gt 1 ]; then
    echo "FAIL $name: gene2json exited $status: $(head -c 500 "$work/$name.err")"
    failed=$((failed + 1))
    return
  fi
  if python3 - "$here/sarif-schema-2.1.0.json" "$work/$name.sarif" <<'PY'
import json, sys
import jsonschema

schema = json.load(open(sys.argv[1], encoding="utf-8"))
log = json.load(open(sys.argv[2], encoding="utf-8"))
validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
problems = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)]
runs = log.get("runs") or []
if len(runs) != 1:
    problems.append(f"expected one run, found {len(runs)}")
for run in runs:
    driver = run["tool"]["driver"]
    for key in ("name", "version", "informationUri", "rules"):
        if key not in driver:
            problems.append(f"tool.driver has no {key}")
    rules = driver.get("rules", [])
    ids = [rule["id"] for rule in rules]
    if len(ids) != len(set(ids)):
        problems.append("rule ids are not unique")
    for rule in rules:
        for key in ("name", "shortDescription", "fullDescription", "help", "defaultConfiguration"):
            if key not in rule:
                problems.append(f"rule {rule['id']} has no {key}")
    for number, result in enumerate(run.get("results", [])):
        index = result.get("ruleIndex")
        if index is None or not 0 <= index < len(rules) or rules[index]["id"] != result.get("ruleId"):
            problems.append(f"result {number}: ruleIndex {index} does not point at rule {result.get('ruleId')}")
        if result.get("level") not in ("error", "warning", "note"):
            problems.append(f"result {number}: level {result.get('level')!r}")
        location = result["locations"][0]["physicalLocation"]
        artifact = location["artifactLocation"]
        if artifact["uri"].startswith(("/", "file:")) or artifact.get("uriBaseId") != "%SRCROOT%":
            problems.append(f"result {number}: location {artifact} is not relative to %SRCROOT%")
        if location["region"]["startLine"] < 1 or location["region"]["startColumn"] < 1:
            problems.append(f"result {number}: region {location['region']}")
for problem in problems[:20]:
    print("  " + problem)
sys.exit(1 if problems else 0)
PY
  then
    echo "ok   $name ($(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["runs"][0]["results"]))' "$work/$name.sarif") results)"
    passed=$((passed + 1))
  else
    echo "FAIL $name: $work/$name.sarif does not validate"
    failed=$((failed + 1))
  fi
}

defaults=(--config Fixtures/validate/config/defaults.yml)
check every-rule "${defaults[@]}" --gene-table Fixtures/validate/gene-tables/hgnc_complete_set.txt Fixtures/validate/docs
check no-findings "${defaults[@]}" Fixtures/validate/docs/ok-canonical.md Fixtures/validate/docs/ok-front-matter.md
check overrides --config Fixtures/validate/config/ncbi.yml Fixtures/validate/docs
check absolute-paths "${defaults[@]}" "$root/Fixtures/validate/docs"
check stdin "${defaults[@]}" - <Fixtures/validate/docs/gd201-no-symbol.md
check convert-fixtures "${defaults[@]}" Fixtures/convert

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
