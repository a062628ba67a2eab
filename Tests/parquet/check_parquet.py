#!/usr/bin/env python3
"""Reads Parquet made from gene2json's JSON Lines back with pyarrow, and checks the README's DuckDB command.

    python3 Tests/parquet/check_parquet.py [--binary PATH] [--shared DIR]
    python3 Tests/parquet/check_parquet.py --workflow OUT_DIR      (a Snakemake output folder with parquet: true)

For Fixtures/ (with the hand-written vocabulary, gene table and annotations) and, when DIR/corpus/gene-docs exists,
the real corpus with PharmGKB's tables, and for each unit (document, section, mention):
- the JSONL (`--records UNIT --format jsonl`) is written as Parquet by workflows/snakemake/scripts/records_parquet.py
  with the Arrow schema it derives from `gene2json schema --records UNIT`;
- pyarrow reads the file with that declared schema; every row equals its JSONL object (free-form `metadata` is
  its JSON text, a `supported` the mention does not have is null); integers are int64, Booleans bool, arrays
  lists, objects structs, as the JSON Schema says;
- the schema is the same for both corpora (the types do not change with the data).
Then the README's one-line DuckDB command (the `duckdb -c "..."` line) is run with the duckdb Python package on
the Fixtures' JSONL, and pyarrow reads its Parquet back: as many rows, the same symbols and paths.
With --workflow: every UNIT.parquet beside UNIT.jsonl is checked the same way against the schema the workflow
used (shards/UNIT.schema.json), and the dataset card (README.md) is loaded with Hugging Face `datasets` when it
is installed (its features are then cast onto the Parquet files, so a wrong dtype fails).
Prints one line per failure and, last, "N passed, N failed"; exits 1 when anything failed.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

import pyarrow as pa
import pyarrow.parquet as pq

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "Tests", "support"))
from checks import Checks, find_binary  # noqa: E402
sys.path.insert(0, os.path.join(ROOT, "workflows", "snakemake", "scripts"))
import records_parquet  # noqa: E402

UNITS = {"document": "records", "section": "sections", "mention": "mentions"}


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def comparable(value, node, from_parquet):
    """A value as the JSON Schema alone says it reads back from Parquet (the test's own reading): free-form objects
    are JSON text there, so both sides become the parsed value, marked; the rest compares as it is."""
    if value is None:
        return None
    kinds = node.get("type", [])
    kinds = {kinds} if isinstance(kinds, str) else set(kinds)
    if "object" in kinds and "properties" not in node:
        return ("json", json.loads(value) if from_parquet else value)
    if "array" in kinds:
        return [comparable(v, node["items"], from_parquet) for v in value]
    if "object" in kinds:
        return {k: comparable(value.get(k), sub, from_parquet) for k, sub in node["properties"].items()}
    return value


def check_types(checks, label, field_type, node, path):
    """Arrow types as the JSON Schema says: integer int64, boolean bool, string/enum string, arrays lists."""
    kinds = node.get("type", [])
    kinds = {kinds} if isinstance(kinds, str) else set(kinds)
    kinds.discard("null")
    if "enum" in node or kinds == {"string"} or (kinds == {"object"} and "properties" not in node):
        ok = pa.types.is_string(field_type)
    elif kinds == {"integer"}:
        ok = pa.types.is_int64(field_type)
    elif kinds == {"boolean"}:
        ok = pa.types.is_boolean(field_type)
    elif kinds == {"array"}:
        ok = pa.types.is_list(field_type)
        if ok:
            check_types(checks, label, field_type.value_type, node["items"], path + "[]")
    elif kinds == {"object"}:
        ok = pa.types.is_struct(field_type) and [f.name for f in field_type] == list(node["properties"])
        if ok:
            for f in field_type:
                check_types(checks, label, f.type, node["properties"][f.name], f"{path}.{f.name}")
    else:
        ok = False
    checks.expect(ok, f"{label}: {path} is {field_type}, the JSON Schema says {node}")


def check_parquet(checks, label, parquet_path, jsonl_path, json_schema):
    declared = records_parquet.arrow_schema(json_schema)
    table = pq.read_table(parquet_path, schema=declared)
    checks.expect(pq.read_schema(parquet_path).remove_metadata() == declared,
                  f"{label}: the file's schema is not the declared one")
    for field in declared:
        check_types(checks, label, field.type, json_schema["properties"][field.name], field.name)
    rows = table.to_pylist()
    records = read_jsonl(jsonl_path)
    checks.expect(len(rows) == len(records), f"{label}: {len(rows)} rows, {len(records)} JSONL objects")
    differ = [i for i, (row, record) in enumerate(zip(rows, records))
              if comparable(row, json_schema, True) != comparable(record, json_schema, False)]
    checks.expect(not differ, f"{label}: {len(differ)} rows differ from their JSONL object, first #{differ[:1]}")
    return declared, len(rows)


def convert_units(checks, binary, label, inputs, options, work):
    schemas = {}
    for unit, stem in UNITS.items():
        jsonl = os.path.join(work, f"{label}.{stem}.jsonl")
        with open(jsonl, "wb") as out:
            rc = subprocess.run([binary, *inputs, *options, "--records", unit, "--format", "jsonl"], stdout=out,
                                stderr=subprocess.DEVNULL, cwd=ROOT).returncode
        checks.expect(rc in (0, 1), f"{label}: --records {unit} exits {rc}")
        schema = json.loads(subprocess.run([binary, "schema", "--records", unit], capture_output=True).stdout)
        parquet = os.path.join(work, f"{label}.{stem}.parquet")
        records_parquet.write_parquet(schema, jsonl, parquet)
        declared, count = check_parquet(checks, f"{label} {unit}", parquet, jsonl, schema)
        schemas[unit] = declared
        print(f"  {label} {unit}: {count} rows")
    return schemas


def check_duckdb(checks, binary, work):
    import duckdb

    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    lines = [line.strip() for line in readme.splitlines() if line.strip().startswith('duckdb -c "')]
    if not checks.expect(len(lines) == 1, f"README: {len(lines)} lines start with duckdb -c (one expected)"):
        return
    sql = re.match(r'duckdb -c "(.*)"$', lines[0]).group(1)
    jsonl = os.path.join(work, "genes.jsonl")
    subprocess.run([binary, "Fixtures", "-o", jsonl], cwd=ROOT, stderr=subprocess.DEVNULL)
    here = os.getcwd()
    os.chdir(work)  # the README's command names genes.jsonl and genes.parquet in the current folder
    try:
        duckdb.sql(sql)
    finally:
        os.chdir(here)
    records = read_jsonl(jsonl)
    table = pq.read_table(os.path.join(work, "genes.parquet"))
    checks.expect(table.num_rows == len(records), f"DuckDB: {table.num_rows} rows, {len(records)} records")
    checks.expect(table.column("symbol").to_pylist() == [r["symbol"] for r in records], "DuckDB: symbols differ")
    checks.expect([s["path"] for s in table.column("source").to_pylist()] == [r["source"]["path"] for r in records],
                  "DuckDB: source paths differ")
    print(f"  README's DuckDB command: {table.num_rows} rows")


def check_workflow(checks, out):
    for unit, stem in UNITS.items():
        parquet = os.path.join(out, f"{stem}.parquet")
        if not os.path.exists(parquet):
            continue
        schema = json.load(open(os.path.join(out, "shards", f"{stem}.schema.json"), encoding="utf-8"))
        _, count = check_parquet(checks, f"workflow {stem}", parquet, os.path.join(out, f"{stem}.jsonl"), schema)
        print(f"  workflow {stem}.parquet: {count} rows")
    card = os.path.join(out, "README.md")
    if not checks.expect(os.path.exists(card), "workflow: no dataset card"):
        return
    try:
        import datasets
    except ImportError:
        print("  (Hugging Face datasets is not installed: the dataset card is not loaded)")
        return
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    datasets.disable_progress_bars()
    configs = re.findall(r'config_name: "(\w+)"', open(card, encoding="utf-8").read())
    for name in dict.fromkeys(configs):
        with tempfile.TemporaryDirectory(prefix="g2j-hf.") as cache:
            loaded = datasets.load_dataset(out, name, split="train", cache_dir=cache)
        rows = pq.read_metadata(os.path.join(out, f"{name}.parquet")).num_rows
        checks.expect(loaded.num_rows == rows, f"dataset card {name}: {loaded.num_rows} rows, Parquet {rows}")
        print(f"  dataset card config {name}: loaded with datasets, {loaded.num_rows} rows")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary")
    parser.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    parser.add_argument("--workflow")
    args = parser.parse_args()
    checks = Checks()
    if args.workflow:
        check_workflow(checks, args.workflow)
    else:
        binary = os.path.abspath(args.binary or find_binary("check_parquet.py"))
        fixtures = ["--vocabulary", "Fixtures/vocabularies/drugs.tsv", "--gene-table",
                    "Fixtures/mentions/gene_table.tsv", "--annotations", "Fixtures/annotations/clinical_annotations.tsv"]
        with tempfile.TemporaryDirectory(prefix="g2j-parquet.") as work:
            mine = convert_units(checks, binary, "fixtures", ["Fixtures"], fixtures, work)
            corpus = os.path.join(args.shared, "corpus", "gene-docs")
            pharmgkb = os.path.join(args.shared, "vocabularies", "pharmgkb")
            if os.path.isdir(corpus) and os.path.isdir(pharmgkb):
                real = ["--vocabulary", os.path.join(pharmgkb, "chemicals.tsv"), "--gene-table",
                        os.path.join(pharmgkb, "genes.csv"), "--annotations",
                        os.path.join(pharmgkb, "clinical_annotations.tsv")]
                theirs = convert_units(checks, binary, "shared corpus", [os.path.abspath(corpus)], real, work)
                for unit in UNITS:
                    checks.expect(mine[unit] == theirs[unit], f"{unit}: the schema changes with the data")
            else:
                print("  (no ../shared corpus: the real corpus is skipped)")
            check_duckdb(checks, binary, work)
    print(f"{checks.passed} passed, {checks.failed} failed")
    sys.exit(1 if checks.failed else 0)


if __name__ == "__main__":
    main()
