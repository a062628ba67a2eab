#!/usr/bin/env python3
"""Helpers for Benchmarks/run.sh (Python 3 stdlib only).

    report.py pick-file DIR        print the one-file benchmark document
    report.py render --out OUT ... print the results table (Markdown), optionally --write FILE;
                                   exit 1 when a target is missed, 0 when all pass
"""

import argparse
import datetime
import glob
import json
import os
import platform
import re
import subprocess
import sys

MIB = 1024 * 1024

# Targets (gene2json / cmark time ratios, peak RSS).
T_JOBS1 = 1.5
T_JOBS2 = 1.0
T_ONEFILE = 6.0
T_RSS_MIB = 64.0
T_MENTIONS = 1.15  # with --vocabulary and --gene-table, against the same run without
RSS_GROWTH_TOLERANCE = 0.05  # 200k may exceed the 50k figure by at most 5% (measurement noise)

CANONICAL = ("## Gene Summary\n", "## Gene Drugs, Diseases, Phenotypes, and Pathways\n",
             "## Pharmacogenetics\n")


def pick_file(d):
    """A typical document: canonical shape (three `##` sections, no front matter, LF), size
    closest to the median of such documents, from the first folder. Deterministic."""
    first = sorted(e for e in os.listdir(d) if os.path.isdir(os.path.join(d, e)))[0]
    folder = os.path.join(d, first)
    cands = []
    for name in sorted(os.listdir(folder)):
        p = os.path.join(folder, name)
        with open(p, "rb") as f:
            b = f.read()
        try:
            t = b.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if t.startswith(CANONICAL[0]) and "\r" not in t and all(t.count(h) == 1 for h in CANONICAL) \
                and t.count("\n#") == 2:
            cands.append((len(b), name, p))
    if not cands:
        sys.exit("report.py: no canonical document in %s" % folder)
    sizes = sorted(c[0] for c in cands)
    med = sizes[len(sizes) // 2]
    best = min(cands, key=lambda c: (abs(c[0] - med), c[1]))
    return os.path.abspath(best[2])


def load_hyperfine(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    out = {}
    for r in data["results"]:
        name = r.get("command_name") or r["command"]
        out[name] = r
    return out


def rss_kib(out, name):
    """Maximum of 'Maximum resident set size (kbytes)' over rss-NAME-*.txt; None if absent."""
    vals = []
    wall = []
    for p in sorted(glob.glob(os.path.join(out, "rss-%s-*.txt" % name))):
        with open(p, encoding="utf-8", errors="replace") as f:
            t = f.read()
        m = re.search(r"Maximum resident set size \(kbytes\):\s*(\d+)", t)
        if m:
            vals.append(int(m.group(1)))
        m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\):\s*(\S+)", t)
        if m:
            secs = 0.0
            for part in m.group(1).split(":"):
                secs = secs * 60 + float(part)
            wall.append(secs)
    return (max(vals) if vals else None), (min(wall) if wall else None), len(vals)


def fmt_time(s):
    if s is None:
        return "n/a"
    if s >= 1:
        return "%.3f s" % s
    return "%.2f ms" % (s * 1000)


def mean_sd(r):
    if r is None:
        return "n/a"
    sd = r.get("stddev") or 0.0
    unit = 1 if r["mean"] >= 1 else 1000
    u = "s" if unit == 1 else "ms"
    prec = 3 if unit == 1 else 2
    return "%.*f %s ± %.*f" % (prec, r["mean"] * unit, u, prec, sd * unit)


def med(r):
    return "n/a" if r is None or r.get("median") is None else fmt_time(r["median"])


def cpu(r):
    if r is None or r.get("user") is None:
        return "n/a"
    return fmt_time(r["user"] + (r.get("system") or 0.0))


def ratio(a, b):
    """(ratio, sd) of means a/b with first-order error propagation."""
    if a is None or b is None or not b["mean"]:
        return None, None
    q = a["mean"] / b["mean"]
    ra = (a.get("stddev") or 0.0) / a["mean"] if a["mean"] else 0.0
    rb = (b.get("stddev") or 0.0) / b["mean"]
    return q, q * (ra * ra + rb * rb) ** 0.5


def verdict(ok):
    if ok is None:
        return "n/a"
    return "PASS" if ok else "**FAIL**"


def sh(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=10).stdout.strip()
    except Exception:  # noqa: BLE001 - informational only
        return ""


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def dir_bytes(d):
    total = n = 0
    for root, _, files in os.walk(d):
        for f in files:
            if f.endswith(".md"):
                total += os.path.getsize(os.path.join(root, f))
                n += 1
    return n, total


def read(path, default=""):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read().strip()
    except OSError:
        return default


def render(a):
    out = a.out
    hc = load_hyperfine(os.path.join(out, "hyperfine-corpus.json"))
    ho = load_hyperfine(os.path.join(out, "hyperfine-onefile.json"))
    floor, j1, j2 = hc.get("cmark-concat"), hc.get("gene2json-jobs1"), hc.get("gene2json-jobs2")
    m1, m2 = hc.get("gene2json-jobs1-mentions"), hc.get("gene2json-jobs2-mentions")
    cf, gf = ho.get("cmark-file"), ho.get("gene2json-file")

    r1, s1 = ratio(j1, floor)
    r2, s2 = ratio(j2, floor)
    r3, s3 = ratio(gf, cf)

    small, large = a.small, a.large
    g_s, g_s_wall, g_s_n = rss_kib(out, "gene2json-%d" % small)
    g_l, g_l_wall, g_l_n = rss_kib(out, "gene2json-%d" % large)
    c_s, c_s_wall, _ = rss_kib(out, "cmark-%d" % small)
    c_l, c_l_wall, _ = rss_kib(out, "cmark-%d" % large)

    def mib(k):
        return None if k is None else k * 1024 / MIB

    ok_rss_s = None if g_s is None else mib(g_s) <= T_RSS_MIB
    ok_rss_l = None
    if g_l is not None and g_s is not None:
        ok_rss_l = mib(g_l) <= T_RSS_MIB and g_l <= g_s * (1 + RSS_GROWTH_TOLERANCE)

    n_s, b_s = dir_bytes(os.path.join(out, "corpus-%d" % small))
    n_l, b_l = dir_bytes(os.path.join(out, "corpus-%d" % large))
    cat_s = os.path.getsize(os.path.join(out, "corpus-%d.md" % small))

    def k(n):
        return "{:,}".format(n)

    def rfmt(q, s):
        return "n/a" if q is None else "%.2f× ± %.2f" % (q, s)

    checks = [
        ("gene2json --jobs 1 / cmark", r1, T_JOBS1),
        ("gene2json --jobs 2 / cmark", r2, T_JOBS2),
        ("one file: gene2json / cmark", r3, T_ONEFILE),
    ]
    oks = [None if q is None else q <= t for _, q, t in checks] + [ok_rss_s, ok_rss_l]
    mention_rows = []
    if m1 is not None or m2 is not None:
        tables = read(os.path.join(out, "mentions.txt"))
        for jobs, run, plain, target in ((1, m1, j1, T_JOBS1), (2, m2, j2, T_JOBS2)):
            rc, sc = ratio(run, floor)
            rp, sp = ratio(run, plain)
            ok_floor = None if rc is None else rc <= target
            ok_plain = None if rp is None else rp <= T_MENTIONS
            oks += [ok_floor, ok_plain]
            mention_rows.append(
                "| gene2json, %d job%s, with --vocabulary --gene-table | `... --jobs %d --quiet --vocabulary V "
                "--gene-table G corpus-%d/` | %s | %s | %s | %s (≤ %.1f× %s); %s against the same run without "
                "(≤ %.2f× %s) | | |"
                % (jobs, "" if jobs == 1 else "s", jobs, a.small, mean_sd(run), med(run), cpu(run), rfmt(rc, sc),
                   target, verdict(ok_floor), rfmt(rp, sp), T_MENTIONS, verdict(ok_plain)))
        mention_rows.append("")
        mention_rows.append("Mentions run: %s." % (tables or "tables unknown"))

    L = []
    L.append("# gene2json benchmark results%s" % (" (--quick)" if a.quick else ""))
    L.append("")
    L.append("- date: %s" % datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))
    L.append("- machine: %s, %d cores, %s" % (cpu_model(), os.cpu_count() or 0, platform.platform()))
    L.append("- gene2json: `%s` (%s)" % (a.gene2json, a.gene2json_version))
    cv = sh(["cmark", "--version"])
    L.append("- cmark: %s; hyperfine: %s" % (cv.splitlines()[0] if cv else "?",
                                             sh(["hyperfine", "--version"]) or "?"))
    L.append("- corpus: seed %d; %s documents = %s bytes (%.1f MB), concatenated %s bytes; "
             "%s documents = %s bytes (%.1f MB)"
             % (a.seed, k(n_s), k(b_s), b_s / 1e6, k(cat_s), k(n_l), k(b_l), b_l / 1e6))
    gt_s = read(os.path.join(out, "corpus-%d.gentime" % small))
    gt_l = read(os.path.join(out, "corpus-%d.gentime" % large))
    if gt_s or gt_l:
        L.append("- corpus generation (when the corpus was generated): %s docs: %s; %s docs: %s"
                 % (k(small), gt_s or "?", k(large), gt_l or "?"))
    la0 = read(os.path.join(out, "loadavg-start.txt"))
    la1 = read(os.path.join(out, "loadavg-end.txt"))
    if la0 or la1:
        warn = ""
        try:
            if float(la0.split()[0]) > 0.5 * (os.cpu_count() or 1):
                warn = " — **the machine was busy: wall times are inflated; compare CPU times too**"
        except (ValueError, IndexError):
            pass
        L.append("- load average (1/5/15 min) at start: %s, at end: %s%s" % (la0 or "?", la1 or "?", warn))
    L.append("- sanity run (--jobs 2, corpus-%d): %s" % (small, read(os.path.join(out, "sanity.txt"), "n/a")))
    L.append("- one-file document: `%s` (%s bytes)" % (os.path.relpath(a.one_file, out),
                                                     k(os.path.getsize(a.one_file))))
    one_n = len(gf["times"]) if gf and gf.get("times") else 0
    L.append("- hyperfine: %d runs after warm-up (one file: %d); RSS: max of %d run(s)"
             % (a.runs, one_n, a.rss_runs))
    L.append("")
    L.append("## Time")
    L.append("")
    L.append("| benchmark | command | mean ± σ | median | CPU (user+sys) | gene2json / cmark | target | result |")
    L.append("|---|---|---|---|---|---|---|---|")
    L.append("| floor: cmark, %s docs concatenated | `cmark corpus-%d.md` | %s | %s | %s | 1.00× | | |"
             % (k(small), small, mean_sd(floor), med(floor), cpu(floor)))
    L.append("| gene2json, 1 job | `gene2json convert --format jsonl --jobs 1 --quiet corpus-%d/` | %s | %s | %s | %s | ≤ %.1f× | %s |"
             % (small, mean_sd(j1), med(j1), cpu(j1), rfmt(r1, s1), T_JOBS1, verdict(oks[0])))
    L.append("| gene2json, 2 jobs | `gene2json convert --format jsonl --jobs 2 --quiet corpus-%d/` | %s | %s | %s | %s | ≤ %.1f× | %s |"
             % (small, mean_sd(j2), med(j2), cpu(j2), rfmt(r2, s2), T_JOBS2, verdict(oks[1])))
    L.extend(row for row in mention_rows if row.startswith("|"))
    L.append("| one file: cmark | `cmark FILE.md` | %s | %s | %s | 1.00× | | |" % (mean_sd(cf), med(cf), cpu(cf)))
    L.append("| one file: gene2json | `gene2json FILE.md` | %s | %s | %s | %s | ≤ %.0f× | %s |"
             % (mean_sd(gf), med(gf), cpu(gf), rfmt(r3, s3), T_ONEFILE, verdict(oks[2])))
    L.extend(row for row in mention_rows if not row.startswith("|"))
    L.append("")
    L.append("## Peak memory (maximum resident set size, `/usr/bin/time -v`)")
    L.append("")
    L.append("| run | max RSS | wall time | target | result |")
    L.append("|---|---|---|---|---|")

    def mibs(x):
        return "n/a" if x is None else "%.1f MiB" % mib(x)

    L.append("| gene2json --jobs 2, %s docs | %s | %s | ≤ %.0f MiB | %s |"
             % (k(small), mibs(g_s), fmt_time(g_s_wall), T_RSS_MIB, verdict(ok_rss_s)))
    L.append("| gene2json --jobs 2, %s docs | %s | %s | ≤ %.0f MiB and ≤ the %s-doc figure (+%d%% noise) | %s |"
             % (k(large), mibs(g_l), fmt_time(g_l_wall), T_RSS_MIB, k(small),
                int(RSS_GROWTH_TOLERANCE * 100), verdict(ok_rss_l)))
    L.append("| reference: cmark, %s docs concatenated | %s | %s | | |" % (k(small), mibs(c_s), fmt_time(c_s_wall)))
    L.append("| reference: cmark, %s docs concatenated | %s | %s | | |" % (k(large), mibs(c_l), fmt_time(c_l_wall)))
    L.append("")
    failed = sum(1 for o in oks if o is False)
    missing = sum(1 for o in oks if o is None)
    L.append("**%d of %d targets met**%s." % (sum(1 for o in oks if o), len(oks),
                                            (", %d not measured" % missing) if missing else ""))
    text = "\n".join(L) + "\n"
    sys.stdout.write(text)
    if a.write:
        tmp = a.write + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, a.write)
    return 1 if failed or missing else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("pick-file")
    p.add_argument("dir")
    r = sub.add_parser("render")
    r.add_argument("--out", required=True)
    r.add_argument("--small", type=int, required=True)
    r.add_argument("--large", type=int, required=True)
    r.add_argument("--one-file", required=True)
    r.add_argument("--quick", type=int, default=0)
    r.add_argument("--seed", type=int, default=1)
    r.add_argument("--runs", type=int, default=0)
    r.add_argument("--rss-runs", type=int, default=0)
    r.add_argument("--gene2json", default="gene2json")
    r.add_argument("--gene2json-version", default="unknown")
    r.add_argument("--write")
    a = ap.parse_args()
    if a.cmd == "pick-file":
        print(pick_file(a.dir))
        return 0
    return render(a)


if __name__ == "__main__":
    sys.exit(main())
