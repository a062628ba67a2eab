#!/usr/bin/env python3
"""Deterministic synthetic corpus of gene-summary Markdown documents.

    python3 Benchmarks/generate_corpus.py --count N --seed S --out DIR
                                          [--concat FILE] [--truth FILE] [--force]

Writes N documents (about 2 KB each, varied) into DIR/0000/, DIR/0001/, ... (1,000 a folder).
Within a folder, file names are generated first and documents are then generated in byte-sorted
file-name order, so "generation order" == sorted path order (what `gene2json convert DIR` walks).
Stems are prefix-free within a folder, so sorting by full name or by stem gives the same order.

All symbols, names, drugs and prose are invented from the word lists below (Python stdlib only;
only random.Random.random() is used, so output is stable across Python 3 versions).
Same --count and --seed -> byte-identical documents, concat file and truth file, whatever --out is.

Shapes (see SPEC.md section 1): eight first-sentence patterns, heading variants (level 1/3,
setext, trailing #s, case, colon, no Oxford comma, "Phenotype"), YAML front matter, "# SYMBOL"
titles, lists, bold, links, multiple paragraphs, CRLF, a BOM, and ~2% not-quite-valid documents
(a missing, an extra or a duplicated section).

--truth FILE writes a TSV with a header row "path<TAB>symbol<TAB>name": one row a document, in
generation order; path is relative to DIR (e.g. "0000/ABC12.md"); name is empty when the document
states none (a "**SYM** is ..." opening without front matter).
--concat FILE writes all documents concatenated, separated by one blank line, same order.
"""

import argparse
import collections
import concurrent.futures
import os
import random
import re
import sys

# --------------------------------------------------------------------------- word lists

UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# Letters weighted a little towards those common in symbols (repeats raise the weight).
SYM_LETTERS = UPPER + "ACDEKLMNPRSTACDKLMNPRST"
DIGITS = "0123456789"
YAML_RESERVED = {"YES", "NO", "ON", "OFF", "TRUE", "FALSE", "NULL", "NAN", "INF", "TILDE"}

NAME_ADJ = [
    "Acidic", "Apical", "Basal", "Cortical", "Cytosolic", "Distal", "Dorsal", "Early", "Glial",
    "Hepatic", "Lateral", "Luminal", "Mitotic", "Neural", "Nuclear", "Outer", "Periplasmic",
    "Proximal", "Renal", "Ribosomal", "Secreted", "Stromal", "Synaptic", "Tubular", "Vesicular",
    "Ventral", "Late", "Inner", "Axonal", "Epithelial",
]
NAME_STEM = [
    "Ankyrin", "Calponin", "Cadherin", "Ferredoxin", "Glycan", "Helicase", "Importin", "Keratin",
    "Lectin", "Leucine Zipper", "Myosin", "Nexin", "Oxidoreductase", "Perilipin", "Plexin",
    "Ribbon", "Sialidase", "Sorting", "Spectrin", "Syntaxin", "Thioredoxin", "Tubulin",
    "Ubiquitin", "Vimentin", "Zinc Finger", "WD Repeat", "Coiled-Coil", "Armadillo",
    "Cysteine-Rich", "Proline-Rich", "Serine/Threonine", "Dehydrogenase/Reductase", "Glutamate",
    "Calcium-Binding", "Sulfotransferase", "Acyltransferase", "Kelch", "Tetraspanin",
]
NAME_KIND = [
    "Kinase", "Receptor", "Transporter", "Channel", "Regulator", "Ligase", "Synthase", "Hydrolase",
    "Isomerase", "Phosphatase", "Protease", "Factor", "Adaptor", "Modulator", "Exchanger",
    "Binding Protein", "Interacting Protein", "Associated Protein", "Activator", "Inhibitor",
]
NAME_SUFFIX = [
    "Subunit Alpha", "Subunit Beta", "Subunit Gamma", "Subunit Delta", "Like", "Homolog",
    "Family Member", "Domain Containing", "Complex Subunit", "Type",
]
GREEK = ["α", "β", "γ", "δ", "κ"]

TISSUES = [
    "liver", "kidney", "lung", "heart", "brain", "spleen", "pancreas", "skeletal muscle",
    "adipose tissue", "small intestine", "colon", "placenta", "testis", "thyroid", "retina",
    "bone marrow", "skin", "prostate", "adrenal gland", "peripheral blood leukocytes",
]
PROCESSES = [
    "lipid droplet turnover", "vesicle trafficking", "mitochondrial protein import",
    "cell adhesion", "DNA damage signalling", "RNA splicing", "cilium assembly",
    "xenobiotic metabolism", "ion homeostasis", "cytoskeletal remodelling",
    "chromatin compaction", "glycan biosynthesis", "autophagy", "endosomal sorting",
    "neurotransmitter release", "cell cycle progression", "oxidative stress responses",
    "bile acid handling", "iron storage", "protein folding", "transcriptional repression",
    "synaptic plasticity", "insulin granule maturation", "fatty acid oxidation",
]
FAMILIES = [
    "a small family of membrane-anchored enzymes", "a conserved family of scaffold proteins",
    "the solute carrier superfamily", "a family of nuclear hormone coregulators",
    "a group of calcium-dependent adhesion molecules", "a family of ATP-dependent transporters",
    "a lineage of zinc-dependent hydrolases", "a family of short-chain reductases",
    "a cluster of tandemly arranged paralogues", "a family of secreted signalling peptides",
]
PRODUCTS = [
    "a membrane transporter", "a cytoplasmic enzyme", "a nuclear transcription cofactor",
    "a secreted glycoprotein", "a mitochondrial matrix protein", "a scaffold protein",
    "a receptor tyrosine kinase", "an ion channel subunit", "a ubiquitin ligase component",
    "an RNA-binding protein", "a structural filament protein", "a lysosomal hydrolase",
]
DISEASE_ADJ = [
    "early-onset", "familial", "progressive", "juvenile", "late-onset", "congenital",
    "idiopathic", "drug-induced", "autosomal recessive", "autosomal dominant",
]
DISEASE_NOUN = [
    "cardiomyopathy", "hepatic steatosis", "epilepsy", "retinal dystrophy", "nephropathy",
    "hearing loss", "myopathy", "neutropenia", "skeletal dysplasia", "ichthyosis",
    "pancreatitis", "ataxia", "colorectal carcinoma", "breast cancer", "type 2 diabetes",
    "hypertension", "asthma", "anaemia", "osteoporosis", "schizophrenia", "migraine",
]
PATHWAY_STEM = [
    "Wnt", "Notch", "Hedgehog", "mTOR", "JAK-STAT", "MAPK", "NF-kB", "Hippo", "PI3K-AKT",
    "TGF-beta", "insulin", "cholesterol biosynthesis", "glycolysis", "urea cycle",
    "retinoid", "purine salvage", "ceramide", "folate", "heme biosynthesis",
]
DRUG_ONSET = ["ar", "bel", "cor", "dal", "fen", "gli", "hal", "lor", "mex", "nor", "pra", "qui",
              "ral", "sor", "tam", "val", "ves", "zol", "cel", "dor", "ep", "ob", "ul"]
DRUG_MID = ["a", "i", "o", "e", "u", "ami", "ora", "eti", "ipro", "oxa", "uti", "ane", "ilo"]
DRUG_END = ["mab", "nib", "pril", "statin", "azole", "olol", "vir", "dipine", "sartan", "tide",
            "parin", "oxacin", "afil", "tinib", "zepam", "profen", "cillin", "platin", "semide"]
EXTRA_HEADINGS = ["References", "Notes", "Expression Profile", "Protein Structure",
                  "Further Reading", "Evolutionary Conservation"]
FM_EXTRA = [
    ("source", ["synthetic-corpus", "curation-batch", "draft-import"]),
    ("reviewed", ["true", "false"]),
    ("updated", ["2023-01-17", "2023-11-02", "2024-03-05", "2024-08-29", "2025-02-11"]),
    ("model", ["draft-7", "writer-v2", "manual"]),
    ("version", ["1", "2", "3"]),
]
LINK_HOSTS = ["https://pathways.example.org/p/", "https://genes.example.net/entry/",
              "https://variants.example.com/v/"]

# Sentence templates. Slots: {S} symbol, {S2} symbol in possessive-friendly form, {P} product,
# {T1} {T2} tissues, {PR1} {PR2} processes, {FAM} family, {D1} {D2} {D3} drugs, {DIS1} {DIS2}
# diseases, {PW1} {PW2} pathways, {V1} {V2} variants, {CH} chromosome, {POS} possessive mark.

OPEN_TAILS = [  # completes "<subject> is ..."
    "a protein-coding gene whose product takes part in {PR1}.",
    "a gene that encodes {P} with a central role in {PR1}.",
    "a member of {FAM} and is expressed most strongly in the {T1}.",
    "a gene on chromosome {CH} that contributes to {PR1} and {PR2}.",
    "a comparatively poorly studied gene thought to influence {PR1}.",
    "a gene encoding {P} that is found in the {T1} and, at lower levels, the {T2}.",
    "an important regulator of {PR1} in many cell types.",
]
ENCODES_TAILS = [  # completes "The gene X (Name) encodes ..."
    "{P} that participates in {PR1}.",
    "{P} belonging to {FAM}.",
    "{P} expressed mainly in the {T1}, where it supports {PR1}.",
    "{P} whose activity is needed for normal {PR1}.",
]
SUMMARY = [
    "The encoded protein belongs to {FAM} and shares a conserved catalytic core with its paralogues.",
    "Expression is highest in the {T1}, although transcripts can also be detected in the {T2}.",
    "Studies in cultured cells indicate that the protein localises to the plasma membrane and to early endosomes.",
    "Loss of {S} activity in model organisms disturbs {PR1} and leads to a measurable shift in {PR2}.",
    "Several alternatively spliced transcript variants have been described, some of which lack the first coding exon.",
    "The gene lies on chromosome {CH} within a region that is rich in related family members.",
    "Its product forms homodimers and may also associate with partner proteins in a larger complex.",
    "Regulation of {S} appears to occur largely at the transcriptional level, in response to nutrient availability.",
    "The protein contains an N-terminal signal sequence, a central {STEM} domain and a short cytoplasmic tail.",
    "{S}{POS} function is not fully understood, and much of what is known comes from studies in mice.",
    "Post-translational modification by phosphorylation alters its stability and subcellular distribution.",
    "Orthologues of {S} are present in most vertebrates, which points to a conserved function in {PR1}.",
    "In the {T1}, the protein is thought to act as a sensor that links {PR1} to {PR2}.",
    "Structural models predict several transmembrane helices and a large extracellular loop.",
    "Its expression rises during development and falls again in adult tissue, except in the {T2}.",
    "Knock-down experiments suggest that {S} is dispensable for viability but required for efficient {PR2}.",
]
ASSOC = [
    "Variants in {S} have been linked to {DIS1}, and a smaller number of reports describe an association with {DIS2}.",
    "The gene is annotated to the {PW1} pathway and interacts indirectly with components of the {PW2} pathway.",
    "Altered expression of {S} has been observed in tumour samples, particularly in {DIS1}.",
    "Drugs that have been studied in relation to {S} include {D1} and {D2}, although the evidence is limited.",
    "Phenotypes reported in carriers of damaging variants range from mild {DIS1} to more severe forms of {DIS2}.",
    "Through its role in {PR1}, the protein connects to the {PW1} pathway and to broader metabolic networks.",
    "Genome-wide association studies have placed {S} near a locus associated with {DIS1}.",
    "No single disease is firmly attributed to {S}, but several candidate-gene studies point to {DIS2}.",
    "In animal models, loss of the gene produces a phenotype resembling human {DIS1}.",
    "The encoded protein is a potential target for {D1}, which modulates the {PW1} pathway.",
    "Interactions with {D2} and {D3} have been proposed on the basis of in vitro binding data.",
    "Because it participates in {PR2}, {S} may indirectly influence the course of {DIS2}.",
    "Pathway databases list {S} within the {PW2} pathway, together with several of its paralogues.",
    "Changes in {S} expression accompany inflammation in the {T1}, a feature shared by several forms of {DIS1}.",
]
PGX = [
    "The pharmacogenetic relevance of {S} is still emerging, and no dosing guideline currently refers to it.",
    "Carriers of the {V1} variant showed altered exposure to {D1} in a small clinical study.",
    "Because the protein handles {D2}, reduced-function alleles such as {V2} may raise plasma concentrations of that drug.",
    "Variation in {S} has been examined as a predictor of response to {D1}, with mixed results.",
    "The {V1} allele is relatively common in some populations and has been associated with a higher rate of adverse reactions to {D3}.",
    "Individuals with two loss-of-function alleles may need lower doses of {D2} to avoid toxicity.",
    "To date, no variant in {S} has a clinical annotation of high evidence level.",
    "Pharmacokinetic studies suggest that {V2} modifies clearance of {D1}, although replication is needed.",
    "The gene is occasionally included in research panels that explore variability in response to {D3}.",
    "Further work is required before testing for {S} variants can inform treatment decisions.",
    "An interaction between {V1} and co-medication with {D2} has been described in case reports.",
    "Given its expression in the {T1}, {S} could affect the local metabolism of {D3}.",
]
EXTRA_TEXT = [
    "This section was added during curation and summarises supporting material for {S}.",
    "Additional observations on {S} in the {T1} are listed here for completeness.",
    "Sources consulted include review articles on {PR1} and database entries for {S}.",
]
LIST_INTROS = [
    "Associations reported for {S} include:",
    "The following drugs and conditions have been connected with {S}:",
    "Key links for {S}:",
]
LIST_ITEMS = [
    "**{D1}**: studied as a modulator of the {PW1} pathway",
    "{DIS1}, mainly in familial cases",
    "the {PW2} pathway, through effects on {PR1}",
    "**{D2}**: altered exposure in carriers of {V1}",
    "{DIS2}, in a small number of case reports",
    "{D3}, reported in in vitro studies",
]

CANON = ["Gene Summary", "Gene Drugs, Diseases, Phenotypes, and Pathways", "Pharmacogenetics"]
ASSOC_VARIANTS = [
    "Gene Drugs, Diseases, Phenotypes and Pathways",       # no Oxford comma
    "Gene Drugs, Diseases, Phenotype, and Pathways",       # Phenotype
    "Gene Drugs, Diseases, Phenotype and Pathways",
    "Gene drugs, diseases, phenotypes, and pathways",
]

SLOT_RE = re.compile(r"\{([A-Z0-9]+)\}")


def compile_templates(lst):
    """Turn each template into a list of (literal, slot-name-or-None) parts for fast filling."""
    out = []
    for t in lst:
        parts = []
        pos = 0
        for m in SLOT_RE.finditer(t):
            parts.append(t[pos:m.start()])
            parts.append(m.group(1))
            pos = m.end()
        parts.append(t[pos:])
        out.append(parts)
    return out


C_OPEN = compile_templates(OPEN_TAILS)
C_ENC = compile_templates(ENCODES_TAILS)
C_SUM = compile_templates(SUMMARY)
C_ASSOC = compile_templates(ASSOC)
C_PGX = compile_templates(PGX)
C_EXTRA = compile_templates(EXTRA_TEXT)
C_LINTRO = compile_templates(LIST_INTROS)
C_LITEM = compile_templates(LIST_ITEMS)


def fill(parts, slots):
    # parts alternate literal, slot, literal, slot, ..., literal
    out = [parts[0]]
    for i in range(1, len(parts), 2):
        out.append(slots[parts[i]])
        out.append(parts[i + 1])
    return "".join(out)


# --------------------------------------------------------------------------- generator


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.r = self.rng.random
        self.used_symbols = set()
        self.used_accessions = set()

    def pick(self, seq):
        return seq[int(self.r() * len(seq))]

    def chance(self, p):
        return self.r() < p

    def randint(self, lo, hi):  # inclusive
        return lo + int(self.r() * (hi - lo + 1))

    def sample(self, seq, k):
        pool = list(seq)
        out = []
        for _ in range(min(k, len(pool))):
            out.append(pool.pop(int(self.r() * len(pool))))
        return out

    # ---- identifiers

    def letters(self, n):
        return "".join(self.pick(SYM_LETTERS) for _ in range(n))

    def digits(self, n):
        s = str(self.randint(1, 9))
        for _ in range(n - 1):
            s += self.pick(DIGITS)
        return s

    def raw_symbol(self):
        x = self.r()
        if x < 0.45:
            return self.letters(self.randint(2, 5)) + self.digits(self.randint(1, 2))
        if x < 0.62:
            return self.letters(self.randint(3, 5))
        if x < 0.80:
            return (self.letters(3) + self.digits(self.randint(1, 2)) + self.pick(UPPER)
                    + self.digits(1))
        if x < 0.92:
            return self.letters(self.randint(2, 4)) + self.digits(1) + self.pick(UPPER)
        return self.letters(self.randint(4, 5)) + self.digits(self.randint(1, 3))

    def symbol(self):
        while True:
            s = self.raw_symbol()
            if s not in self.used_symbols and s not in YAML_RESERVED:
                self.used_symbols.add(s)
                return s

    def accession(self):
        while True:
            a = "GD%06d" % self.randint(1, 999999)
            if a not in self.used_accessions:
                self.used_accessions.add(a)
                return a

    def alias(self):
        x = self.r()
        if x < 0.5:
            return self.letters(self.randint(2, 4)) + self.digits(self.randint(1, 3))
        if x < 0.75:
            return "P" + self.digits(self.randint(2, 3))
        return "KIAA" + self.digits(4)

    def name(self):
        x = self.r()
        n = str(self.randint(1, 19))
        if x < 0.25:
            nm = "%s %s %s %s" % (self.pick(NAME_ADJ), self.pick(NAME_STEM), self.pick(NAME_KIND), n)
        elif x < 0.45:
            nm = "%s %s %s" % (self.pick(NAME_STEM), self.pick(NAME_KIND), n)
        elif x < 0.60:
            nm = "%s Domain Containing %s" % (self.pick(NAME_STEM), n)
        elif x < 0.72:
            nm = "%s %s Family Member %s" % (self.pick(NAME_STEM), self.pick(NAME_KIND), n)
        elif x < 0.84:
            nm = "%s %s %s" % (self.pick(NAME_STEM), self.pick(NAME_KIND), self.pick(NAME_SUFFIX))
        elif x < 0.94:
            nm = "%s %s %s%s" % (self.pick(NAME_ADJ), self.pick(NAME_KIND), n, self.pick("ABCDE"))
        else:
            nm = "%s %s Subunit %s" % (self.pick(NAME_STEM), self.pick(NAME_KIND), self.pick(GREEK))
        y = self.r()
        if y < 0.72:
            return nm
        if y < 0.90:
            return nm.lower()
        return nm[0] + nm[1:].lower()  # sentence case

    def drug(self):
        d = self.pick(DRUG_ONSET) + self.pick(DRUG_MID) + self.pick(DRUG_END)
        return d

    def disease(self):
        if self.chance(0.45):
            return self.pick(DISEASE_ADJ) + " " + self.pick(DISEASE_NOUN)
        return self.pick(DISEASE_NOUN)

    def variant(self):
        x = self.r()
        if x < 0.5:
            return "rs" + self.digits(self.randint(5, 9))
        if x < 0.8:
            return "*" + str(self.randint(2, 40))
        ref = self.pick("ACGT")
        return "c.%d%s>%s" % (self.randint(20, 2400), ref, self.pick("ACGT".replace(ref, "")))

    # ---- headings

    def heading_style(self):
        """A document-wide heading style: (level, kind, case, punctuation, assoc-variant)."""
        st = {"level": 2, "setext": False, "trail": False, "case": None, "colon": False,
              "assoc": CANON[1], "blank_after": False, "space": False}
        if self.chance(0.22):
            x = self.r()
            if x < 0.18:
                st["level"] = 1
            elif x < 0.36:
                st["level"] = 3
            elif x < 0.50:
                st["setext"] = True
                st["level"] = 1 if self.chance(0.3) else 2
            elif x < 0.58:
                st["trail"] = True
            elif x < 0.70:
                st["case"] = self.pick(["upper", "lower", "title"])
            elif x < 0.78:
                st["colon"] = True
            elif x < 0.92:
                st["assoc"] = self.pick(ASSOC_VARIANTS)
            else:
                st["space"] = True
        st["blank_after"] = self.chance(0.12)
        return st

    def heading(self, text, st, nl):
        if st["case"] == "upper":
            text = text.upper()
        elif st["case"] == "lower":
            text = text.lower()
        elif st["case"] == "title":
            text = " ".join(w[:1].upper() + w[1:] for w in text.split(" "))
        if st["colon"]:
            text += ":"
        if st["setext"]:
            ch = "=" if st["level"] == 1 else "-"
            h = text + nl + ch * self.randint(3, len(text))
        else:
            marks = "#" * st["level"]
            h = marks + " " + text
            if st["trail"]:
                h += " " + marks
            if st["space"]:
                h += " "
        return h + nl + (nl if st["blank_after"] else "")

    # ---- documents

    def slots(self, sym):
        return {
            "S": sym,
            "POS": "’s" if self.chance(0.3) else "'s",
            "P": self.pick(PRODUCTS),
            "T1": self.pick(TISSUES), "T2": self.pick(TISSUES),
            "PR1": self.pick(PROCESSES), "PR2": self.pick(PROCESSES),
            "FAM": self.pick(FAMILIES),
            "STEM": self.pick(NAME_STEM).lower(),
            "D1": self.drug(), "D2": self.drug(), "D3": self.drug(),
            "DIS1": self.disease(), "DIS2": self.disease(),
            "PW1": self.pick(PATHWAY_STEM), "PW2": self.pick(PATHWAY_STEM),
            "V1": self.variant(), "V2": self.variant(),
            "CH": str(self.randint(1, 22)) if self.chance(0.92) else self.pick("XY"),
        }

    def opening(self, sym, name, alias, sl):
        """First sentence; returns (text, name_stated_or_empty)."""
        x = self.r()
        tail = fill(self.pick(C_OPEN), sl)
        if x < 0.22:
            return "%s (%s) is %s" % (sym, name, tail), name
        if x < 0.32:
            if self.chance(0.5):
                return "**%s** is %s" % (sym, tail), ""
            return "**%s** (%s) is %s" % (sym, name, tail), name
        if x < 0.44:
            return "%s, also known as %s (%s), is %s" % (sym, alias, name, tail), name
        if x < 0.56:
            return "The gene %s (%s) encodes %s" % (sym, name, fill(self.pick(C_ENC), sl)), name
        if x < 0.64:
            return ("The official symbol of the gene discussed here is **%s**, which stands for %s."
                    % (sym, name)), name
        if x < 0.76:
            nm = name[0].upper() + name[1:]
            return "%s (%s) is %s" % (nm, sym, tail), nm
        if x < 0.86:
            return "%s is the official symbol for the %s gene." % (sym, name), name
        if self.chance(0.15):
            return '%s, or "%s", is %s' % (sym, name, tail), name
        return "%s, or %s, is %s" % (sym, name, tail), name

    def paragraphs(self, sentences, nl):
        if len(sentences) >= 4 and self.chance(0.12):
            cut = self.randint(2, len(sentences) - 2)
            return " ".join(sentences[:cut]) + nl + nl + " ".join(sentences[cut:])
        return " ".join(sentences)

    def section_body(self, templates, sl, lo, hi, nl, first=None):
        sents = [fill(t, sl) for t in self.sample(templates, self.randint(lo, hi))]
        if first is not None:
            sents.insert(0, first)
        if self.chance(0.06):  # a bold mention
            i = self.randint(0, len(sents) - 1)
            sents[i] = sents[i].replace(sl["S"], "**" + sl["S"] + "**", 1) \
                if "**" not in sents[i] else sents[i]
        return self.paragraphs(sents, nl)

    def document(self, sym):
        """Returns (text, truth_name)."""
        nl = "\r\n" if self.chance(0.03) else "\n"
        name = self.name()
        alias = self.alias()
        sl = self.slots(sym)
        st = self.heading_style()

        first, stated = self.opening(sym, name, alias, sl)
        summary = self.section_body(C_SUM, sl, 3, 7, nl, first)
        assoc = self.section_body(C_ASSOC, sl, 4, 7, nl)
        if self.chance(0.05):  # a list
            items = [fill(t, sl) for t in self.sample(C_LITEM, self.randint(2, 4))]
            bullet = self.pick(["-", "*", "+"])
            lst = nl.join(bullet + " " + it for it in items)
            assoc += nl + nl + fill(self.pick(C_LINTRO), sl) + nl + nl + lst
        if self.chance(0.04):  # a link
            pw = sl["PW1"]
            link = " Further details are collected in the [%s pathway entry](%s%s)." % (
                pw, self.pick(LINK_HOSTS), self.digits(5))
            assoc += link
        pgx = self.section_body(C_PGX, sl, 4, 8, nl)

        sections = [(CANON[0], summary), (st["assoc"], assoc), (CANON[2], pgx)]
        x = self.r()
        if x < 0.010:  # invalid: a required section is missing
            i = self.randint(0, 2)
            if i == 0:  # the opening sentence (symbol, name) moves to the next section
                sections[1] = (sections[1][0], first + " " + sections[1][1])
            del sections[i]
        elif x < 0.017:  # invalid-ish: an extra section
            extra = " ".join(fill(t, sl) for t in self.sample(C_EXTRA, self.randint(1, 3)))
            sections.insert(self.randint(1, 3), (self.pick(EXTRA_HEADINGS), extra))
        elif x < 0.020:  # invalid: a duplicated section
            i = self.randint(0, 2)
            sections.insert(i + 1, sections[i])

        parts = []
        truth_name = stated
        if self.chance(0.06):  # front matter (outranks prose)
            fm = ["---", "symbol: " + sym, "name: " + name]
            truth_name = name
            if self.chance(0.6):
                if self.chance(0.5):
                    fm.append("aliases: [%s]" % alias)
                else:
                    fm.append("aliases:")
                    fm.append("  - " + alias)
            for key, vals in self.sample(FM_EXTRA, self.randint(0, 3)):
                fm.append("%s: %s" % (key, self.pick(vals)))
            fm.append("---")
            parts.append(nl.join(fm) + nl)
        if st["level"] >= 2 and not st["setext"] and self.chance(0.04):
            parts.append("# " + sym + nl + nl)
        for i, (h, body) in enumerate(sections):
            if i:
                parts.append(nl)
            parts.append(self.heading(h, st, nl))
            parts.append(body + nl)
        text = "".join(parts)
        if self.chance(0.85):
            text = text[: -len(nl)]  # most real documents end without a newline
        if self.chance(0.005):
            text = "\ufeff" + text
        return text, truth_name

    def folder_names(self, n):
        """n (file stem, symbol) pairs, stems unique globally and prefix-free in the folder,
        returned in byte-sorted file-name order."""
        stems = set()
        prefixes = set()
        out = []
        while len(out) < n:
            sym = self.symbol()
            stem = self.accession() if self.chance(0.10) else sym
            if stem in prefixes or any(stem[:k] in stems for k in range(1, len(stem))):
                continue  # keep stems prefix-free so any sensible sort gives the same order
            stems.add(stem)
            for k in range(1, len(stem)):
                prefixes.add(stem[:k])
            out.append((stem + ".md", sym))
        out.sort(key=lambda t: t[0].encode("utf-8"))
        return out


def write_folder(d, files):
    os.mkdir(d)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for fname, b in files:
        fd = os.open(os.path.join(d, fname), flags, 0o644)
        try:
            view = memoryview(b)
            while view:
                view = view[os.write(fd, view):]
        finally:
            os.close(fd)


def prepare_out(out, force):
    if os.path.isdir(out):
        entries = sorted(os.listdir(out))
        if entries:
            if not force:
                sys.exit("generate_corpus.py: %s is not empty (use --force to replace a corpus "
                         "written by this script)" % out)
            import shutil
            for e in entries:
                p = os.path.join(out, e)
                if e.isdigit() and os.path.isdir(p) and not os.path.islink(p):
                    shutil.rmtree(p)
                else:
                    sys.exit("generate_corpus.py: refusing --force: %s holds %r, which this "
                             "script did not write" % (out, e))
    else:
        os.makedirs(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, required=True, help="number of documents")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--out", required=True, help="output directory (created; must be empty)")
    ap.add_argument("--concat", help="also write all documents, blank-line separated, here")
    ap.add_argument("--truth", help="also write a TSV path<TAB>symbol<TAB>name here")
    ap.add_argument("--force", action="store_true",
                    help="replace the numbered folders of an earlier corpus in --out")
    a = ap.parse_args(argv)
    if a.count < 0:
        ap.error("--count must be >= 0")

    prepare_out(a.out, a.force)
    g = Gen(a.seed)
    width = max(4, len(str(max(0, a.count - 1) // 1000)))
    concat = open(a.concat, "wb") if a.concat else None
    truth = open(a.truth, "w", encoding="utf-8", newline="\n") if a.truth else None
    if truth:
        truth.write("path\tsymbol\tname\n")
    total = 0
    # Generation is single-threaded (determinism); creating files is mostly kernel time, so a
    # small pool writes finished folders while the next one is generated.
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=2)
    pending = collections.deque()
    try:
        done = 0
        folder = 0
        while done < a.count:
            n = min(1000, a.count - done)
            sub = str(folder).zfill(width)
            d = os.path.join(a.out, sub)
            files = []
            for fname, sym in g.folder_names(n):
                text, tname = g.document(sym)
                b = text.encode("utf-8")
                total += len(b)
                files.append((fname, b))
                if truth:
                    truth.write("%s/%s\t%s\t%s\n" % (sub, fname, sym, tname))
            if concat:
                concat.write(b"".join(b + (b"\n" if b.endswith(b"\n") else b"\n\n")
                                      for _, b in files))
            pending.append(pool.submit(write_folder, d, files))
            while len(pending) > 4:
                pending.popleft().result()
            done += n
            folder += 1
        while pending:
            pending.popleft().result()
    finally:
        pool.shutdown(wait=True)
        if concat:
            concat.close()
        if truth:
            truth.close()
    print("generate_corpus.py: %d documents, %d bytes, in %s" % (a.count, total, a.out),
          file=sys.stderr)


if __name__ == "__main__":
    main()
