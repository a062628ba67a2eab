#!/usr/bin/env python3
"""Validate every JSON record gene2json prints for the fixtures against Schemas/gene-record.schema.json, and its
section and mention rows (--records) against Schemas/section-row.schema.json and mention-row.schema.json.

usage: validate_outputs.py [GENE2JSON_BIN]

An independent check: Python's `jsonschema` (Draft 2020-12) reads the tool's stdout. Each fixture is converted
alone, with --markdown and with --fix-encoding; the seed document is added when ../shared/seeds exists.
Prints `N passed, N failed` last and exits 1 on any failure.
"""
import glob, json, os, subprocess, sys

from jsonschema import Draft202012Validator

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, ".build", "debug", "gene2json")
schema = json.load(open(os.path.join(root, "Schemas", "gene-record.schema.json"), encoding="utf-8"))
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema)

inputs = sorted(glob.glob(os.path.join(root, "Fixtures", "**", "*.md"), recursive=True))
inputs += sorted(glob.glob(os.path.join(root, "..", "shared", "seeds", "*")))
passed = failed = 0
for path in inputs:
    for flags in ([], ["--markdown"], ["--fix-encoding"]):
        proc = subprocess.run([binary, *flags, path], capture_output=True, cwd=root)
        label = f"{os.path.relpath(path, root)} {' '.join(flags)}".strip()
        if proc.returncode not in (0, 1):
            print(f"FAIL {label}: exit {proc.returncode}: {proc.stderr.decode(errors='replace')[:200]}")
            failed += 1
            continue
        if not proc.stdout:
            passed += 1  # rejected input (GD303): no record, checked by the tests
            continue
        try:
            record = json.loads(proc.stdout.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            print(f"FAIL {label}: not UTF-8 JSON: {error}")
            failed += 1
            continue
        errors = sorted(validator.iter_errors(record), key=str)
        if errors:
            print(f"FAIL {label}: {errors[0].message} at {list(errors[0].absolute_path)}")
            failed += 1
        else:
            passed += 1

proc = subprocess.run([binary, "schema"], capture_output=True)
if proc.stdout == open(os.path.join(root, "Schemas", "gene-record.schema.json"), "rb").read():
    passed += 1
else:
    print("FAIL gene2json schema differs from Schemas/gene-record.schema.json")
    failed += 1
# Section and mention rows (--records), over all the fixtures with a vocabulary, gene table and annotations (so that
# gene ids and supported are filled), plain and --markdown, against their own schemas.
tables = ["--vocabulary", "Fixtures/vocabularies/drugs.tsv", "--gene-table", "Fixtures/mentions/gene_table.tsv",
          "--annotations", "Fixtures/annotations/clinical_annotations.tsv"]
for unit in ("section", "mention"):
    row_schema = json.load(open(os.path.join(root, "Schemas", f"{unit}-row.schema.json"), encoding="utf-8"))
    Draft202012Validator.check_schema(row_schema)
    row_validator = Draft202012Validator(row_schema)
    for flags in ([], ["--markdown"]):
        proc = subprocess.run([binary, "Fixtures", *tables, *flags, "--records", unit, "--format", "jsonl"],
                              capture_output=True, cwd=root)
        rows = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
        bad = [(row, error) for row in rows for error in row_validator.iter_errors(row)]
        if proc.returncode in (0, 1) and rows and not bad:
            passed += 1
        else:
            detail = f"{bad[0][1].message} in {bad[0][0]}" if bad else f"exit {proc.returncode}, {len(rows)} rows"
            print(f"FAIL --records {unit} {' '.join(flags)}: {detail}")
            failed += 1
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
