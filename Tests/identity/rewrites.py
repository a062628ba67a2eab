#!/usr/bin/env python3
"""Identity on rewritten first sentences: a metamorphic check of the identity reader (SPEC §6).

Each document of folds 0-2 of ../shared/corpus/gene-docs that states its official name has its first sentence
rewritten the ways writers vary it, meaning kept (the symbol bold, italic or linked; `, or Name,` as `(Name)`,
`also known as Name` or with an appositive; an alias parenthesis after the name; `stands for` as `is short for`;
the name quoted, title-cased, bold or cited; a lead phrase `In humans, `; ...). Every rewrite is converted and
its name scored against the truth table as right, null or wrong. Fold 3 (sha1("fold:" + file) % 4 == 3, as
corpus-check counts it) is never opened: it stays the held-out measure.

    python3 Tests/identity/rewrites.py BIN [--docs DIR] [--gene-info TSV] [--show N]

One rewrite takes the name out of the first sentence (`name-removed`): there a null name is right too. The symbol
is scored too (the name-first rewrites, `Name, or SYM, …`, find it after the name): a symbol that is not the
truth's is wrong, a null one is not counted. Exits 1 when more than 1% of the rewrites get a wrong name, fewer
than 97% get the right one, or more than 1% get a wrong symbol. The rewritten documents
live in a temporary folder that is removed afterwards.
"""
import argparse, csv, hashlib, json, os, re, subprocess, sys, tempfile

ap = argparse.ArgumentParser()
ap.add_argument("bin")
ap.add_argument("--docs", default="../shared/corpus/gene-docs")
ap.add_argument("--gene-info", default="../shared/tables/Homo_sapiens.gene_info")
ap.add_argument("--show", type=int, default=3)
ap.add_argument("--gene-table", action="append", default=[],
                help="passed to convert (repeatable): with PharmGKB's genes.csv the PA file names state the symbol")
args = ap.parse_args()
DOCS = args.docs
truth = {r["file"]: r for r in csv.DictReader(open(DOCS.rstrip("/") + ".truth.tsv", encoding="utf-8"), delimiter="\t")}


def fold(name):
    return int(hashlib.sha1(("fold:" + name).encode()).hexdigest(), 16) % 4


def norm(s):
    return re.sub(r"[^a-z0-9]+", " ", (s or "").lower()).strip()


# The gene's NCBI synonyms (symbol-shaped ones), for the alias rewrites; none without the table.
synonyms = {}
if os.path.exists(args.gene_info):
    for line in open(args.gene_info, encoding="utf-8"):
        if line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) > 4 and cols[4] != "-":
            synonyms.setdefault(cols[2], [s for s in cols[4].split("|") if re.fullmatch(r"[A-Z][A-Z0-9-]{2,9}", s)])


def first_paragraph(text):
    """(start, end) of the first paragraph after the summary heading, or of the document's first paragraph."""
    m = re.search(r"^#+\s*Gene Summary[^\n]*\n", text, re.M | re.I)
    pos = m.end() if m else 0
    while pos < len(text) and text[pos] == "\n":
        pos += 1
    end = text.find("\n\n", pos)
    return pos, (end if end >= 0 else len(text))


def first_sentence_end(paragraph):
    m = re.search(r"\.\s+(?=[A-Z0-9])", paragraph)
    return m.start() + 1 if m else len(paragraph)


def folder(label):
    return re.sub(r"[^A-Za-z0-9_>-]", "_", label)


# Rewrites of `SYM, or Name, …` and of `SYM (Name) …`: a label and a template over the sentence's parts, `{sym}`,
# `{nm}` (the name as written), `{head}` (the matched `SYM, or Name,` or `SYM (Name)`) and `{rest}` (what follows);
# `{rest_after_is}` is the rest without its leading ` is` (a template using it applies only where the rest has one).
OR_NAME = [
    ('or-to-parenthesis', '{sym} ({nm}){rest}'),
    ('or-to-known-as', '{sym}, also known as {nm},{rest}'),
    ('or-then-appositive', '{head} located on chromosome 4,{rest}'),
    ('or-without-commas', '{sym} or {nm}{rest}'),
    ('which-stands-for', '{sym}, which stands for {nm},{rest}'),
    ('the-name-gene-appositive', '{sym}, the {nm} gene,{rest}'),
    ('dash-appositive', '{sym} – {nm} –{rest}'),
    ('em-dash-appositive', '{sym} — {nm} —{rest}'),
    ('an-abbreviation-of', '{sym}, an abbreviation of {nm},{rest}'),
    ('which-encodes', '{sym}, which encodes {nm},{rest}'),
    ('short-for-no-comma', '{sym} (short for {nm}){rest}'),
    ('commonly-known-as', '{sym}, commonly known as {nm},{rest}'),
    ('also-called', '{sym}, also called {nm},{rest}'),
    ('officially-named', '{sym}, officially named {nm},{rest}'),
    ('short-for-comma', '{sym}, short for {nm},{rest}'),
    ('an-acronym-for', '{sym}, an acronym for {nm},{rest}'),
    ('whose-full-name-is', '{sym}, whose full name is {nm},{rest}'),
    ('the-symbol-for', '{sym}, the symbol for {nm},{rest}'),
    ('which-denotes', '{sym}, which denotes {nm},{rest}'),
    ('known-as-lead', 'Known as {nm}, {sym}{rest}'),
    ('official-symbol-sentence', 'The official symbol {sym} refers to {nm}. It{rest}'),
    ('name-encoded-by-symbol', '{nm}, encoded by the {sym} gene,{rest}'),
    ('copula-name-appositive', '{sym} is {nm},{rest_after_is}'),
    ('encodes-name-appositive', '{sym} encodes {nm},{rest_after_is}'),
    ('name-or-symbol', '{nm}, or {sym},{rest}'),
    ('name-abbreviated-symbol', '{nm}, abbreviated {sym},{rest}'),
    ('code-symbol', '`{sym}`, or {nm},{rest}'),
    ('bold-symbol-and-name', '**{sym}**, or **{nm}**,{rest}'),
    ('quoted-stands-for', '{sym} (which stands for "{nm}"){rest}'),
    ('name-also-known-as-symbol', '{nm}, also known as {sym},{rest}'),
    ('dash-which-stands-for', '{sym} — which stands for {nm} —{rest}'),
    ('the-gene-for', '{sym}, the gene for {nm},{rest}'),
    ('the-sym-gene-also-known-as', 'The {sym} gene, also known as {nm},{rest}'),
    ('which-is-short-for', '{sym}, which is short for {nm},{rest}'),
    ('name-official-symbol-label', '{nm} (official symbol: {sym}){rest}'),
    ('name-gene-symbol-label', '{nm} (gene symbol {sym}){rest}'),
    ('identifier-then-short-for', '{sym} (HGNC:4321), short for {nm},{rest}'),
    ('name-then-identifier', '{sym} ({nm}, HGNC:4321){rest}'),
    ('refers-to-the-gene', '{sym} refers to the gene {nm}; it{rest}'),
    ('commonly-abbreviated', '{nm}, commonly abbreviated as {sym},{rest}'),
    ('officially-comma', '{sym}, officially {nm},{rest}'),
    ('in-full', '{sym}, in full {nm},{rest}'),
    ('colon-name', '{sym}: {nm}. It{rest}'),
    ('stands-for-and-is', '{sym} stands for {nm} and is{rest_after_is}'),
    ('known-formally-as', '{sym}, known formally as {nm},{rest}'),
    ('copula-the-gene-for', '{sym} is the gene for {nm}, and it{rest}'),
    ('the-full-name-of', 'The full name of {sym} is {nm}, and it{rest}'),
    ('possessive-full-name', "{sym}'s full name is {nm}, and it{rest}"),
    ('name-or-symbol-for-short', '{nm}, or {sym} for short,{rest}'),
    ('which-is-officially-called', '{sym}, which is officially called {nm},{rest}'),
    ('encodes-the-name-protein', '{sym} encodes the {nm} protein,{rest_after_is}'),
    ('label-lines', 'Gene symbol: {sym}. Gene name: {nm}. It{rest}'),
]
PARENTHESIZED_NAME = [
    ('parenthesis-to-or', '{sym}, or {nm},{rest}'),
    ('parenthesis-then-aka', '{head}, also known as FOOBAR9,{rest}'),
    ('name-then-symbol', '{nm} ({sym}){rest}'),
    ('the-sym-name-gene', 'The {head} gene{rest}'),
    ('the-sym-gene-parenthesis', 'The {sym} gene ({nm}){rest}'),
    ('gene-sym-parenthesis', 'Gene {sym} ({nm}){rest}'),
    ('sym-gene-parenthesis', '{sym} gene ({nm}){rest}'),
    ('italic-name-parenthesis', '{sym} (*{nm}*){rest}'),
    ('lower-case-name', '{sym} ({nm_lower}){rest}'),
    ('official-name-colon', '{sym} (official name: {nm}){rest}'),
    ('full-name-parenthesis', '{sym} (full name {nm}){rest}'),
    ('the-name-sym-gene', 'The {nm} ({sym}) gene{rest}'),
    ('parenthesis-then-family', '{sym} ({nm}), a member of a conserved family,{rest}'),
    ('the-human-sym-gene-parenthesis', 'The human {sym} gene ({nm}){rest}'),
    ('code-symbol-parenthesis', '`{sym}` ({nm}){rest}'),
    ('hgnc-symbol-lead', 'The HGNC symbol {sym} ({nm}){rest}'),
    ('two-spaces-before-parenthesis', '{sym}  ({nm}){rest}'),
    ('comma-after-parenthesis', '{sym} ({nm}),{rest}'),
    ('sym-name-gene', '{sym} ({nm}) gene{rest}'),
    ('parenthesis-then-dash', '{sym} ({nm}) —{rest}'),
    ('the-name-gene-sym', 'The {nm} gene ({sym}){rest}'),
    ('human-sym-parenthesis', 'Human {sym} ({nm}){rest}'),
    ('protein-coding-gene-sym', 'The protein-coding gene {sym} ({nm}){rest}'),
    ('identifier-in-parenthesis', '{sym} ({nm}; HGNC:1234){rest}'),
    ('citation-in-parenthesis', '{sym} ({nm} [2]){rest}'),
    ('name-abbreviated-as-parenthesis', '{nm} (abbreviated as {sym}){rest}'),
]
# A stated phrasing swapped for another near the start of the sentence.
SWAPS = [('stands for', 'is short for'), ('stands for', 'is shorthand for'),
         ('stands for', 'is an abbreviation for'), ('is short for', 'stands for'),
         ('is the official symbol for', 'is the approved symbol for'),
         ('is the official symbol for', 'is the HGNC-approved symbol for'),
         ('is the official symbol for', 'is the official gene symbol for'),
         ('is the official symbol for', 'is the symbol used for'),
         ('is the official symbol for', 'is the official abbreviation for'),
         ('is the official symbol for', 'serves as the official symbol for'),
         ('is the official symbol for', 'is the designated symbol for'), ('encodes', 'codes for'),
         ('encodes', 'encodes the protein')]


def filled(templates, sym, m, sent):
    """Yields (label, sentence) for each template, filled from match `m` of `sent` (name in group 1)."""
    rest = sent[m.end():]
    parts = {'sym': sym, 'nm': m.group(1), 'nm_lower': m.group(1).lower(), 'head': sent[:m.end()], 'rest': rest,
             'rest_after_is': rest[3:]}
    for label, template in templates:
        if '{rest_after_is}' in template and not rest.startswith(' is '):
            continue
        yield label, template.format(**parts)


def mutations(sym, name, sent):
    """Yields (label, new sentence) for rewrites that apply to this sentence."""
    lname = re.escape(name)
    rs = re.escape(sym)
    # the symbol marked up, as nomenclature writes gene symbols, or after a lead phrase
    if re.match(rs + r'\b', sent):
        tail = sent[len(sym):]
        yield 'bold-symbol', '**' + sym + '**' + tail
        yield 'italic-symbol*', '*' + sym + '*' + tail
        yield 'italic-symbol_', '_' + sym + '_' + tail
        yield 'link-symbol', '[' + sym + '](https://example.org/' + sym + ')' + tail
        yield 'in-humans', 'In humans, ' + sent
        yield 'located-lead', 'Located on the long arm of chromosome 7, ' + sent
    m = re.match(rs + r', or (' + lname + r'),', sent, re.I)
    if m:
        yield from filled(OR_NAME, sym, m, sent)
    m = re.match(rs + r' \((' + lname + r')\)', sent, re.I)
    if m:
        yield from filled(PARENTHESIZED_NAME, sym, m, sent)
    for a, b in SWAPS:
        i = sent.find(' ' + a + ' ')
        if 0 <= i < len(sym) + 40:
            yield a.replace(' ', '_') + '->' + b.replace(' ', '_'), sent[:i] + ' ' + b + ' ' + sent[i + len(a) + 2:]
    # the name quoted, title-cased, bold, broken, cited, or followed by an alias
    m = re.search(lname, sent, re.I)
    if m and m.start() > 0:
        before, nm, after = sent[:m.start()], m.group(0), sent[m.end():]
        yield 'quoted-name', before + '“' + nm + '”' + after
        yield 'title-case-name', before + nm.title() + after
        yield 'bold-name', before + '**' + nm + '**' + after
        # (not before a number: `\n1.` would open a list)
        sp = [i for i, c in enumerate(nm) if c == ' ' and not nm[i + 1:i + 2].isdigit()]
        if sp:
            k = sp[len(sp) // 2]
            yield 'soft-wrap-in-name', before + nm[:k] + '\n' + nm[k + 1:] + after
            yield 'nbsp-in-name', before + nm.replace(' ', '\u00a0') + after
        yield 'citation-after-name', before + nm + ' [1]' + after
        if synonyms.get(sym):
            alias = synonyms[sym][0]
            if alias.upper() != sym.upper() and alias not in sent:
                if after.startswith(')'):
                    yield 'aka-inside-parenthesis', before + nm + ', also known as ' + alias + after
                    yield 'aka-inside-parenthesis;', before + nm + '; also known as ' + alias + after
                elif not (after[:1] in '"”' or after[:2] in (',"', ',”')):
                    yield 'aka-after-name', before + nm + ' (also known as ' + alias + ')' + after
                    yield 'formerly-after-name', before + nm + ' (formerly ' + alias + ')' + after
                    yield 'aliases-after-name', before + nm + ' (' + alias + ', FOOBAR9)' + after
    # `is a gene` variants
    for a, b in [('is a gene', 'is a protein-coding gene'), ('is a gene', 'is a human gene'),
                 (' gene ', ' gene, ')]:
        i = sent.find(a)
        if i > 0:
            yield 'gene:' + b.strip().replace(' ', '_').replace(',', '-comma'), sent[:i] + b + sent[i + len(a):]
            break
    # the name taken out: what is left states none in the first sentence (a later one may)
    m = re.match(rs + r'(, or | \()(' + lname + r')(,|\))', sent, re.I)
    if m:
        yield 'name-removed', sym + sent[m.end():]
    # a leading article and `gene` word: `The SYM gene, or …`
    if re.match(rs + r'\b[ ,(]', sent):
        yield 'the-sym-gene', 'The ' + sym + ' gene' + sent[len(sym):]


def convert(directory):
    tables = [option for table in args.gene_table for option in ("--gene-table", table)]
    p = subprocess.run([args.bin, "convert", "--format", "jsonl", "--quiet"] + tables + [directory],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    if p.returncode not in (0, 1):
        sys.exit(f"rewrites.py: {args.bin} exited {p.returncode} on {directory}")
    records = {}
    for line in p.stdout.decode("utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            records[os.path.basename(r["source"]["path"])] = r
    return records


def main():
    with tempfile.TemporaryDirectory(prefix="gene2json-rewrites-") as out:
        cases = {}
        for f, t in sorted(truth.items()):
            if fold(f) == 3:
                continue
            text = open(os.path.join(DOCS, f), encoding="utf-8", errors="replace").read()
            if not t["official_name"] or norm(t["official_name"]) not in norm(text):
                continue
            start, end = first_paragraph(text)
            paragraph = text[start:end]
            cut = first_sentence_end(paragraph)
            for label, sentence in mutations(t["symbol"], t["official_name"], paragraph[:cut]):
                d = os.path.join(out, folder(label))
                os.makedirs(d, exist_ok=True)
                with open(os.path.join(d, f), "w", encoding="utf-8") as handle:
                    handle.write(text[:start] + sentence + paragraph[cut:] + text[end:])
                cases.setdefault(label, []).append(f)
        # Rewrites that take the name out of the first sentence: null is right there too, so they count only
        # toward wrong names.
        negative = {"name-removed"}
        print(f"{'rewrite':40} {'docs':>5} {'right':>6} {'null':>5} {'wrong':>5} {'wrong symbol':>12}")
        total = [0, 0, 0, 0, 0]
        wrong = []
        for label in sorted(cases):
            got = convert(os.path.join(out, folder(label)))
            counts = [0, 0, 0, 0]
            for f in cases[label]:
                name = (got.get(f) or {}).get("name")
                symbol = (got.get(f) or {}).get("symbol")
                if symbol and symbol != truth[f]["symbol"]:
                    counts[3] += 1
                    wrong.append((label, f, truth[f]["symbol"], "the symbol", symbol))
                want = norm(truth[f]["official_name"])
                counts[0 if name and norm(name) == want or label in negative and not name else 1 if not name else 2] += 1
                if name and norm(name) != want:
                    wrong.append((label, f, truth[f]["symbol"], truth[f]["official_name"], name))
            total = [a + b for a, b in zip(total, [len(cases[label])] + counts)]
            print(f"{label:40} {len(cases[label]):5} {counts[0]:6} {counts[1]:5} {counts[2]:5} {counts[3]:12}")
        n = max(total[0], 1)
        print(f"{'total':40} {total[0]:5} {total[1]:6} {total[2]:5} {total[3]:5} {total[4]:12}")
        print(f"right {100 * total[1] / n:.2f}%, null {100 * total[2] / n:.2f}%, wrong {100 * total[3] / n:.2f}%; "
              f"wrong symbols {100 * total[4] / n:.2f}%")
        shown = {}
        for label, f, symbol, official, name in wrong:
            if shown.get(label, 0) < args.show:
                shown[label] = shown.get(label, 0) + 1
                print(f"  wrong  {label}: {f} {symbol}: want {official!r}, got {name!r}")
        if total[0] == 0:
            sys.exit("rewrites.py: no document to rewrite")
        if total[3] > 0.01 * n or total[1] < 0.97 * n or total[4] > 0.01 * n:
            sys.exit("rewrites.py: more than 1% wrong names, fewer than 97% right or more than 1% wrong symbols")


main()
