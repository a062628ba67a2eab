#!/usr/bin/env python3
"""Deterministic generator of pathological Markdown inputs for gene2json.

Shapes follow cmark's test/pathological_tests.py (and the markdown-it patterns that
other CommonMark implementations test), plus a few gene2json-specific ones (a
1,000,000-deep `>`, deeply nested ordered lists, unclosed processing instructions,
and a realistic control document).

    generate.py --list                   list shapes: name, cmark's test size, description
    generate.py SHAPE --scale K          the shape at K x the base size (default base 262144
                                         bytes, so --scale 4 is the largest document that
                                         fits the default --max-bytes of 1 MiB)
    generate.py SHAPE --cmark            the shape at the size cmark's own test uses
    generate.py SHAPE --n N              the shape with repetition count N
    generate.py SHAPE ... --info         print "bytes n" instead of the document

Output is bytes on standard output; nothing is random, so equal arguments give equal output.
"""

import argparse
import functools
import itertools
import sys

BASE_BYTES = 262144


def repeated(unit, prefix="", suffix=""):
    return lambda n: prefix + unit * n + suffix


def triangle_lists(n):
    # cmark "deeply nested lists": line x is indented 2x spaces.
    return "".join("  " * x + "* a\n" for x in range(n))


def backticks(n):
    # cmark "backticks": e` e`` e``` ... (one line, quadratic in n by construction)
    return "".join("e" + "`" * x for x in range(1, n))


def _badhash(ref):
    # cmark's old reference-map hash (refmap_hash in references.c), 16 buckets.
    h = 0
    for c in ref:
        h = (ord(c) + ((h << 6) & 0xFFFFFFFF) + ((h << 16) & 0xFFFFFFFF) - h) & 0xFFFFFFFF
    return h % 16 == 0


@functools.lru_cache(maxsize=None)
def _colliding_keys(n):
    keys = (k for k in ("x%d" % i for i in itertools.count()) if _badhash(k))
    return tuple(itertools.islice(keys, n))


def reference_collisions(n):
    collisions = _colliding_keys(1 << (n + 1).bit_length())[: n + 1]
    bad = collisions[0]
    return "".join("[%s]: /url\n\n[%s]\n\n" % (k, bad) for k in collisions[1:])


def many_references(n):
    return "".join("[%d]: u\n" % x for x in range(1, n * 16)) + "[0] " * n


def realistic(n):
    # Control: a plausible gene summary (our own wording), repeated n times.
    doc = (
        "## Gene Summary\n"
        "**ABC1** (Example Binding Cassette 1) is a gene that encodes a *membrane* "
        "transporter; see [HGNC](https://www.genenames.org/) and `ABC1-AS1`.\n\n"
        "> Note: expression is highest in liver [1].\n\n"
        "## Gene Drugs, Diseases, Phenotypes, and Pathways\n"
        "- Drugs:\n"
        "  - _statins_, **warfarin**\n"
        "    1. dose adjustment\n"
        "- Diseases: familial hypercholesterolemia\n\n"
        "## Pharmacogenetics\n"
        "Variants such as rs1234 (c.521T>C) alter clearance.<!-- reviewed -->\n\n"
        "[1]: https://example.org/ref1\n\n"
    )
    return doc * n


# name -> (generator, cmark test n or None, description)
SHAPES = {
    # --- cmark test/pathological_tests.py ---
    "nested-strong-emph": (lambda n: "*a **a " * n + "b" + " a** a*" * n, 32500,
                           "(*a **a )xN b ( a** a*)xN"),
    "emph-closers-no-openers": (repeated("a_ "), 32500, "(a_ )xN"),
    "emph-openers-no-closers": (repeated("_a "), 32500, "(_a )xN"),
    "link-closers-no-openers": (repeated("a]"), 32500, "(a])xN"),
    "link-openers-no-closers": (repeated("[a"), 32500, "([a)xN"),
    "mismatched-openers-closers": (repeated("*a_ "), 25000, "(*a_ )xN"),
    "issue-389": (lambda n: "*a " * n + "_a*_ " * n, 20000, "(*a )xN (_a*_ )xN"),
    "openers-closers-multiple-of-3": (repeated("c* ", "a**b"), 25000, "a**b (c* )xN"),
    "link-openers-emph-closers": (repeated("[ a_"), 25000, "([ a_)xN"),
    "bracket-paren": (repeated("[ (]("), 40000, "([ (]()xN"),
    "image-bracket": (repeated("![[]()"), 160000, "(![[]())xN"),
    "hard-link-emph": (repeated("**x [a*b**c*](d)\n"), 1, "(**x [a*b**c*](d)\\n)xN"),
    "nested-brackets": (lambda n: "[" * n + "a" + "]" * n, 25000, "[xN a ]xN"),
    "nested-blockquotes": (repeated("> ", "", "a"), 25000, "(> )xN a"),
    "deeply-nested-lists": (triangle_lists, 500, "line x: 2x spaces + '* a', x < N"),
    "nul-in-input": (repeated("abc\0de\0"), 1, "(abc NUL de NUL)xN"),
    "backticks": (backticks, 2500, "e` e`` ... e + N-1 backticks"),
    "unclosed-links-a": (repeated("[a](<b"), 30000, "([a](<b)xN"),
    "unclosed-links-b": (repeated("[a](b"), 30000, "([a](b)xN"),
    "unclosed-html-comment": (repeated("<!--", "</"), 300000, "</ (<!--)xN"),
    "empty-lines-nested-lists": (lambda n: "- " * n + "x" + "\n" * n, 30000,
                                 "(- )xN x, then N newlines"),
    "empty-lines-nested-lists-blockquote": (lambda n: "> " + "- " * n + "x\n" + ">\n" * n, 30000,
                                            "> (- )xN x, then N '>' lines"),
    "emph-in-deep-blockquote": (lambda n: ">" * n + "a*" * n, 100000, ">xN (a*)xN"),
    "reference-collisions": (reference_collisions, 25000,
                             "N definitions whose labels collide in cmark's old 16-bucket hash"),
    "nested-inlines": (lambda n: "*" * n + "a" + "*" * n, 20000, "*xN a *xN"),
    "many-references": (many_references, 5000, "16N definitions [i]: u, then ([0] )xN"),
    # --- markdown-it's pathological patterns ---
    "emph-underscore-star": (repeated("**_* "), 50000, "(**_* )xN"),
    "backtick-backslash": (repeated("``\\"), 50000, "(``\\)xN"),
    "autolink-angles": (lambda n: "<" * n + ">", 400000, "<xN >"),
    "hardbreak-spaces": (lambda n: "x" + " " * n + "x  \nx", 150000, "x, N spaces, x, hard break"),
    # --- gene2json extras ---
    "deep-blockquote-nospace": (lambda n: ">" * n + "a\n", 1000000, ">xN a (1,000,000 = the brief's case)"),
    "deep-ordered-lists": (lambda n: "1. " * n + "x\n" + "\n" * n, 20000,
                           "(1. )xN x, then N newlines"),
    "emph-in-deep-lists": (lambda n: "- " * n + "a*" * n, 100000, "(- )xN (a*)xN"),
    "unclosed-pi": (repeated("<?", "a "), 300000, "(<?)xN"),
    "unclosed-cdata": (repeated("<![CDATA[", "a "), 100000, "(<![CDATA[)xN"),
    "unclosed-declaration": (repeated("<!A ", "a "), 200000, "(<!A )xN"),
    "unclosed-comment-with-gt": (repeated("<!--a>", "a "), 150000, "(<!--a>)xN"),
    "nested-images": (lambda n: "![" * n + "a" + "](u)" * n, 50000, "(![)xN a (](u))xN"),
    "image-bracket-dest": (repeated("![[](])"), 140000, "(![[](]))xN: the ] hides in the destination"),
    "image-openers-refs": (lambda n: "[r]: /u\n\n" + "![[r]" * n, 190000, "(![[r])xN shortcut references"),
    "realistic": (realistic, 1, "a plausible gene summary repeated N times (control)"),
    # --- the worst inputs PathologicalInputGuard's default limits let through (32 levels, 128 `![`) ---
    "limit-blank-lines-in-lists": (lambda n: "- " * 21 + "x" + "\n" * n, None,
                                   "(- )x21 x, then N newlines (depth estimate 31)"),
    "limit-blank-lines-in-indented-lists": (lambda n: triangle_lists(32) + "\n" * n, None,
                                            "32 lists nested by indentation, then N newlines"),
    "limit-blank-lines-in-quoted-lists": (lambda n: "> " + "- " * 20 + "x\n" + ">\n" * n, None,
                                          "> (- )x20 x, then N '>' lines"),
    "limit-emph-in-quotes": (lambda n: ">" * 32 + "a*" * n, None, ">x32 (a*)xN"),
    "limit-emph-in-lists": (lambda n: "- " * 21 + "a*" * n, None, "(- )x21 (a*)xN"),
    "limit-image-openers": (lambda n: "![" * 128 + "[]()" * n, None, "(![)x128 ([]())xN in one paragraph"),
    "limit-image-paragraphs": (repeated("![[]()" * 128 + "\n\n"), None, "((![[]())x128, blank line)xN"),
}

def n_for_bytes(gen, target):
    """Largest n with len(gen(n)) <= target (len is monotone in n)."""
    lo, hi = 1, 2
    while len(gen(hi).encode()) <= target:
        lo, hi = hi, hi * 2
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if len(gen(mid).encode()) <= target:
            lo = mid
        else:
            hi = mid
    return lo


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("shape", nargs="?")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--base-bytes", type=int, default=BASE_BYTES)
    ap.add_argument("--cmark", action="store_true", help="use cmark's own test size")
    ap.add_argument("--n", type=int)
    ap.add_argument("--info", action="store_true", help='print "bytes n" instead of the document')
    args = ap.parse_args()
    if args.list:
        for name, (_, cn, desc) in SHAPES.items():
            print("%-38s %8s  %s" % (name, "-" if cn is None else cn, desc))
        return 0
    if args.shape not in SHAPES:
        ap.error("unknown shape %r (see --list)" % args.shape)
    gen, cmark_n, _ = SHAPES[args.shape]
    if args.n is not None:
        n = args.n
    elif args.cmark and cmark_n is not None:
        n = cmark_n
    else:
        n = n_for_bytes(gen, int(args.base_bytes * args.scale))
    data = gen(n).encode()
    if args.info:
        print(len(data), n)
    else:
        sys.stdout.buffer.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
