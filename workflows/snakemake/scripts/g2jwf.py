"""Helpers for the gene2json Snakemake workflow (Python stdlib only).

Imported by the Snakefile and by the rule scripts beside this file. It can also be run on its own:

    python3 g2jwf.py list DIR          print DIR's documents in gene2json's order, one a line
    python3 g2jwf.py split DIR K OUT   write OUT/manifest.txt and the K shard lists OUT/NNNN.txt

The contract it reproduces (SPEC.md section 3):
- a directory INPUT is searched recursively for `*.md` and `*.markdown` files, in sorted path order,
  where "sorted" is byte order of the full path string;
- the path string of a document found under DIR is DIR + "/" + its path relative to DIR (DIR without
  trailing slashes), which is what `source.path` and the validate reporters print;
- `--files-from FILE` reads one path a line, so a path holding a line break cannot be sharded.

Not reproduced: what `.gitignore`/`.ignore` files, `--exclude` and a `.gene2json.yml`'s `exclude:` leave out of
gene2json's own walks. The listing here is that of `gene2json convert --no-ignore` with no `exclude:`.
"""

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time

DOC_SUFFIXES = (".md", ".markdown")
FORMATS = ("jsonl", "csv", "tsv")
# `--records` units and the stem of their files (records.jsonl, sections.jsonl, mentions.jsonl).
UNITS = {"document": "records", "section": "sections", "mention": "mentions"}


class WorkflowError(Exception):
    pass


# --------------------------------------------------------------------------- listing and sharding


def normalise_dir(input_dir):
    """The directory as gene2json prefixes its documents: trailing slashes dropped ('/' stays)."""
    d = str(input_dir)
    if not d:
        raise WorkflowError("input_dir is empty")
    stripped = d.rstrip("/")
    return stripped if stripped else "/"


def list_documents(input_dir):
    """All `*.md` / `*.markdown` files below input_dir, sorted by the bytes of the full path.

    As gene2json walks a directory: the suffix matches in any case, names starting with `.` (files and
    directories) are skipped, and symbolic links are followed, a directory already on the way down
    (a link cycle) being skipped.
    """
    root = normalise_dir(input_dir)
    if not os.path.isdir(root):
        raise WorkflowError(f"input_dir {root!r} is not a directory")
    found = []

    def onerror(err):
        raise WorkflowError(f"cannot read {err.filename!r}: {err.strerror}")

    seen = set()
    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror, followlinks=True):
        real = os.path.realpath(dirpath)
        if real in seen:
            dirnames[:] = []
            continue
        seen.add(real)
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if not name.startswith(".") and name.lower().endswith(DOC_SUFFIXES):
                found.append(os.path.join(dirpath, name))
    found.sort(key=os.fsencode)
    for p in found:
        if "\n" in p or "\r" in p:
            raise WorkflowError(f"path {p!r} holds a line break; --files-from cannot carry it")
    return found


def shard_bounds(n, k):
    """Contiguous, balanced [start, end) ranges: shard i gets documents n*i//k .. n*(i+1)//k.

    Contiguous ranges keep the concatenation of the shards in the order of one run.
    """
    if k < 1:
        raise WorkflowError(f"shards must be >= 1, got {k}")
    return [(n * i // k, n * (i + 1) // k) for i in range(k)]


def shard_ids(k):
    width = max(4, len(str(k - 1)))
    return [f"{i:0{width}d}" for i in range(k)]


def write_lines(path, paths):
    data = b"".join(os.fsencode(p) + b"\n" for p in paths)
    write_atomic(path, data)


def read_lines(path):
    with open(path, "rb") as f:
        return [os.fsdecode(line) for line in f.read().split(b"\n") if line]


def write_atomic(path, data):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    tmp = f"{path}.tmp.{os.getpid()}"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def write_shards(input_dir, k, manifest_path, shard_paths):
    docs = list_documents(input_dir)
    if len(shard_paths) != k:
        raise WorkflowError(f"expected {k} shard list paths, got {len(shard_paths)}")
    write_lines(manifest_path, docs)
    for (start, end), sp in zip(shard_bounds(len(docs), k), shard_paths):
        write_lines(sp, docs[start:end])
    return docs


def corpus_fingerprint(input_dir):
    """sha256 over (path, size, mtime) of every document: changes when a document is added,
    removed, renamed or rewritten, so the shard lists (and every shard) are rebuilt."""
    h = hashlib.sha256()
    for p in list_documents(input_dir):
        st = os.stat(p)
        h.update(os.fsencode(p) + b"\0" + str(st.st_size).encode() + b"\0"
                 + str(st.st_mtime_ns).encode() + b"\n")
    return h.hexdigest()


def tool_fingerprint(tool):
    """Identity of the gene2json binary (resolved path, size, mtime): a rebuilt binary reruns."""
    resolved = shutil.which(tool) if os.sep not in tool else tool
    if not resolved or not os.path.exists(resolved):
        return f"missing:{tool}"
    st = os.stat(resolved)
    return f"{os.path.abspath(resolved)}:{st.st_size}:{st.st_mtime_ns}"


# --------------------------------------------------------------------------- running one shard


def run_shard(cmd, list_path, out_path, status_path, log_path, empty_output=b""):
    """Run gene2json over one shard list, stdout to out_path.

    Exit 0 and 1 are success (1: some documents had error diagnostics; every record is still
    written); anything else fails the job. The exit status is recorded in status_path (JSON).
    A shard with no documents does not run the tool (its output is empty_output)."""
    docs = read_lines(list_path)
    started = time.time()
    if not docs:
        write_atomic(out_path, empty_output)
        rc = 0
        with open(log_path, "w") as log:
            log.write("empty shard: gene2json not run\n")
    else:
        full = list(cmd) + ["--files-from", list_path]
        tmp = f"{out_path}.tmp.{os.getpid()}"
        with open(tmp, "wb") as out, open(log_path, "wb") as log:
            log.write(("$ " + " ".join(full) + "\n").encode())
            log.flush()
            try:
                rc = subprocess.run(full, stdout=out, stderr=log, stdin=subprocess.DEVNULL).returncode
            except OSError as e:
                os.unlink(tmp)
                raise WorkflowError(f"cannot run {full[0]!r}: {e}")
        if rc not in (0, 1):
            os.unlink(tmp)
            raise WorkflowError(
                f"{' '.join(full)} exited {rc} (usage error or tool failure); see {log_path}")
        os.replace(tmp, out_path)
    status = {
        "documents": len(docs),
        "exit_status": rc,
        "seconds": round(time.time() - started, 3),
        "command": list(cmd),
    }
    write_atomic(status_path, (json.dumps(status, indent=2) + "\n").encode())
    return rc


# --------------------------------------------------------------------------- merging


def _merge_into(out_path, write_parts):
    """Write out_path through a temporary file beside it, renamed when complete."""
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    tmp = f"{out_path}.tmp.{os.getpid()}"
    try:
        with open(tmp, "wb") as out:
            write_parts(out)
        os.replace(tmp, out_path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _last_byte(f):
    size = f.seek(0, os.SEEK_END)
    if size == 0:
        return None
    f.seek(size - 1)
    last = f.read(1)
    f.seek(0)
    return last


def merge_lines(parts, out_path):
    """JSON Lines: the shards' bytes, concatenated in shard order (streamed)."""
    def write_parts(out):
        for p in parts:
            with open(p, "rb") as f:
                last = _last_byte(f)
                if last is not None and last != b"\n":
                    raise WorkflowError(f"{p} does not end with a line feed; cannot concatenate")
                shutil.copyfileobj(f, out, 1 << 20)
    _merge_into(out_path, write_parts)


def merge_table(parts, out_path):
    """CSV/TSV: the header row of the first non-empty shard, then every shard's data rows.

    The header is the bytes up to and including the first LF (a column name holds no line
    break, so this is right for CRLF and LF output alike); every shard's header must be equal.
    Data rows (which may hold quoted line breaks) are copied verbatim, streamed."""
    def write_parts(out):
        header = None
        for p in parts:
            with open(p, "rb") as f:
                h = f.readline()
                if not h:
                    continue
                if header is None:
                    header = h
                    out.write(h)
                elif h != header:
                    raise WorkflowError(
                        f"{p}: header {h!r} differs from the first shard's {header!r}")
                shutil.copyfileobj(f, out, 1 << 20)
    _merge_into(out_path, write_parts)


def load_report(path):
    with open(path, "rb") as f:
        raw = f.read()
    try:
        value = json.loads(raw)
    except ValueError as e:
        raise WorkflowError(f"{path}: not JSON ({e})")
    if not isinstance(value, list):
        raise WorkflowError(f"{path}: expected a JSON array of diagnostics")
    return value


def merge_reports(report_paths, status_paths, convert_status_paths, shard_names,
                  report_out, summary_out):
    """One validation report (the shards' arrays, concatenated in order) and a summary.

    convert_status_paths is shard-major: the status files of shard 0 (one per format), then
    shard 1's, and so on."""
    merged = []
    per_shard = []
    k = len(shard_names)
    if len(report_paths) != k or len(status_paths) != k or len(convert_status_paths) % k:
        raise WorkflowError("merge_reports: inputs do not match the shard count")
    per = len(convert_status_paths) // k
    convert_statuses = [load_json(p) for p in convert_status_paths]
    for i, (rp, sp, name) in enumerate(zip(report_paths, status_paths, shard_names)):
        diags = load_report(rp)
        st = load_json(sp)
        merged.extend(diags)
        conv = convert_statuses[i * per:(i + 1) * per]
        per_shard.append({
            "shard": name,
            "documents": st["documents"],
            "validate_exit_status": st["exit_status"],
            "convert_exit_status": max((c["exit_status"] for c in conv), default=0),
            "errors": sum(1 for d in diags if d.get("severity") == "error"),
            "warnings": sum(1 for d in diags if d.get("severity") == "warning"),
            "seconds": st["seconds"] + sum(c["seconds"] for c in conv),
        })
    codes = {}
    for d in merged:
        code = str(d.get("code"))
        codes[code] = codes.get(code, 0) + 1
    error_docs = {d.get("path") for d in merged if d.get("severity") == "error"}
    diag_docs = {d.get("path") for d in merged}
    summary = {
        "documents": sum(s["documents"] for s in per_shard),
        "shards": len(per_shard),
        "errors": sum(s["errors"] for s in per_shard),
        "warnings": sum(s["warnings"] for s in per_shard),
        "documents_with_errors": len(error_docs),
        "documents_with_diagnostics": len(diag_docs),
        "codes": dict(sorted(codes.items())),
        # What one `gene2json validate` / `convert` run over the whole corpus would have returned.
        "validate_exit_status": max((s["validate_exit_status"] for s in per_shard), default=0),
        "convert_exit_status": max((s["convert_exit_status"] for s in per_shard), default=0),
        "shards_with_errors": [s["shard"] for s in per_shard
                               if s["validate_exit_status"] == 1 or s["convert_exit_status"] == 1],
        "per_shard": per_shard,
    }
    write_atomic(report_out, (json.dumps(merged, ensure_ascii=False, indent=2) + "\n").encode())
    write_atomic(summary_out, (json.dumps(summary, ensure_ascii=False, indent=2) + "\n").encode())
    return summary


def describe_summary(s):
    lines = [
        f"gene2json: {s['documents']} documents in {s['shards']} shards: "
        f"{s['errors']} errors, {s['warnings']} warnings, "
        f"{s['documents_with_errors']} documents with errors",
    ]
    if s["codes"]:
        lines.append("  by code: " + ", ".join(f"{c} {n}" for c, n in s["codes"].items()))
    if s["shards_with_errors"]:
        lines.append("  shards whose documents have errors (exit 1, outputs complete): "
                     + ", ".join(s["shards_with_errors"]))
    return "\n".join(lines)


def load_json(path):
    with open(path, "rb") as f:
        return json.loads(f.read())


# --------------------------------------------------------------------------- command line


def main(argv):
    if len(argv) == 2 and argv[0] == "list":
        out = sys.stdout.buffer
        for p in list_documents(argv[1]):
            out.write(os.fsencode(p) + b"\n")
        return 0
    if len(argv) == 4 and argv[0] == "split":
        k = int(argv[2])
        lists = [os.path.join(argv[3], f"{s}.txt") for s in shard_ids(k)]
        docs = write_shards(argv[1], k, os.path.join(argv[3], "manifest.txt"), lists)
        print(f"{len(docs)} documents in {k} shards under {argv[3]}")
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except WorkflowError as e:
        sys.stderr.write(f"g2jwf: {e}\n")
        sys.exit(2)
