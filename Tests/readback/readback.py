#!/usr/bin/env python3
"""Reads gene2json's outputs back with independent readers and checks them against each other.

    python3 Tests/readback/readback.py [--binary PATH] [--fixtures DIR]

Runs the binary over Fixtures/batch (documents with commas, quotes, tabs, newlines, CR, backslashes and
non-ASCII text) in every format and checks, with the standard library only:
- jsonl: one object a line (Python `json`), the reference records;
- json: one array equal to the jsonl records; one object for a single file;
- csv: Python's `csv` module, `excel` dialect (RFC 4180, CRLF rows), every cell equal to the record's value;
- tsv: split on LF then tab, then `\\t` `\\n` `\\r` `\\\\` turned back (the only escapes gene2json writes),
  every cell equal to the record's value;
- the same bytes for --jobs 1 and --jobs 4, in every format;
- directory order: byte order of full paths, hidden names skipped, *.md/*.markdown only.
Column values: arrays joined with "; ", other_sections/metadata/diagnostics as JSON text, null as an empty
field. Prints one line per failure and, last, "N passed, N failed"; exits 1 when anything failed.
"""

import argparse
import csv
import io
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "Tests", "support"))
from checks import Checks, find_binary  # noqa: E402
DEFAULT_COLUMNS = ["symbol", "name", "aliases", "summary", "associations", "pharmacogenetics",
                   "other_sections", "source_path", "source_sha256"]
ALL_COLUMNS = DEFAULT_COLUMNS + ["source_bytes", "metadata", "gene", "approved_symbol", "hgnc_id", "ncbi_gene_id",
                                 "ensembl_id", "pharmgkb_id", "mentions", "drugs", "variants", "diagnostics",
                                 "error_count", "warning_count"]
JSON_COLUMNS = {"other_sections", "metadata", "gene", "mentions", "diagnostics"}
GENE_COLUMNS = {"approved_symbol", "hgnc_id", "ncbi_gene_id", "ensembl_id", "pharmgkb_id"}
TSV_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}


def run(binary, args, inputs):
    done = subprocess.run([binary, *args, *inputs], cwd=ROOT, stdin=subprocess.DEVNULL, capture_output=True)
    return done.returncode, done.stdout, done.stderr.decode("utf-8")


# ----------------------------------------------------------------------------- cell values

def expected_cell(record, column):
    """The record's value for a column, as the text a CSV/TSV cell holds (JSON columns parsed instead)."""
    if column == "aliases":
        return "; ".join(record["aliases"])
    if column in JSON_COLUMNS:
        return record[column]
    if column.startswith("source_"):
        return str(record["source"][column[len("source_"):]])
    if column in GENE_COLUMNS:
        value = (record["gene"] or {}).get(column)
        return "" if value is None else value
    if column in ("drugs", "variants"):
        seen, texts = set(), []
        for m in record["mentions"]:
            key = m["id"] or m["text"].lower()
            if m["kind"] == column[:-1] and key not in seen:
                seen.add(key)
                texts.append(m["text"])
        return "; ".join(texts)
    if column in ("error_count", "warning_count"):
        severity = column.split("_")[0]
        return str(sum(1 for d in record["diagnostics"] if d["severity"] == severity))
    value = record[column]
    return "" if value is None else value


def read_cell(text, column):
    if column in JSON_COLUMNS:
        return None if text == "" else json.loads(text)
    return text


def tsv_unescape(field):
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\":
            out.append(TSV_ESCAPES[field[i + 1]])  # KeyError or IndexError: an escape gene2json never writes
            i += 2
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def read_csv(data):
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline=""), dialect="excel", strict=True))


def read_tsv(data):
    text = data.decode("utf-8")
    assert text.endswith("\n") and "\r" not in text, "TSV rows end with LF and hold no raw CR"
    return [[tsv_unescape(f) for f in line.split("\t")] for line in text[:-1].split("\n")]


# ----------------------------------------------------------------------------- checks

def check_table(checks, name, rows, records, columns):
    checks.expect(rows and rows[0] == columns, f"{name}: header row {rows[:1]}")
    checks.expect(len(rows) == len(records) + 1, f"{name}: {len(rows) - 1} rows for {len(records)} records")
    for row, record in zip(rows[1:], records):
        path = record["source"]["path"]
        if not checks.expect(len(row) == len(columns), f"{name}: {path}: {len(row)} fields"):
            continue
        for column, text in zip(columns, row):
            got = read_cell(text, column)
            checks.expect(got == expected_cell(record, column), f"{name}: {path}: {column}: {got!r}")


def check_formats(checks, binary, inputs, extra, label):
    status, out, err = run(binary, ["--format", "jsonl", *extra], inputs)
    checks.expect(status in (0, 1), f"{label} jsonl: exit status {status}: {err}")
    lines = out.decode("utf-8").split("\n")
    checks.expect(lines[-1] == "", f"{label} jsonl: ends with a newline")
    records = [json.loads(line) for line in lines[:-1]]
    checks.expect(all("\n" not in line for line in lines), f"{label} jsonl: one object a line")

    _, out, _ = run(binary, ["--format", "json", *extra], inputs)
    checks.expect(json.loads(out) == records, f"{label} json: the array equals the jsonl records")

    _, out, _ = run(binary, ["--format", "csv", *extra], inputs)
    checks.expect(out.endswith(b"\r\n"), f"{label} csv: rows end with CRLF")
    check_table(checks, f"{label} csv", read_csv(out), records, DEFAULT_COLUMNS)
    _, out, _ = run(binary, ["--format", "csv", "--columns", ",".join(ALL_COLUMNS), *extra], inputs)
    check_table(checks, f"{label} csv (all columns)", read_csv(out), records, ALL_COLUMNS)

    _, out, _ = run(binary, ["--format", "tsv", *extra], inputs)
    check_table(checks, f"{label} tsv", read_tsv(out), records, DEFAULT_COLUMNS)
    _, out, _ = run(binary, ["--format", "tsv", "--columns", ",".join(ALL_COLUMNS), *extra], inputs)
    check_table(checks, f"{label} tsv (all columns)", read_tsv(out), records, ALL_COLUMNS)

    for fmt in ("json", "jsonl", "csv", "tsv"):
        one = run(binary, ["--format", fmt, "--jobs", "1", *extra], inputs)
        four = run(binary, ["--format", fmt, "--jobs", "4", *extra], inputs)
        checks.expect(one == four, f"{label} {fmt}: --jobs 1 and --jobs 4 give the same bytes, status and stderr")
    return records


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.environ.get("GENE2JSON_BIN"))
    parser.add_argument("--fixtures", default="Fixtures/batch")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary) if args.binary else find_binary("readback.py")
    checks = Checks()
    special = os.path.join(args.fixtures, "special")
    tree = os.path.join(args.fixtures, "tree")

    records = check_formats(checks, binary, [special, tree], [], "plain")
    check_formats(checks, binary, [special], ["--markdown"], "markdown")
    # With a vocabulary and a gene table: gene ids, mentions, drugs and variants in every format.
    mentions = check_formats(checks, binary, ["Fixtures/mentions/tricky.md", "Fixtures/mentions/mojibake-drug.md"],
                             ["--vocabulary", "Fixtures/vocabularies/drugs.tsv",
                              "--gene-table", "Fixtures/gene-tables/pharmgkb_genes.csv"], "mentions")
    checks.expect(len(mentions) == 2 and mentions[0]["gene"]["pharmgkb_id"] == "PA356"
                  and len(mentions[0]["mentions"]) == 23, "mentions fixture: gene and 23 mentions")

    by_path = {r["source"]["path"]: r for r in records}
    escapes = by_path.get(os.path.join(special, "front-matter-escapes.md"), {})
    checks.expect(escapes.get("name") == 'Tab\tCarriage\rReturn\nNewline \\ Backslash, "Quoted"',
                  f"front matter name keeps tab, CR, LF, backslash, quotes: {escapes.get('name')!r}")
    quotes = by_path.get(os.path.join(special, "commas-quotes.md"), {})
    checks.expect("亜鉛フィンガー" in (quotes.get("summary") or ""), "non-ASCII text survives")
    checks.expect(os.path.join(special, "nul.md") not in by_path, "a NUL-byte document gives no record")

    order = [r["source"]["path"] for r in records if r["source"]["path"].startswith(tree)]
    expected = [os.path.join(tree, p) for p in
                ("B.md", "a-b.md", "a.md", "a/x.md", "deeper/inner/deep.markdown", "z.MD")]
    checks.expect(order == expected, f"directory walk order {order}")

    status, out, _ = run(binary, [], [os.path.join(tree, "a.md")])
    checks.expect(status == 0 and isinstance(json.loads(out), dict), "one file prints one JSON object")
    status, out, _ = run(binary, [], [os.path.join(tree, "a")])
    checks.expect(status == 0 and isinstance(json.loads(out), list), "a directory prints an array")

    print(f"{checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
