#!/usr/bin/env bash
# Checks the repository's .pre-commit-hooks.yaml with `pre-commit try-repo`: the gene2json-validate hook passes on
# good gene documents, fails on bad ones, leaves non-Markdown files alone and follows a .gene2json.yml; the
# gene2json-fix hook rewrites documents that are not canonical (and so fails once), then passes.
#
# usage: Tests/precommit/check.sh    (gene2json must be on PATH, as the hook uses language: system; or set
#                                     GENE2JSON_BIN, whose folder is put on PATH)
# Installs pre-commit with pip when it is missing. Prints "N passed, N failed" last; exits 1 if any check failed.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

if [ -n "${GENE2JSON_BIN:-}" ]; then PATH="$(cd "$(dirname "$GENE2JSON_BIN")" && pwd):$PATH"; fi
command -v gene2json >/dev/null || { echo "check.sh: gene2json is not on PATH" >&2; exit 2; }
if ! command -v pre-commit >/dev/null; then
  python3 -m pip install --quiet pre-commit >&2 || { echo "check.sh: cannot install pre-commit" >&2; exit 2; }
  hash -r
fi
command -v pre-commit >/dev/null || { echo "check.sh: pre-commit is not on PATH after installing it" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A private pre-commit cache and git configuration, so the check neither uses nor changes the user's.
export PRE_COMMIT_HOME="$work/cache" GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL="$work/gitconfig"
git config --global user.email check@example.invalid
git config --global user.name check
git config --global init.defaultBranch main
docs="$root/Fixtures/validate/docs"
passed=0
failed=0

# scratch NAME FILE...: a git repository holding copies of the given fixture documents, all staged.
scratch() {
  local repo="$work/$1"
  shift
  mkdir -p "$repo/genes"
  for file in "$@"; do cp "$docs/$file" "$repo/genes/"; done
  git -C "$repo" init --quiet
  echo "$repo"
}

# expect NAME STATUS REPO [PATTERN...]: run the hook ($hook, gene2json-validate by default) on every file of REPO;
# the exit status must be STATUS and the output must contain every PATTERN (fixed strings).
expect() {
  local name=$1 want=$2 repo=$3
  shift 3
  git -C "$repo" add -A
  (cd "$repo" && pre-commit try-repo "$root" "${hook:-gene2json-validate}" --all-files --color never) \
    >"$work/$name.out" 2>&1
  local status=$?
  local problem=""
  [ "$status" -eq "$want" ] || problem="exit status $status, wanted $want"
  for pattern in "$@"; do
    grep -qF -- "$pattern" "$work/$name.out" || problem="${problem:+$problem; }no '$pattern' in the output"
  done
  if [ -z "$problem" ]; then
    echo "ok   $name"
    passed=$((passed + 1))
  else
    echo "FAIL $name: $problem"
    sed 's/^/     | /' "$work/$name.out" | tail -n 25
    failed=$((failed + 1))
  fi
}

good=$(scratch good ok-canonical.md ok-front-matter.md)
printf 'not a gene document, and not Markdown: the hook must not look at it\n' >"$good/notes.txt"
expect good-docs-pass 0 "$good" "gene2json validate" "Passed"

bad=$(scratch bad ok-canonical.md gd101-drug-summary.md gd201-no-symbol.md gd303-nul-byte.md)
expect bad-docs-fail 1 "$bad" "Failed" \
  "genes/gd101-drug-summary.md:1:1: error: required section 'Gene Summary' is missing [GD101]" \
  "genes/gd201-no-symbol.md:2:1: error: no gene symbol found" "[GD303]"

warned=$(scratch warned ok-canonical.md gd103-unknown-section.md)
expect warnings-pass 0 "$warned" "Passed"

configured=$(scratch configured gd201-no-symbol.md)
printf 'rules:\n  no-symbol: off\n' >"$configured/.gene2json.yml"
expect config-followed 0 "$configured" "Passed"

hook=gene2json-fix
fixable=$(scratch fixable ok-canonical.md gd104-heading-level.md gd107-section-order.md)
expect fix-rewrites 1 "$fixable" "gene2json fix" "Failed" "files were modified by this hook" \
  "genes/gd104-heading-level.md: fixed: heading levels"
grep -q '^## Gene Drugs, Diseases, Phenotypes, and Pathways$' "$fixable/genes/gd104-heading-level.md" \
  || { echo "FAIL fix-rewrites: the heading was not fixed"; failed=$((failed + 1)); }
expect fix-then-passes 0 "$fixable" "Passed"
broken=$(scratch broken gd102-duplicate-section.md)
expect fix-reports-errors 1 "$broken" "Failed" "error: not fixed"
hook=

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
