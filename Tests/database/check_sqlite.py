#!/usr/bin/env python3
"""Reads gene2json's SQLite output back with Python's sqlite3 and checks it against the JSON Lines output.

    python3 Tests/database/check_sqlite.py [--binary PATH] [--shared DIR]

Corpora: Fixtures/ (with the hand-written vocabulary, gene table and annotations, so that gene ids, mentions and
`supported` are there) and, when DIR/corpus/gene-docs and DIR/vocabularies/pharmgkb exist (DIR defaults to
../shared), the real corpus with PharmGKB's chemicals, diseases, genes and clinical annotations.

For each corpus, with the standard library only:
- PRAGMA integrity_check is ok, PRAGMA foreign_key_check is empty, application_id and user_version are gene2json's,
  `meta` names the schema and tool versions;
- every document row (with its aliases, sections, mentions and diagnostics) rebuilt as a record equals the JSONL
  record of that path, key order included, and every JSONL record has its row; a row with converted = 0 has a
  GD303 diagnostic and no record;
- the views section_rows and mention_rows equal `--records section` and `--records mention` (JSONL), row for row;
- the run's exit status and standard error equal those of the JSONL run.
Then, on a copy of the corpus: --update after editing, adding and deleting files (with and without --prune)
equals a fresh build (table dumps keyed by path, document ids aside); a trigger counts the documents written, so
unchanged ones are seen not to be converted again; changed options convert every document again; a database of
another schema version, another application's database and a file that is no database are refused (exit 2) and
left byte for byte as they were.
Prints one line per failure and, last, "N passed, N failed"; exits 1 when anything failed.
"""

import argparse
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "Tests", "support"))
from checks import Checks, find_binary  # noqa: E402
RECORD_KEYS = ["symbol", "name", "aliases", "summary", "associations", "pharmacogenetics", "other_sections",
               "metadata", "gene", "mentions", "source", "diagnostics"]
GENE_KEYS = ["approved_symbol", "approved_name", "hgnc_id", "ncbi_gene_id", "ensembl_id", "pharmgkb_id"]
FIELDS = ("summary", "associations", "pharmacogenetics")


def run(binary, args, cwd):
    proc = subprocess.run([binary, *args], capture_output=True, cwd=cwd)
    return proc.returncode, proc.stdout, proc.stderr.decode("utf-8", "replace")


def jsonl(data):
    return [json.loads(line) for line in data.decode("utf-8").splitlines() if line]


def connect(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    db.row_factory = sqlite3.Row
    return db


# --------------------------------------------------------------------------- the record, rebuilt from the tables

def rebuilt_records(db):
    """{path: record} for every converted document, in SPEC section 2's key order; and the paths not converted."""
    children = {}
    for table, order in (("aliases", "position"), ("sections", "position"), ("mentions", "position"),
                         ("diagnostics", "position")):
        for row in db.execute(f"SELECT * FROM {table} ORDER BY document_id, {order}"):
            children.setdefault((table, row["document_id"]), []).append(row)
    records, rejected = {}, {}
    for doc in db.execute("SELECT * FROM documents ORDER BY document_id"):
        key = doc["document_id"]
        diagnostics = [{"severity": d["severity"], "code": d["code"], "message": d["message"], "line": d["line"],
                        "column": d["column"]} for d in children.get(("diagnostics", key), [])]
        if not doc["converted"]:
            rejected[doc["path"]] = diagnostics
            continue
        sections = children.get(("sections", key), [])
        fields = {}
        for s in sections:
            if s["section"] in FIELDS and s["section"] not in fields:
                fields[s["section"]] = s["text"]
        mentions = []
        for m in children.get(("mentions", key), []):
            mention = {k: m[k] for k in ("kind", "text", "id", "vocabulary", "section", "line", "column")}
            if m["supported"] is not None:
                mention["supported"] = bool(m["supported"])
            mentions.append(mention)
        record = {
            "symbol": doc["symbol"],
            "name": doc["name"],
            "aliases": [a["alias"] for a in children.get(("aliases", key), [])],
            "summary": fields.get("summary"),
            "associations": fields.get("associations"),
            "pharmacogenetics": fields.get("pharmacogenetics"),
            "other_sections": [{"heading": s["heading"], "text": s["text"]} for s in sections
                               if s["section"] == "other"],
            "metadata": json.loads(doc["metadata"]),
            "gene": None if doc["approved_symbol"] is None else {k: doc[k] for k in GENE_KEYS},
            "mentions": mentions,
            "source": {"path": doc["path"], "sha256": doc["sha256"], "bytes": doc["bytes"]},
            "diagnostics": diagnostics,
        }
        records[doc["path"]] = record
    return records, rejected


def view_rows(db, view):
    rows = []
    for row in db.execute(f"SELECT * FROM {view}"):
        item = dict(zip(row.keys(), tuple(row)))
        if "supported" in item and item["supported"] is not None:
            item["supported"] = bool(item["supported"])
        rows.append(item)
    return rows


def dump(path):
    """The database's content keyed by path, document ids aside: what must equal between an update and a build."""
    db = connect(path)
    ids = {row[0]: row[1] for row in db.execute("SELECT document_id, path FROM documents")}
    out = {"schema": sorted((tuple(r) for r in db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")), key=repr),
           "meta": sorted(tuple(r) for r in db.execute("SELECT key, value FROM meta")),
           "pragmas": [db.execute(f"PRAGMA {p}").fetchone()[0] for p in ("application_id", "user_version")]}
    for table in ("documents", "aliases", "sections", "mentions", "diagnostics"):
        rows = []
        for row in db.execute(f"SELECT * FROM {table}"):
            item = dict(zip(row.keys(), tuple(row)))
            item["document_id"] = ids[item["document_id"]]
            rows.append(sorted(item.items()))
        out[table] = sorted(rows, key=repr)
    db.close()
    return out


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


# --------------------------------------------------------------------------- checks

def check_database(checks, binary, name, inputs, options, cwd, work):
    db_path = os.path.join(work, f"{name}.sqlite")
    rc_j, out_j, err_j = run(binary, [*inputs, *options, "--format", "jsonl"], cwd)
    rc_s, out_s, _ = run(binary, [*inputs, *options, "--records", "section", "--format", "jsonl"], cwd)
    rc_m, out_m, _ = run(binary, [*inputs, *options, "--records", "mention", "--format", "ndjson"], cwd)
    rc_d, out_d, err_d = run(binary, [*inputs, *options, "-o", db_path], cwd)
    checks.expect(rc_j in (0, 1) and rc_s == rc_j and rc_m == rc_j, f"{name}: JSONL runs exit {rc_j}, {rc_s}, {rc_m}")
    checks.expect(rc_d == rc_j, f"{name}: the database run exits {rc_d}, the JSONL run {rc_j}")
    checks.expect(out_d == b"", f"{name}: the database run writes nothing to standard output")
    checks.expect(err_d == err_j, f"{name}: the database run's standard error differs from the JSONL run's")
    if not checks.expect(os.path.exists(db_path), f"{name}: no database written"):
        return
    records = jsonl(out_j)
    db = connect(db_path)
    checks.expect(db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"{name}: integrity_check")
    fk = db.execute("PRAGMA foreign_key_check").fetchall()
    checks.expect(fk == [], f"{name}: foreign_key_check is not empty: {fk[:3]}")
    checks.expect(db.execute("PRAGMA application_id").fetchone()[0] == 0x67326A73, f"{name}: application_id")
    checks.expect(db.execute("PRAGMA user_version").fetchone()[0] == 1, f"{name}: user_version")
    meta = dict(db.execute("SELECT key, value FROM meta"))
    checks.expect(meta.get("schema_version") == "1" and meta.get("generator") == "gene2json"
                  and "tool_version" in meta and json.loads(meta.get("options", "null")) is not None,
                  f"{name}: meta {meta}")
    rebuilt, rejected = rebuilt_records(db)
    by_path = {r["source"]["path"]: r for r in records}
    checks.expect(len(by_path) == len(records), f"{name}: JSONL paths are not unique")
    checks.expect(sorted(rebuilt) == sorted(by_path),
                  f"{name}: documents {len(rebuilt)} converted rows, JSONL {len(by_path)} records; "
                  f"only in the database: {sorted(set(rebuilt) - set(by_path))[:3]}, "
                  f"only in JSONL: {sorted(set(by_path) - set(rebuilt))[:3]}")
    differ = [p for p in by_path if p in rebuilt and (rebuilt[p] != by_path[p]
                                                       or list(by_path[p]) != RECORD_KEYS)]
    checks.expect(not differ, f"{name}: {len(differ)} documents differ from their JSONL record, first "
                              f"{differ[:1]}: {first_difference(rebuilt, by_path, differ)}")
    for path, diagnostics in rejected.items():
        checks.expect(any(d["code"] == "GD303" for d in diagnostics) and path not in by_path,
                      f"{name}: {path} is not converted but has no GD303 diagnostic (or has a record)")
    checks.expect(view_rows(db, "section_rows") == jsonl(out_s),
                  f"{name}: section_rows differs from --records section")
    checks.expect(view_rows(db, "mention_rows") == jsonl(out_m),
                  f"{name}: mention_rows differs from --records mention")
    counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("sections", "mentions")}
    checks.expect(counts["sections"] == len(jsonl(out_s)) and counts["mentions"] == len(jsonl(out_m)),
                  f"{name}: table sizes {counts}")
    db.close()
    print(f"  {name}: {len(records)} records, {len(rejected)} turned away, {counts['sections']} sections, "
          f"{counts['mentions']} mentions")


def first_difference(rebuilt, by_path, differ):
    if not differ:
        return ""
    a, b = rebuilt[differ[0]], by_path[differ[0]]
    for key in RECORD_KEYS:
        if a.get(key) != b.get(key):
            return f"{key}: database {str(a.get(key))[:200]} / JSONL {str(b.get(key))[:200]}"
    return f"key order {list(b)}"


def audited_update(binary, args, db_path, cwd):
    """Runs an --update with a trigger that counts the documents inserted, then removes the trigger."""
    db = sqlite3.connect(db_path)
    db.executescript("""
        CREATE TABLE audit (path TEXT);
        CREATE TRIGGER audit_insert AFTER INSERT ON documents BEGIN INSERT INTO audit VALUES (new.path); END;
    """)
    db.close()
    result = run(binary, args, cwd)
    db = sqlite3.connect(db_path)
    written = sorted(r[0] for r in db.execute("SELECT path FROM audit"))
    db.executescript("DROP TRIGGER audit_insert; DROP TABLE audit;")
    db.close()
    return result, written


def check_update(checks, binary, name, source_dir, options, work):
    tree = os.path.join(work, f"{name}-tree")
    shutil.copytree(source_dir, tree)
    docs = sorted(os.path.relpath(os.path.join(d, f), tree) for d, _, fs in os.walk(tree) for f in fs
                  if f.lower().endswith((".md", ".markdown")) and not f.startswith("."))
    db_path = os.path.join(work, f"{name}-update.sqlite")
    rc, _, _ = run(binary, [tree, *options, "-o", db_path], work)
    checks.expect(rc in (0, 1), f"{name}: first build exits {rc}")

    # Nothing changed: nothing written, the database as it was.
    before = dump(db_path)
    (rc2, _, err2), written = audited_update(binary, [tree, *options, "--update", "-o", db_path], db_path, work)
    _, _, err_fresh = run(binary, [tree, *options, "-o", os.path.join(work, "same.sqlite")], work)
    checks.expect(rc2 == rc and written == [], f"{name}: an update with nothing changed exits {rc2} and writes "
                                               f"{len(written)} documents")
    checks.expect(err2 == err_fresh, f"{name}: an unchanged update's standard error differs from a build's")
    checks.expect(dump(db_path) == before, f"{name}: an update with nothing changed changes the database")

    # Edit one, add one, delete one.
    edited, deleted = docs[0], docs[-1]
    with open(os.path.join(tree, edited), "ab") as f:
        f.write(b"\n## Notes\nAdded by the update test.\n")
    os.unlink(os.path.join(tree, deleted))
    added = "zz-added.md"
    with open(os.path.join(tree, added), "w", encoding="utf-8") as f:
        f.write("## Gene Summary\nADD1 is the official symbol for the Added Test Gene 1 gene.\n\n"
                "## Gene Drugs, Diseases, Phenotypes, and Pathways\nNone known; rs1800497 is unrelated.\n\n"
                "## Pharmacogenetics\nNone known.\n")
    keep = os.path.join(work, f"{name}-noprune.sqlite")
    shutil.copyfile(db_path, keep)
    (rc3, _, _), written = audited_update(binary, [tree, *options, "--update", "--prune", "-o", db_path], db_path,
                                          work)
    fresh = os.path.join(work, f"{name}-fresh.sqlite")
    rc4, _, _ = run(binary, [tree, *options, "-o", fresh], work)
    checks.expect(rc3 == rc4, f"{name}: update exits {rc3}, a fresh build {rc4}")
    want = sorted(os.path.join(tree, p) for p in (edited, added))
    checks.expect(written == want, f"{name}: the update wrote {written}, expected only {want}")
    checks.expect(dump(db_path) == dump(fresh), f"{name}: --update --prune differs from a fresh build")
    db = connect(db_path)
    checks.expect(db.execute("PRAGMA foreign_key_check").fetchall() == [], f"{name}: foreign keys after update")
    db.close()

    # Without --prune the deleted document stays; the rest is as with it.
    (rc5, _, _), _ = audited_update(binary, [tree, *options, "--update", "-o", keep], keep, work)
    kept = connect(keep)
    paths = {r[0] for r in kept.execute("SELECT path FROM documents")}
    kept.close()
    checks.expect(os.path.join(tree, deleted) in paths, f"{name}: without --prune a deleted document is removed")
    pruned = dump(keep)
    fresh_dump = dump(fresh)
    pruned["documents"] = [r for r in pruned["documents"] if dict(r)["path"] != os.path.join(tree, deleted)]
    for table in ("aliases", "sections", "mentions", "diagnostics"):
        pruned[table] = [r for r in pruned[table] if dict(r)["document_id"] != os.path.join(tree, deleted)]
    checks.expect(pruned == fresh_dump, f"{name}: --update without --prune differs beyond the deleted document")

    # Other options: every document converted again, and the database equals a fresh build with them.
    (rc6, _, err6), written = audited_update(binary, [tree, *options, "--markdown", "--update", "-o", db_path],
                                             db_path, work)
    run(binary, [tree, *options, "--markdown", "-o", fresh], work)
    checks.expect(len(written) == len(docs), f"{name}: changed options rewrote {len(written)} of {len(docs)}")
    checks.expect("converted again" in err6, f"{name}: changed options are not reported")
    checks.expect(dump(db_path) == dump(fresh), f"{name}: --update with other options differs from a fresh build")


def check_refusals(checks, binary, work):
    doc = os.path.join(ROOT, "Fixtures", "convert", "canonical.md")
    cases = {}
    other_version = os.path.join(work, "other-version.sqlite")
    run(binary, [doc, "-o", other_version], work)
    db = sqlite3.connect(other_version)
    db.execute("PRAGMA user_version = 99")
    db.close()
    cases["another schema version"] = (other_version, "schema version is 99")
    foreign = os.path.join(work, "foreign.db")
    db = sqlite3.connect(foreign)
    db.execute("CREATE TABLE documents (x)")
    db.commit()
    db.close()
    cases["another application's database"] = (foreign, "did not write")
    text = os.path.join(work, "text.sqlite")
    with open(text, "w") as f:
        f.write("not a database, but a text file long enough to have a header " * 4)
    cases["a file that is no database"] = (text, "not an SQLite database")
    for what, (path, message) in cases.items():
        before = sha(path)
        rc, out, err = run(binary, [doc, "--update", "-o", path], work)
        checks.expect(rc == 2 and message in err and out == b"", f"{what}: exit {rc}, {err.strip()!r}")
        checks.expect(sha(path) == before, f"{what}: the file was changed")
        checks.expect(not [f for f in os.listdir(work) if ".gene2json-" in f], f"{what}: a temporary file is left")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary")
    parser.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    args = parser.parse_args()
    binary = os.path.abspath(args.binary or find_binary("check_sqlite.py"))
    checks = Checks()
    fixtures = ["--vocabulary", "Fixtures/vocabularies/drugs.tsv", "--gene-table", "Fixtures/mentions/gene_table.tsv",
                "--annotations", "Fixtures/annotations/clinical_annotations.tsv"]
    with tempfile.TemporaryDirectory(prefix="g2j-sqlite.") as work:
        check_database(checks, binary, "fixtures", ["Fixtures"], fixtures, ROOT, work)
        check_database(checks, binary, "fixtures-markdown", ["Fixtures"], fixtures + ["--markdown"], ROOT, work)
        absolute = [os.path.join(ROOT, a) if a.startswith("Fixtures/") else a for a in fixtures]
        check_update(checks, binary, "fixtures", os.path.join(ROOT, "Fixtures", "convert"), absolute, work)
        check_refusals(checks, binary, work)
        corpus = os.path.join(args.shared, "corpus", "gene-docs")
        pharmgkb = os.path.join(args.shared, "vocabularies", "pharmgkb")
        if os.path.isdir(corpus) and os.path.isdir(pharmgkb):
            real = ["--vocabulary", os.path.join(pharmgkb, "chemicals.tsv"),
                    "--vocabulary", os.path.join(pharmgkb, "diseases.csv"),
                    "--gene-table", os.path.join(pharmgkb, "genes.csv"),
                    "--annotations", os.path.join(pharmgkb, "clinical_annotations.tsv")]
            check_database(checks, binary, "shared corpus", [os.path.abspath(corpus)], real, work, work)
            check_update(checks, binary, "shared corpus", corpus, real, work)
        else:
            print("  (no ../shared corpus: the real corpus is skipped)")
    print(f"{checks.passed} passed, {checks.failed} failed")
    sys.exit(1 if checks.failed else 0)


if __name__ == "__main__":
    main()
