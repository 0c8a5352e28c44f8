#!/usr/bin/env bash
# The zsh and fish completion scripts on examples/: the same candidates as
# for bash. Skipped (exit 77) when the shell is not installed (Debian
# packages zsh and fish; not in the quick start's list).
#
#   tests/completion/zsh_fish.sh zsh|fish REPO_ROOT PUSTERUM_BINARY
set -u
shell=${1:?usage: zsh_fish.sh zsh|fish REPO_ROOT PUSTERUM_BINARY}
root=$(realpath "${2:?}")
binary=$(realpath "${3:?}")
if ! command -v "$shell" >/dev/null 2>&1; then
  echo "skipped: $shell is not installed"
  exit 77
fi
bindir=$(mktemp -d "${TMPDIR:-/tmp}/pusterum-completion-XXXXXX")
trap 'rm -rf "$bindir"' EXIT
ln -s "$binary" "$bindir/pusterum"
export PATH="$bindir:$PATH"
unset PUSTERUM_ROOT
cd "$root/examples" || exit 1
passed=0
failed=0

# candidates WORD... CURRENT: what the shell's completion offers, on one line
candidates() {
  if [ "$shell" = zsh ]; then
    # The function as zsh autoloads it; compadd and _files stand in for the completion system.
    zsh -f -c 'fpath=("$1" $fpath); autoload -Uz _pusterum
      compadd() { shift $(( ${@[(i)--]} )); print -r -- "$*"; }; _files() { print "(files)"; }
      shift; words=(pusterum "$@"); CURRENT=${#words}; _pusterum' _ "$root/completions" "$@"
  else
    local line="pusterum $*"
    fish --no-config -c 'source $argv[1]; complete -C $argv[2]' "$root/completions/pusterum.fish" "$line" |
      cut -f1 | grep -v '^-C$' | tr '\n' ' ' | sed 's/ $//'
  fi
}
words_sorted() { tr ' ' '\n' | grep . | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//'; }
expect() { # WANTED WORD... CURRENT (fish sorts its candidates: the order is not compared)
  local wanted got
  wanted=$(words_sorted <<<"$1")
  shift
  got=$(candidates "$@" | words_sorted)
  if [ "$got" = "$wanted" ]; then
    passed=$((passed + 1))
    echo "ok   $shell: pusterum $* -> $got"
  else
    failed=$((failed + 1))
    echo "FAIL $shell: pusterum $*"
    echo "     expected: $wanted"
    echo "     got:      $got"
  fi
}

expect "log-hours" lo
expect "2025-FR23R" log-hours fr
expect "2026-ZDSG3" schedule zd
expect "--end --end-date --excel" log-hours fr23 --e
expect "maja-kristensen mikkel-thomsen" staff show m
expect "visit overnight meeting cancelled" log-hours fr23 --kind ""
[ "$shell" = zsh ] && expect "(files)" intake --file ""

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
