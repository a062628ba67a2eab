"""What the Python checkers under Tests/ share: a pass/fail tally and finding the built binary."""

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class Checks:
    """Counts checks; a failed one prints `FAIL: what`. `summary()` is the closing `N passed, N failed` line."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def expect(self, condition, what):
        if condition:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL: {what}")
        return condition

    def summary(self):
        return f"{self.passed} passed, {self.failed} failed"


def find_binary(script):
    """The first gene2json under .build*/release or .build*/debug; exits naming `script` when there is none."""
    for build in sorted(d for d in os.listdir(ROOT) if d.startswith(".build")):
        for sub in ("release", "debug"):
            path = os.path.join(ROOT, build, sub, "gene2json")
            if os.access(path, os.X_OK):
                return path
    sys.exit(f"{script}: no gene2json binary found; pass --binary")
