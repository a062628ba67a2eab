#!/usr/bin/env python3
"""An independent reference for gene2json's mentions (SPEC section 7, with the README's rules), in Python.

    reference.py BIN [--corpus DIR] [--chemicals FILE] [--diseases FILE] [--genes GENE_INFO]

Runs `BIN convert --format jsonl --vocabulary CHEMICALS --vocabulary DISEASES --gene-table GENE_INFO CORPUS`, finds
the mentions of every document itself -- its own vocabulary and gene-table parsing (Python's csv), Markdown masking
(re), normal form, an Aho-Corasick automaton from pyahocorasick and regular expressions for variants -- and compares
the two as sets of (file, kind, text, id, section, line, column). Prints the mentions per kind and exits 1 on any
difference. Taken from gene2json's record, being no part of the name matching: the document's symbol (as stated and
approved) and name (no part of it where it is written is a mention) and its `gene` mentions (other genes' symbols),
which win over a name of the same span as they do there.
"""

import argparse
import collections
import csv
import json
import os
import re
import subprocess
import sys
import unicodedata

import ahocorasick

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
csv.field_size_limit(1 << 30)

# ---------------------------------------------------------------------------------------------- common words


def common_words():
    """The word list, read from the block between the markers in CommonWords.swift (data, not code)."""
    text = open(os.path.join(ROOT, "Sources/GeneDocs/Mentions/CommonWords.swift"), encoding="utf-8").read()
    block = text.split("// common-words:begin", 1)[1].split("// common-words:end", 1)[0]
    block = block.split('"""', 2)[1]
    return set(block.split())


COMMON = common_words()


def is_common(word):
    return len(word) >= 2 and re.fullmatch(r"[A-Za-z]+", word) is not None and word.lower() in COMMON


# ---------------------------------------------------------------------------------------------- normal form

GREEK = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu",
         "nu", "xi", "omicron", "pi", "rho", "sigma", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"]
DASHES = set(range(0x2010, 0x2016)) | {0x2212, 0xFE58, 0xFE63, 0xFF0D, ord("-")}
BLANKS = {0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x202F, 0x205F, 0x3000} | set(range(0x2000, 0x200B))
IGNORED = {0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF}
HARD = "\x00"
START = "\x01"


def char_class(ch):
    """(kind, symbols): kind is word, blank, line, dash, hard, other or ignore."""
    o = ord(ch)
    if ch == "\x00":
        return "hard", ""
    if o < 0x80:
        if ch.isalnum():
            return "word", ch.lower()
        if ch in "\n\r":
            return "line", ""
        if o in BLANKS:
            return "blank", ""
        if o in DASHES:
            return "dash", ""
        return "other", ch
    if o in IGNORED:
        return "ignore", ""
    if o in BLANKS:
        return "blank", ""
    if o in (0x2028, 0x2029):
        return "line", ""
    if o in DASHES:
        return "dash", ""
    if o in (0x2018, 0x2019, 0x2BC):
        return "other", "'"
    if o == 0xB5:
        return "word", "mu"
    if 0x391 <= o <= 0x3A9 or 0x3B1 <= o <= 0x3C9:
        return "word", GREEK[o - (0x3B1 if o >= 0x3B1 else 0x391)]
    if 0xC0 <= o <= 0xDE and o != 0xD7:
        return "word", chr(o + 0x20)
    if unicodedata.category(ch)[0] in "LN":
        return "word", ch
    return "other", ch


def normal_form(chars):
    """Symbols for a sequence of (character, start, end) and, per symbol, (start, end, last-of-its-character)."""
    out = []
    spans = []
    prev_word = False
    last = HARD
    breaks = 0
    for ch, start, end in chars:
        kind, sym = char_class(ch)
        if kind == "line" and ch == "\r":
            kind = "line"
        if kind == "word":
            breaks = 0
            if not prev_word:
                out.append(START)
                spans.append((start, end, False))
            prev_word = True
            for i, s in enumerate(sym):
                out.append(s)
                spans.append((start, end, i == len(sym) - 1))
                last = s
        elif kind == "other":
            breaks = 0
            prev_word = False
            for i, s in enumerate(sym):
                out.append(s)
                spans.append((start, end, i == len(sym) - 1))
                last = s
        elif kind in ("blank", "dash", "line"):
            prev_word = False
            if kind == "line":
                breaks += 1
            elif kind == "dash":
                breaks = 0
            if kind == "line" and breaks >= 2:
                if last != HARD:
                    out.append(HARD)
                    spans.append((start, end, True))
                    last = HARD
            elif last not in (" ", HARD):
                out.append(" ")
                spans.append((start, end, True))
                last = " "
        elif kind == "hard":
            breaks = 0
            prev_word = False
            if last != HARD:
                out.append(HARD)
                spans.append((start, end, True))
                last = HARD
    return "".join(out), spans


def name_form(name):
    if "\n" in name or "\r" in name or "\x00" in name:
        return None
    form, _ = normal_form([(c, 0, 0) for c in name])
    form = form.rstrip(" ")
    if not form.startswith(START) or len(form.encode("utf-8")) > 64:
        return None
    return form


# ---------------------------------------------------------------------------------------------- vocabularies


def pharmgkb_list(field):
    field = field.strip()
    if not field:
        return []
    if not field.startswith('"'):
        return [field]
    return [item.strip() for item in next(csv.reader([field])) if item.strip()]


# The elements, in order of atomic number (and three other spellings): named alone in a gene summary, one without an
# ATC code is the body's element ("the enzyme needs a molybdenum cofactor"), or, annotated, its compounds as a class.
ELEMENTS = set("""
hydrogen helium lithium beryllium boron carbon nitrogen oxygen fluorine neon sodium magnesium aluminium silicon
phosphorus sulfur chlorine argon potassium calcium scandium titanium vanadium chromium manganese iron cobalt nickel
copper zinc gallium germanium arsenic selenium bromine krypton rubidium strontium yttrium zirconium niobium molybdenum
technetium ruthenium rhodium palladium silver cadmium indium tin antimony tellurium iodine xenon caesium barium
lanthanum cerium praseodymium neodymium promethium samarium europium gadolinium terbium dysprosium holmium erbium
thulium ytterbium lutetium hafnium tantalum tungsten rhenium osmium iridium platinum gold mercury thallium lead bismuth
polonium astatine radon francium radium actinium thorium protactinium uranium neptunium plutonium americium curium
berkelium californium einsteinium fermium mendelevium nobelium lawrencium rutherfordium dubnium seaborgium bohrium
hassium meitnerium darmstadtium roentgenium copernicium nihonium flerovium moscovium livermorium tennessine oganesson
aluminum sulphur cesium
""".split())
assert len(ELEMENTS) == 121
# ATC groups of vitamins (A11), mineral supplements (A12), iron (B03A), vitamin B12 and folic acid (B03B) and general
# nutrients (V06): a chemical all of whose codes lie in them is a nutrient ("folate metabolism"), a metabolite.
NUTRIENT_ATC = ("A11", "A12", "B03A", "B03B", "V06")


def adjusted_kind(kind, row):
    """The kind after the structural rules, or None for a treatment (a word ending in "therapy": radiotherapy)."""
    if kind != "drug":
        return kind
    name = row["Name"].strip().lower()
    if any(word.endswith("therapy") for word in re.findall(r"[^\W\d_]+", name)):
        return None
    if "ATC Identifiers" not in row:
        return kind
    codes = pharmgkb_list(row["ATC Identifiers"] or "")
    if not codes and name in ELEMENTS:
        count = (row.get("Clinical Annotation Count") or "").strip()
        return "drug_class" if count.isdigit() and int(count) > 0 else "metabolite"
    if codes and all(code.upper().startswith(NUTRIENT_ATC) for code in codes):
        return "metabolite"
    # No trace of a medicine (no ATC code, RxNorm identifier, drug label, clinical or variant annotation): a substance
    # nobody prescribes ("converting retinal into retinol"), when the table has those columns.
    medicine_columns = ("RxNorm Identifiers", "Top Any Drug Label Testing Level", "Variant Annotation Count")
    if not codes and all(column in row for column in medicine_columns):
        def count(column):
            value = (row.get(column) or "").strip()
            return int(value) if value.isdigit() else 0
        traces = ((row["RxNorm Identifiers"] or "").strip() or (row["Top Any Drug Label Testing Level"] or "").strip()
                  or count("Variant Annotation Count") > 0 or count("Clinical Annotation Count") > 0)
        if not traces:
            return "metabolite"
    return kind


def chemical_kind(field):
    types = [t.lower() for t in pharmgkb_list(field)]
    if "drug class" in types:
        return "drug_class"
    if "drug" in types or "prodrug" in types:
        return "metabolite" if ("biological intermediate" in types or "ion" in types) else "drug"
    return "metabolite"


def read_chemicals(path):
    entries = []
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            name = (row.get("Name") or "").strip()
            if not name:
                continue
            kind = adjusted_kind(chemical_kind(row.get("Type") or ""), row)
            if kind is None:
                continue
            entries.append({"id": row["PharmGKB Accession Id"].strip() or None,
                            "kind": kind, "name": name,
                            "synonyms": pharmgkb_list(row.get("Generic Names") or ""),
                            "trade": pharmgkb_list(row.get("Trade Names") or "")})
    return entries


def read_diseases(path):
    entries = []
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            name = (row.get("disease") or "").strip()
            if not name:
                continue
            synonyms = []
            parts = name.split(",")
            if len(parts) == 2 and parts[0].strip() and parts[1].strip() and parts[1].startswith(" "):
                synonyms.append(parts[1].strip() + " " + parts[0].strip())
            entries.append({"id": row["did"].strip() or None, "kind": "disease", "name": name, "synonyms": synonyms,
                            "trade": []})
    return entries


def letters_and_digits(name):
    letters = sum(1 for c in name if unicodedata.category(c)[0] == "L")
    alnum = sum(1 for c in name if unicodedata.category(c)[0] in "LN")
    capitals = sum(1 for c in name if unicodedata.category(c) == "Lu")
    return letters, alnum, capitals


def matchable(name, preferred):
    letters, alnum, capitals = letters_and_digits(name)
    if alnum < 2 or letters < 1:
        return False
    return preferred or not (letters <= 4 and capitals == letters)


def build(vocabularies):
    """An automaton from normal forms to lists of targets, in the order they are tried."""
    targets = collections.OrderedDict()

    def add(name, entry, vocabulary, trade):
        form = name_form(name)
        if form is None:
            return
        _, alnum, _ = letters_and_digits(name)
        exact = alnum <= 3 or ((entry["kind"] == "drug_class" or trade) and is_common(name))
        capital = trade and name[:1].isupper()
        if trade and is_common(name):
            return  # a brand that is a common word (Eleven, Today) is not looked for
        targets.setdefault(form, []).append(
            {"kind": entry["kind"], "id": entry["id"], "vocabulary": vocabulary, "exact": name if exact else None,
             "capital": capital})

    for vocabulary, entries in vocabularies:
        for e in entries:
            if matchable(e["name"], True):
                add(e["name"], e, vocabulary, False)
        for e in entries:
            for s in e["synonyms"]:
                if s != e["name"] and matchable(s, False):
                    add(s, e, vocabulary, False)
            for s in e["trade"]:
                if s != e["name"] and matchable(s, False):
                    add(s, e, vocabulary, True)
    automaton = ahocorasick.Automaton()
    for form, ts in targets.items():
        automaton.add_word(form, (len(form), ts, form))
    automaton.make_automaton()
    return automaton


def read_gene_info(path):
    """NCBI gene_info: the approved symbols (the authority's, else Symbol) and the normal forms of the full names."""
    symbols = set()
    names = set()
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            def field(key):
                value = (row.get(key) or "").strip()
                return None if value in ("", "-") else value
            symbol = field("Symbol_from_nomenclature_authority") or field("Symbol")
            if symbol is None:
                continue
            symbols.add(symbol)
            full = field("Full_name_from_nomenclature_authority") or field("description")
            form = name_form(full) if full else None
            if form is not None:
                names.add(form)
    return symbols, names


# ---------------------------------------------------------------------------------------------- documents

FIELDS = {"gene summary": "summary", "gene drugs diseases phenotypes and pathways": "associations",
          "pharmacogenetics": "pharmacogenetics"}


def heading_field(text):
    words = re.sub(r"[^a-z0-9 ]", " ", text.lower().replace("&", " and ")).split()
    words = ["phenotypes" if w == "phenotype" else w for w in words]
    key = " ".join(words)
    if key == "gene drugs diseases phenotypes pathways":
        key = "gene drugs diseases phenotypes and pathways"
    return FIELDS.get(key)


def sections(lines):
    """(first line, last line exclusive, section) of each section's content; ATX headings only."""
    found = []
    seen = set()
    current = None
    for i, line in enumerate(lines):
        m = re.match(r" {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*#*[ \t]*$", line.rstrip("\r"))
        if m:
            level = len(m.group(1))
            field = heading_field(m.group(2) or "")
            if current is None or field is not None or level <= current["level"]:
                if current is not None:
                    current["end"] = i
                part = "other"
                if field and field not in seen:
                    seen.add(field)
                    part = field
                current = {"start": i + 1, "end": len(lines), "level": level, "section": part}
                found.append(current)
                continue
        if current is None:
            current = {"start": i, "end": len(lines), "level": 99, "section": "other"}
            found.append(current)
    return found


def mask_line(line):
    """The line with markup replaced by NUL characters, as gene2json masks it."""
    chars = list(line)
    n = len(chars)

    def clear(a, b):
        for k in range(a, min(b, n)):
            chars[k] = "\x00"

    i = 0
    while i < n and chars[i] in " \t\r":
        i += 1
    if i < n and chars[i] == "[" and re.match(r"\[[^\]]+\]:", line[i:]):
        return "\x00" * n
    while i < n and chars[i] == ">":
        clear(i, i + 1)
        i += 1
        while i < n and chars[i] in " \t\r":
            i += 1
    m = re.match(r"([-+*]|[0-9]{1,9}[.)])(?=[ \t\r]|$)", line[i:])
    if m:
        clear(i, i + len(m.group(1)))
        i += len(m.group(1))
        while i < n and chars[i] in " \t\r":
            i += 1
    m = re.match(r"#{1,6}(?=[ \t\r]|$)", line[i:])
    if m:
        clear(i, i + len(m.group(0)))
        i += len(m.group(0))
    while i < n:
        c = chars[i]
        if c == "*":
            if not (i + 1 < n and chars[i + 1].isdigit() and chars[i + 1].isascii()):
                clear(i, i + 1)
        elif c == "_":
            if not (i > 0 and i + 1 < n and chars[i - 1].isascii() and chars[i - 1].isalnum()
                    and line[i + 1].isascii() and line[i + 1].isalnum()):
                clear(i, i + 1)
        elif c in "`~|\\[":
            clear(i, i + 1)
        elif c == "!":
            if i + 1 < n and chars[i + 1] == "[":
                clear(i, i + 1)
        elif c == "]":
            clear(i, i + 1)
            if i + 1 < n and chars[i + 1] == "(":
                depth = 0
                j = i + 1
                while j < n:
                    if line[j] == "(":
                        depth += 1
                    elif line[j] == ")":
                        depth -= 1
                        if depth == 0:
                            break
                    j += 1
                clear(i + 1, j + 1)
                i = j + 1
                continue
        elif c == "<":
            if i + 1 < n and (line[i + 1].isascii() and line[i + 1].isalpha() or line[i + 1] in "/!?"):
                j = line.find(">", i + 1)
                if j >= 0:
                    clear(i, j + 1)
                    i = j + 1
                    continue
        elif c == "&":
            m = re.match(r"&#?[A-Za-z0-9]{1,32};", line[i:])
            if m:
                clear(i, i + len(m.group(0)))
                i += len(m.group(0))
                continue
        i += 1
    return "".join(chars)


# ---------------------------------------------------------------------------------------------- variants

AA1 = "ACDEFGHIKLMNPQRSTVWY"
AA3 = "Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val|Sec|Pyl"
CHANGE1 = "(?:fs|del|dup|\\*|X|[" + AA1 + "])"
CHANGE3 = "(?:" + AA3 + "|Ter|fs|del|dup|\\*)"
POSITION = r"[-*]?\d{1,9}(?:[+-]\d{1,6})?(?:_[-*]?\d{1,9}(?:[+-]\d{1,6})?)?"
DNA = r"(?:[ACGT]{1,3}>[ACGT]{1,3}|delins[ACGT]{1,60}|ins[ACGT]{1,60}|(?:del|dup)(?:[ACGT]{1,60})?)"
SHAPES = [
    ("rsid", r"rs\d{1,12}"),
    ("star", r"[A-Z][A-Z0-9]{0,14}(?:-[A-Z0-9][A-Z0-9]*)?\*\d{1,3}(?:[A-Z]{1,2})?(?::\d{2,3}){0,3}(?:x(?:N|\d{1,2}))?"),
    ("bare", r"\*\d{1,3}(?:[A-Z]{1,2})?(?::\d{2,3}){0,3}"),
    ("p1", "[" + AA1 + r"]\d{2,5}" + CHANGE1),
    ("p1h", r"p\.(?:\([" + AA1 + r"]\d{1,5}" + CHANGE1 + r"\)|[" + AA1 + r"]\d{1,5}" + CHANGE1 + ")"),
    ("p3", "(?:" + AA3 + r")\d{1,5}" + CHANGE3),
    ("p3h", r"p\.(?:\((?:" + AA3 + r")\d{1,5}" + CHANGE3 + r"\)|(?:" + AA3 + r")\d{1,5}" + CHANGE3 + ")"),
    ("dna", "[cgmnr]\\." + POSITION + DNA),
    ("dna2", r"-?\d{1,6}[ACGT]>[ACGT]"),
    ("ivs", r"IVS\d{1,3}[+-]\d{1,4}[ACGT]>[ACGT]"),
]
COMPILED = [(name, re.compile("(?:" + rx + ")(?![A-Za-z0-9])")) for name, rx in SHAPES]


def variants(masked, start, end):
    """(start, end, shape) of each variant in masked[start:end], leftmost first, longest there."""
    found = []
    i = start
    while i < end:
        if (i == start or not (masked[i - 1].isascii() and masked[i - 1].isalnum())):
            best = None
            for name, rx in COMPILED:
                m = rx.match(masked, i, end)
                if m and (best is None or m.end() > best[1]) and re.search(r"\d", m.group(0)):
                    best = (i, m.end(), name)
            if best:
                found.append(best)
                i = best[1]
                continue
        i += 1
    return found


def gene_before(masked, start, floor, own, symbols):
    """The sentence before a bare allele names a gene: a symbol-shaped word with a digit, the document's symbol or an
    approved symbol of the gene table."""
    text = masked[max(floor, start - 300):start]
    text = re.split(r"\x00|\.\s", text)[-1]
    for word in re.findall(r"[A-Za-z0-9-]+", text):
        if symbol_shape(word) and (re.search(r"\d", word) or word in own or word in symbols):
            return True
    return False


def symbol_shape(word):
    if not (2 <= len(word) <= 24) or not (word[0].isupper() or word[0].isdigit()) or not word[-1].isalnum():
        return False
    rest = word.replace("orf", "")
    if not re.fullmatch(r"[A-Za-z0-9.-]+", rest):
        return False
    upper = sum(1 for c in rest if c.isupper())
    lower = sum(1 for c in rest if c.islower())
    if upper < 1 or lower > 1 or (lower == 1 and upper < 2):
        return False
    return word.upper() not in {"DNA", "RNA", "MRNA", "AI", "NOTE", "TODO", "TBD", "OK", "FDA", "USA", "THE", "THIS",
                                "IN", "AN", "IT", "AS", "NA", "N/A", "NONE", "UNKNOWN"}


# ---------------------------------------------------------------------------------------------- context

HEADS = set("""kinase kinases phosphatase phosphatases receptor receptors channel channels transporter transporters
cotransporter exchanger pump pumps synthase synthetase hydroxylase dehydrogenase oxidase reductase transferase
carboxylase decarboxylase isomerase protease proteases peptidase hydrolase binding finger fingers residue residues
transaminase aminotransferase ligase lyase mutase sensor sensing""".split())


def protein_follows(masked, end):
    rest = masked[end:end + 160]
    rest = re.sub(r"^(?:/[A-Za-z0-9-]*)+", "", rest)
    m = re.match(r"[ -]*([A-Za-z0-9-]*)", rest)
    token = m.group(1)
    coordinated = False
    if not token:
        m2 = re.match(r"[ -]*,[ ]*[A-Za-z0-9-]*[ -]*([A-Za-z0-9-]*)", rest)
        if not m2:
            return False
        token = m2.group(1)
        coordinated = True
    if is_head(token):
        return True
    if coordinated or token.lower() not in ("and", "or"):
        return False
    m3 = re.match(r"[ -]*[A-Za-z0-9-]*[ ]*[A-Za-z0-9-]*[ -]*([A-Za-z0-9-]*)", rest)
    return is_head(m3.group(1)) if m3 else False


# The body's own substance (BodilyRoleContext.swift says it in rows; here as two regular expressions).
PROCESSES = "biosynthesis|synthesis|production|secretion|generation|signaling|signalling|homeostasis"
BODY_CLASSES = r"neurotransmitters?|hormones?|cytokines?|bile[ \n]+acids?"
BODILY_AFTER = re.compile(r"[ \n]*(?:%s)(?![A-Za-z0-9])" % PROCESSES, re.I | re.A)
BODILY_BEFORE = re.compile(r"(?<![A-Za-z0-9])(?:(?:%s)[ \n]+of|(?:%s)(?:[ \n]+like|[ \n]+such[ \n]+as|[ \n]+including|"
                           r"[ \n]*\()?)[ \n]*$" % (PROCESSES, BODY_CLASSES), re.I | re.A)


def bodily(masked, start, end):
    return bool(BODILY_AFTER.match(masked, end) or BODILY_BEFORE.search(masked, max(0, start - 80), start))


def is_head(token):
    for part in token.lower().split("-"):
        if part in HEADS:
            return True
        if len(part) >= 6 and (part.endswith("ase") or part.endswith("ases")):
            single = part[:-1] if part.endswith("ases") else part
            if not is_common(single):
                return True
    return False


def ends_word(masked, end):
    if end >= len(masked) or end == 0:
        return True
    if char_class(masked[end - 1])[0] != "word":
        return True
    return char_class(masked[end])[0] != "word"


# ---------------------------------------------------------------------------------------------- one document


HYPHENS = "-\u2010\u2011"


def inside_compound(masked, start):
    """A name starting after a hyphen that follows a letter or digit is part of a longer name (17-hydroxyprogesterone)."""
    return start >= 2 and masked[start - 1] in HYPHENS and char_class(masked[start - 2])[0] == "word"


def char_offset(text, line_starts, line, column):
    """The character offset of a 1-based line and byte column."""
    start = line_starts[line - 1]
    prefix = text[start:].encode("utf-8")[:column - 1]
    return start + len(prefix.decode("utf-8"))


def ascii_lower(text):
    """ASCII letters lower-cased, every other character as it is (so offsets stay those of the text)."""
    return "".join(c.lower() if c < "\x80" else c for c in text)


def name_spans(text, name):
    """Where the document's own name is written, ASCII letters in any case."""
    if not name:
        return []
    folded, needle = ascii_lower(text), ascii_lower(name)
    spans, at = [], folded.find(needle)
    while at >= 0:
        spans.append((at, at + len(needle)))
        at = folded.find(needle, at + 1)
    return spans


def document_mentions(path, automaton, own, genes, gene_mentions, own_name=None):
    raw = open(path, "rb").read()
    text = raw.decode("utf-8")  # the shared corpus is well-formed UTF-8
    lines = text.split("\n")
    # Character offsets of line starts, and byte columns.
    line_starts = [0]
    for line in lines[:-1]:
        line_starts.append(line_starts[-1] + len(line) + 1)
    masked = ["\x00"] * len(text)
    spans = []
    for section in sections(lines):
        a = line_starts[section["start"]] if section["start"] < len(lines) else len(text)
        b = line_starts[section["end"]] if section["end"] < len(lines) else len(text)
        for k in range(section["start"], section["end"]):
            m = mask_line(lines[k])
            s = line_starts[k]
            masked[s:s + len(m)] = list(m)
            if s + len(m) < len(text) and k < section["end"] - 1:
                masked[s + len(m)] = "\n"
        spans.append((a, b, section["section"]))
    masked = "".join(masked)
    candidates = []
    for a, b, part in spans:
        form, fspans = normal_form([(masked[i], i, i + 1) for i in range(a, b)])
        for end_index, (length, targets, key) in automaton.iter(form):
            s0, _, _ = fspans[end_index - length + 1]
            _, e1, last = fspans[end_index]
            if not last or not ends_word(masked, e1) or inside_compound(masked, s0):
                continue
            written = text[s0:e1]
            chosen = None
            for t in targets:
                if t["exact"] is not None and written != t["exact"]:
                    continue
                if t["capital"] and not written[:1].isupper():
                    continue
                if t["kind"] in ("drug", "metabolite") and (key in genes[1] or protein_follows(masked, e1)):
                    continue
                chosen = t
                break
            if chosen:
                candidates.append((s0, e1, 0, chosen))
        for s0, e1, shape in variants(masked, a, b):
            if shape == "bare" and not gene_before(masked, s0, a, own, genes[0]):
                continue
            if text[s0:e1] in genes[0]:
                continue  # an approved symbol (F11R) is the gene
            candidates.append((s0, e1, 1, {"kind": "variant", "id": text[s0:e1].lower() if shape == "rsid" else None,
                                           "vocabulary": None}))
    for m in gene_mentions:
        s0 = char_offset(text, line_starts, m["line"], m["column"])
        candidates.append((s0, s0 + len(m["text"]), -1, {"kind": "gene", "id": m["id"], "vocabulary": m["vocabulary"]}))
    candidates.sort(key=lambda c: (c[0], -c[1], c[2]))
    inside_name = name_spans(text, own_name)
    mentions = []
    kept = []
    last_end = -1
    for s0, e1, _, t in candidates:
        if s0 < last_end:
            continue
        written = text[s0:e1]
        if written in own:
            continue
        if any(a <= s0 and e1 <= b for a, b in inside_name):
            continue  # a part of the gene's own name where it is written
        last_end = e1
        kept.append((s0, e1, t))
    # A drug once named as the body's own substance is a metabolite wherever the document names it.
    own_substances = {(t["vocabulary"], t["id"]) for s0, e1, t in kept
                      if t["kind"] == "drug" and bodily(masked, s0, e1)}
    for s0, e1, t in kept:
        written = text[s0:e1]
        if t["kind"] == "drug" and (t["vocabulary"], t["id"]) in own_substances:
            t = dict(t, kind="metabolite")
        line = text.count("\n", 0, s0)
        column = len(text[line_starts[line]:s0].encode("utf-8")) + 1
        part = next(p for a, b, p in spans if a <= s0 < b)
        mentions.append((t["kind"], written, t["id"], part, line + 1, column))
    return mentions


# ---------------------------------------------------------------------------------------------- main


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("bin")
    shared = os.path.join(os.path.dirname(ROOT), "shared")
    parser.add_argument("--corpus", default=os.path.join(shared, "corpus/gene-docs"))
    parser.add_argument("--chemicals", default=os.path.join(shared, "vocabularies/pharmgkb/chemicals.tsv"))
    parser.add_argument("--diseases", default=os.path.join(shared, "vocabularies/pharmgkb/diseases.csv"))
    parser.add_argument("--genes", default=os.path.join(shared, "tables/Homo_sapiens.gene_info"))
    args = parser.parse_args()
    for path in (args.corpus, args.chemicals, args.diseases, args.genes):
        if not os.path.exists(path):
            print("reference.py: %s is absent: skipped" % path)
            return 0
    run = subprocess.run([args.bin, "convert", "--format", "jsonl", "--quiet", "--vocabulary", args.chemicals,
                          "--vocabulary", args.diseases, "--gene-table", args.genes, args.corpus], capture_output=True)
    if run.returncode not in (0, 1):
        sys.stderr.write(run.stderr.decode())
        return 1
    automaton = build([(os.path.basename(args.chemicals), read_chemicals(args.chemicals)),
                       (os.path.basename(args.diseases), read_diseases(args.diseases))])
    genes = read_gene_info(args.genes)
    ours = set()
    theirs = set()
    kinds = collections.Counter()
    documents = 0
    for line in run.stdout.decode().splitlines():
        record = json.loads(line)
        path = record["source"]["path"]
        documents += 1
        name = os.path.basename(path)
        for m in record["mentions"]:
            theirs.add((name, m["kind"], m["text"], m["id"], m["section"], m["line"], m["column"]))
            kinds[m["kind"]] += 1
        own = {s for s in (record["symbol"], (record.get("gene") or {}).get("approved_symbol")) if s}
        given = [m for m in record["mentions"] if m["kind"] == "gene"]
        for m in document_mentions(path, automaton, own, genes, given, record.get("name")):
            ours.add((name,) + m)
    print("documents: %d; mentions per kind: %s" % (documents, ", ".join("%s %d" % kv for kv in sorted(kinds.items()))))
    missing = sorted(ours - theirs)
    extra = sorted(theirs - ours)
    for m in missing[:20]:
        print("only the reference:", m)
    for m in extra[:20]:
        print("only gene2json:", m)
    print("reference %d, gene2json %d, identical %d, differing %d" % (len(ours), len(theirs), len(ours & theirs),
                                                                      len(missing) + len(extra)))
    return 0 if not missing and not extra else 1


if __name__ == "__main__":
    sys.exit(main())
