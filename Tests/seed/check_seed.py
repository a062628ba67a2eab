#!/usr/bin/env python3
"""The seed document (../shared/seeds/): symbol IL1RN, its name, GD301 at line 8, and `gene’s` with --fix-encoding.

usage: check_seed.py [GENE2JSON_BIN]; prints `N passed, N failed` last; skips (0 checks) when no seed is there.
"""
import glob, json, os, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, ".build", "debug", "gene2json")
seeds = sorted(glob.glob(os.path.join(root, "..", "shared", "seeds", "*")))
passed = failed = 0


def check(label, ok):
    global passed, failed
    passed, failed = passed + ok, failed + (not ok)
    print(("ok   " if ok else "FAIL ") + label)


for seed in seeds:
    plain = subprocess.run([binary, seed], capture_output=True)
    record = json.loads(plain.stdout)
    check("exit 0 (mojibake is a warning)", plain.returncode == 0)
    check("symbol IL1RN", record["symbol"] == "IL1RN")
    check("name Interleukin 1 Receptor Antagonist", record["name"] == "Interleukin 1 Receptor Antagonist")
    check("GD301 at line 8", any(d["code"] == "GD301" and d["line"] == 8 for d in record["diagnostics"]))
    check("unrepaired text kept", "gene\u00e2\u20ac\u2122s" in record["pharmacogenetics"])
    fixed = json.loads(subprocess.run([binary, "--fix-encoding", seed], capture_output=True).stdout)
    check("--fix-encoding reads gene\u2019s", "gene\u2019s" in fixed["pharmacogenetics"])
    check("--fix-encoding still reports GD301", any(d["code"] == "GD301" for d in fixed["diagnostics"]))
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
