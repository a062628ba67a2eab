#!/usr/bin/env python3
"""Writes the first paragraph after the first heading of every Markdown file under the given folders, one file each,
into OUT: seeds for the identity fuzz target (Scripts/fuzz.sh SECONDS identity). Folders that do not exist are
skipped (../shared is not beside every clone).

    python3 Scripts/first_paragraphs.py OUT FOLDER...
"""
import hashlib
import os
import sys


def first_paragraph(text):
    lines = text.splitlines()
    started = False
    paragraph = []
    for line in lines:
        if not started:
            started = line.lstrip().startswith("#")
            continue
        if not line.strip():
            if paragraph:
                break
            continue
        if line.lstrip().startswith("#"):
            if paragraph:
                break
            continue
        paragraph.append(line.strip())
    return " ".join(paragraph)


def main():
    out, folders = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    written = 0
    for folder in folders:
        if not os.path.isdir(folder):
            continue
        for root, _, names in os.walk(folder):
            for name in sorted(names):
                if not name.endswith(".md"):
                    continue
                with open(os.path.join(root, name), "rb") as handle:
                    text = handle.read().decode("utf-8", errors="replace")
                paragraph = first_paragraph(text).encode("utf-8")
                if not paragraph:
                    continue
                digest = hashlib.sha1(paragraph).hexdigest()[:16]
                with open(os.path.join(out, digest), "wb") as handle:
                    handle.write(paragraph)
                written += 1
    print(f"first_paragraphs.py: {written} seeds in {out}")


if __name__ == "__main__":
    main()
