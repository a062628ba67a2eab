#!/usr/bin/env bash
# Checks the repository's .pre-commit-hooks.yaml with pre-commit itself: the README's .pre-commit-config.yaml
# snippet, exactly as written but for where the repository is (a local clone instead of its URL), passes on good gene
# documents and leaves README.md, CHANGELOG.md and non-Markdown files alone, fails on bad ones with their
# diagnostics, passes warnings and follows a .gene2json.yml; `pre-commit try-repo` with the gene2json-validate hook
# fails on the bad documents too; the gene2json-fix hook rewrites documents that are not canonical (and so fails
# once), then passes, and reports documents it cannot fix.
#
# usage: Tests/precommit/check.sh
#
# The hook is `language: swift`: pre-commit builds this package (a release build) for each store it installs into:
# once for the snippet's cases, which share $PRE_COMMIT_HOME, and once for try-repo, which always uses a store of
# its own (each case prints its time). The clone holds the working tree as it is, uncommitted changes included,
# committed on its branch main. Installs pre-commit with pip when it is missing.
# Prints "N passed, N failed" last; exits 1 if any check failed.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

if ! command -v pre-commit >/dev/null; then
  python3 -m pip install --quiet pre-commit >&2 || { echo "check.sh: cannot install pre-commit" >&2; exit 2; }
  hash -r
fi
command -v pre-commit >/dev/null || { echo "check.sh: pre-commit is not on PATH after installing it" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A private pre-commit cache and git user configuration, so the check neither uses nor changes the user's. (The
# system configuration stays: it may say where SwiftPM finds the packages this one depends on.)
export PRE_COMMIT_HOME="$work/cache" GIT_CONFIG_GLOBAL="$work/gitconfig"
git config --global user.email check@example.invalid
git config --global user.name check
git config --global init.defaultBranch main
docs="$root/Fixtures/validate/docs"
passed=0
failed=0

# The clone pre-commit installs the hook from: the working tree's tracked files as they are, on branch main.
clone="$work/gene2json"
git clone --quiet --no-hardlinks "$root" "$clone"
(cd "$root" && git ls-files -z --cached --others --exclude-standard | xargs -0 tar -cf - --ignore-failed-read 2>/dev/null) |
  tar -xf - -C "$clone"
git -C "$clone" add -A
git -C "$clone" commit --quiet --allow-empty -m "working tree of $root"
git -C "$clone" checkout --quiet -B main

# The README's snippet: the yaml block after the line `<!-- pre-commit-config -->`, its repository URL replaced.
url="https://github.com/OWNER/gene2json"
awk '/<!-- pre-commit-config -->/ { found = 1; next } found && /^```/ { if (inside) exit; inside = 1; next } inside' \
  "$root/README.md" >"$work/snippet.yaml"
if ! grep -qF "repo: $url" "$work/snippet.yaml"; then
  echo "FAIL readme-snippet: no 'repo: $url' in the README's pre-commit snippet"
  exit 1
fi
sed "s|$url|$clone|" "$work/snippet.yaml" >"$work/pre-commit-config.yaml"

# scratch NAME FILE...: a git repository holding copies of the given fixture documents under genes/, all staged.
scratch() {
  local repo="$work/$1"
  shift
  mkdir -p "$repo/genes"
  for file in "$@"; do cp "$docs/$file" "$repo/genes/"; done
  git -C "$repo" init --quiet
  echo "$repo"
}

# expect NAME STATUS REPO COMMAND... -- PATTERN...: run COMMAND in REPO (every file staged); the exit status must
# be STATUS and the output must contain every PATTERN (fixed strings).
expect() {
  local name=$1 want=$2 repo=$3
  shift 3
  local command=()
  while [ "$1" != "--" ]; do command+=("$1"); shift; done
  shift
  git -C "$repo" add -A
  local start=$SECONDS
  (cd "$repo" && "${command[@]}") >"$work/$name.out" 2>&1
  local status=$?
  local problem=""
  [ "$status" -eq "$want" ] || problem="exit status $status, wanted $want"
  for pattern in "$@"; do
    grep -qF -- "$pattern" "$work/$name.out" || problem="${problem:+$problem; }no '$pattern' in the output"
  done
  if [ -z "$problem" ]; then
    echo "ok   $name ($((SECONDS - start)) s)"
    passed=$((passed + 1))
  else
    echo "FAIL $name: $problem"
    sed 's/^/     | /' "$work/$name.out" | tail -n 25
    failed=$((failed + 1))
  fi
}

run_config=(pre-commit run --all-files --color never --config "$work/pre-commit-config.yaml")

# The README's snippet. Every case uses the same clone and revision through $PRE_COMMIT_HOME, so the first one
# builds the hook's environment (the package, in release) and the others reuse it.
# Good documents are canonical too: the snippet runs gene2json-fix first, which fails on any file it rewrites.
good=$(scratch good ok-canonical.md)
printf '# A project README, not a gene document\n' >"$good/README.md"
printf '# Changelog\n\n- nothing yet\n' >"$good/CHANGELOG.md"
printf 'not a gene document, and not Markdown: the hook must not look at it\n' >"$good/notes.txt"
expect readme-snippet-passes 0 "$good" "${run_config[@]}" -- "gene2json validate" "Passed"

bad=$(scratch bad ok-canonical.md gd101-drug-summary.md gd201-no-symbol.md gd303-nul-byte.md)
printf 'not a gene document, and not Markdown: the hook must not look at it\n' >"$bad/notes.txt"
expect readme-snippet-bad-docs-fail 1 "$bad" "${run_config[@]}" -- "Failed" \
  "genes/gd101-drug-summary.md:1:1: error: required section 'Gene Summary' is missing [GD101]" \
  "genes/gd201-no-symbol.md:2:1: error: no gene symbol found" "[GD303]"

warned=$(scratch warned ok-canonical.md gd103-unknown-section.md)
expect readme-snippet-warnings-pass 0 "$warned" "${run_config[@]}" -- "Passed"

configured=$(scratch configured gd201-no-symbol.md)
printf 'rules:\n  no-symbol: off\n' >"$configured/.gene2json.yml"
expect readme-snippet-config-followed 0 "$configured" "${run_config[@]}" -- "Passed"

# pre-commit try-repo, as the README suggests for trying the hook. It always installs into a store of its own, so
# it builds the package once more: one run, on the bad documents (with a non-Markdown file it must leave alone).
expect try-repo-bad-docs-fail 1 "$bad" pre-commit try-repo "$clone" gene2json-validate --ref main --all-files \
  --color never -- "Failed" "[GD101]" "genes/gd201-no-symbol.md:2:1: error: no gene symbol found" "[GD303]"

# The gene2json-fix hook, from the same clone and revision as the snippet (so the same environment: no second
# build).
cat >"$work/fix-config.yaml" <<YAML
repos:
  - repo: $clone
    rev: main
    hooks:
      - id: gene2json-fix
YAML
fix_config=(pre-commit run --all-files --color never --config "$work/fix-config.yaml")
fixable=$(scratch fixable ok-canonical.md gd104-heading-level.md gd107-section-order.md)
expect fix-rewrites 1 "$fixable" "${fix_config[@]}" -- "gene2json fix" "Failed" "files were modified by this hook" \
  "genes/gd104-heading-level.md: fixed: heading levels"
grep -q '^## Gene Drugs, Diseases, Phenotypes, and Pathways$' "$fixable/genes/gd104-heading-level.md" \
  || { echo "FAIL fix-rewrites: the heading was not fixed"; failed=$((failed + 1)); }
expect fix-then-passes 0 "$fixable" "${fix_config[@]}" -- "Passed"
broken=$(scratch broken gd102-duplicate-section.md)
expect fix-reports-errors 1 "$broken" "${fix_config[@]}" -- "Failed" "error: not fixed"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
