#!/usr/bin/env bash
# Lint the man pages and check that every command has one.
#
#   tests/man/lint.sh REPO_ROOT PUSTERUM_BINARY
#
# 1. `mandoc -T lint -W warning` must print nothing for every man/*.1.
# 2. Every command that `pusterum --help` lists must have man/pusterum-<name>.1.
# The last line is "N passed, M failed"; the exit status is 1 if anything failed.
set -u

root=${1:?usage: lint.sh REPO_ROOT PUSTERUM_BINARY}
binary=${2:?usage: lint.sh REPO_ROOT PUSTERUM_BINARY}
passed=0
failed=0

pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }

if ! command -v mandoc >/dev/null 2>&1; then
  fail "mandoc is not installed"
else
  shopt -s nullglob
  pages=("$root"/man/*.1)
  shopt -u nullglob
  if [ ${#pages[@]} -eq 0 ]; then
    fail "no man pages in $root/man"
  fi
  for page in "${pages[@]}"; do
    name=man/${page##*/}
    out=$(mandoc -T lint -W warning "$page" 2>&1)
    if [ -n "$out" ]; then
      fail "mandoc lint: $name"
      printf '%s\n' "$out" | sed 's/^/     /'
    else
      pass "mandoc lint: $name"
    fi
  done
fi

# The commands are the names indented under "Subcommands:" in the help.
if ! help=$("$binary" --help 2>&1); then
  fail "$binary --help failed"
  printf '%s\n' "$help" | sed 's/^/     /'
else
  commands=$(printf '%s\n' "$help" | awk '
    /^[^ ]/ { in_subs = ($0 ~ /^Subcommands:/); next }
    in_subs && /^  [a-z]/ { print $1 }')
  if [ -z "$commands" ]; then
    fail "no commands found in \`$binary --help\`"
  fi
  for command in $commands; do
    if [ -f "$root/man/pusterum-$command.1" ]; then
      pass "page for command: $command"
    else
      fail "page for command: $command (man/pusterum-$command.1 is missing)"
    fi
  done
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
