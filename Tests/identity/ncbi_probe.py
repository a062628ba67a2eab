#!/usr/bin/env python3
"""Identity on real gene names in sentence shapes written here: a probe of the identity reader (SPEC §1, §6) on
names it was never tuned on.

NCBI's gene table (../shared/tables/Homo_sapiens.gene_info, read at run time, never copied) gives the approved
symbol and full name of every human protein-coding gene. For a sample of them, each shape below (a first sentence
in a phrasing the corpus uses, the words here invented) is filled in with one gene, written as a one-section
document, converted, and its name scored against the table's: right, null or wrong (a null is the honest answer to a
doubtful name, a wrong one costs a pipeline). The symbol is scored too (another symbol is wrong; none is not).

    python3 Tests/identity/ncbi_probe.py BIN [--gene-info TSV] [--count N] [--seed S] [--show N] [--show-null N] [--max-wrong F]
        [--max-wrong-symbols F]

Prints a line a shape (right / null / wrong names, wrong symbols) and, with --show, examples of wrong names. Exits 1
when the wrong names of all shapes together are more than --max-wrong (a fraction, default 0.01) of the documents,
or the wrong symbols more than --max-wrong-symbols (default 0.002); 0 when the table is missing (nothing to probe).
"""
import argparse, json, os, random, re, subprocess, sys, tempfile

ap = argparse.ArgumentParser()
ap.add_argument("bin")
ap.add_argument("--gene-info", default=os.path.join(os.path.dirname(__file__), "../../../shared/tables/Homo_sapiens.gene_info"))
ap.add_argument("--count", type=int, default=2000, help="genes per shape")
ap.add_argument("--seed", type=int, default=1)
ap.add_argument("--show", type=int, default=0)
ap.add_argument("--show-null", type=int, default=0, help="examples of null names a shape")
ap.add_argument("--max-wrong", type=float, default=0.01)
ap.add_argument("--max-wrong-symbols", type=float, default=0.002)
args = ap.parse_args()
args.bin = os.path.abspath(args.bin)

# Each shape: a first sentence with {S} (the symbol), {N} (the full name), {T} (the name title-cased), {C} (the
# chromosome) and {A} (an NCBI synonym, or the symbol with an X).
SHAPES = {
    "encodes-which": "{S} encodes {N}, which takes part in several cellular pathways.",
    "name-paren": "{N} ({S}) is a gene expressed in many human tissues.",
    "sym-paren": "{S} ({N}) is a protein-coding gene on chromosome {C}.",
    "the-name-paren": "The {N} ({S}) gene lies on chromosome {C} and is widely studied.",
    "gene-encodes-a": "The {S} gene encodes {N}, a protein with roles in development.",
    "stands-for": "{S} stands for {N} and is found on chromosome {C}.",
    "also-known": "{S}, also known as {N}, is a gene on human chromosome {C}.",
    "bold-is": "**{S}** ({N}) is a gene whose product is found in the cell.",
    "short-for": "{S}, short for {N}, is located on chromosome {C}.",
    "official-symbol": "{S} is the official symbol for {N}, a gene on chromosome {C}.",
    # The corpus's own styles: the name title-cased, after `, or`, `standing for`, `officially named`, with an alias.
    "or-title": "{S}, or {T}, is a gene that encodes a protein found in many tissues.",
    "paren-title": "{S} ({T}) is a gene that encodes a protein with several domains.",
    "standing-for-title": "{S}, standing for {T}, is a gene on chromosome {C}.",
    "officially-named": "{S}, officially named {N}, is a gene on chromosome {C}.",
    "paren-then-alias": "{S} ({T}), also known as {A}, is a gene on chromosome {C}.",
}
# Words a title-cased name keeps in lower case.
SMALL_WORDS = {"of", "and", "the", "in", "for", "to", "with", "by", "a", "an", "or", "on"}


def title(name):
    """The name as the corpus's writers title-case it: each word's first letter a capital, small words aside."""
    return " ".join(w if w in SMALL_WORDS or not w[:1].islower() else w[:1].upper() + w[1:] for w in name.split(" "))


def norm(s):
    return re.sub(r"[^a-z0-9]+", " ", (s or "").lower()).strip()


if not os.path.exists(args.gene_info):
    print(f"ncbi_probe: {args.gene_info} is missing; nothing to probe")
    sys.exit(0)

genes = []
for line in open(args.gene_info, encoding="utf-8"):
    if line.startswith("#"):
        continue
    cols = line.rstrip("\n").split("\t")
    # Official names only: this table gives LOC records (no HGNC symbol, a provisional name) an authority too.
    if len(cols) < 13 or cols[9] != "protein-coding" or cols[12] != "O" or cols[11] == "-":
        continue
    if cols[10] == "-" or cols[10].startswith("LOC") or not re.fullmatch(r"[A-Za-z0-9-]+", cols[10]):
        continue
    aliases = [a for a in cols[4].split("|") if re.fullmatch(r"[A-Z][A-Z0-9-]{2,9}", a) and a != cols[10]]
    genes.append((cols[10], cols[11], cols[6], aliases[0] if aliases else cols[10] + "X"))
random.Random(args.seed).shuffle(genes)
sample = genes[: args.count]

with tempfile.TemporaryDirectory(prefix="ncbi-probe-") as tmp:
    expected = {}
    for shape, template in SHAPES.items():
        os.mkdir(os.path.join(tmp, shape))
        for index, (symbol, name, chromosome, alias) in enumerate(sample):
            sentence = template.format(S=symbol, N=name, T=title(name), C=chromosome, A=alias)
            path = os.path.join(shape, f"{index:05d}.md")
            with open(os.path.join(tmp, path), "w", encoding="utf-8") as out:
                out.write(f"# Gene Summary\n\n{sentence} It is discussed below.\n\n# Pharmacogenetics\n\nNo data.\n")
            expected[path] = (shape, symbol, name)
    run = subprocess.run(
        [args.bin, "convert", "--format", "jsonl", "--jobs", "2", "--quiet", "."],
        cwd=tmp, capture_output=True, text=True)
    if run.returncode not in (0, 1):
        print(run.stderr[-2000:], file=sys.stderr)
        sys.exit(f"ncbi_probe: {args.bin} exited {run.returncode}")
    tally = {shape: [0, 0, 0, 0] for shape in SHAPES}
    examples = {shape: [] for shape in SHAPES}
    nulls = {shape: [] for shape in SHAPES}
    seen = 0
    for line in run.stdout.splitlines():
        record = json.loads(line)
        path = os.path.normpath(record["source"]["path"])
        if path not in expected:
            continue
        seen += 1
        shape, symbol, name = expected[path]
        got = record.get("name")
        if got is None:
            tally[shape][1] += 1
            nulls[shape].append(f"{symbol}: null for {name!r}")
        elif norm(got) == norm(name):
            tally[shape][0] += 1
        else:
            tally[shape][2] += 1
            examples[shape].append(f"{symbol}: want {name!r}, got {got!r}")
        if record.get("symbol") not in (symbol, None):
            tally[shape][3] += 1
            examples[shape].append(f"{symbol}: symbol {record.get('symbol')!r}")
    if seen != len(expected):
        sys.exit(f"ncbi_probe: {seen} records for {len(expected)} documents")

total = [sum(t[i] for t in tally.values()) for i in range(4)]
for shape, (right, null, wrong, symbols) in tally.items():
    print(f"{shape:16} right {right:5}  null {null:5}  wrong {wrong:4}  wrong symbols {symbols}")
    for example in examples[shape][: args.show] + nulls[shape][: args.show_null]:
        print(f"    {example}")
documents = len(expected)
print(f"{'all':16} right {total[0]:5}  null {total[1]:5}  wrong {total[2]:4}  wrong symbols {total[3]}"
      f"  ({100 * total[0] / documents:.2f}% right, {100 * total[2] / documents:.2f}% wrong of {documents})")
sys.exit(1 if total[2] > args.max_wrong * documents or total[3] > args.max_wrong_symbols * documents else 0)
