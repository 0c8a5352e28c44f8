#!/usr/bin/env bash
# Drive the bash completion script the way bash does on TAB: set COMP_WORDS
# and COMP_CWORD, call the function, read COMPREPLY. Only our script is
# sourced, so the bash-completion package is not needed.
#
#   tests/completion/bash.sh REPO_ROOT PUSTERUM_BINARY
set -u
root=$(realpath "${1:?usage: bash.sh REPO_ROOT PUSTERUM_BINARY}")
binary=$(realpath "${2:?usage: bash.sh REPO_ROOT PUSTERUM_BINARY}")
passed=0
failed=0

# shellcheck source=../../completions/pusterum.bash
source "$root/completions/pusterum.bash"
if [ "$(complete -p pusterum)" = "complete -o default -F _pusterum pusterum" ]; then
  passed=$((passed + 1))
  echo "ok   the script registers _pusterum for pusterum, with file names as the fallback"
else
  failed=$((failed + 1))
  echo "FAIL the script's registration: $(complete -p pusterum 2>&1)"
fi

# expect "WORDS BEFORE TAB" "CURRENT WORD" "CANDIDATE..." : COMPREPLY must be exactly the candidates
expect() {
  local before=$1 current=$2 wanted=$3
  read -r -a COMP_WORDS <<<"$binary $before"
  COMP_WORDS+=("$current")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _pusterum
  local got="${COMPREPLY[*]}"
  if [ "$got" = "$wanted" ]; then
    passed=$((passed + 1))
    echo "ok   pusterum $before [$current] -> $got"
  else
    failed=$((failed + 1))
    echo "FAIL pusterum $before [$current]"
    echo "     expected: $wanted"
    echo "     got:      $got"
  fi
}
# contains "WORDS" "CURRENT" "CANDIDATE": one of the candidates
contains() {
  local before=$1 current=$2 wanted=$3
  read -r -a COMP_WORDS <<<"$binary $before"
  COMP_WORDS+=("$current")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _pusterum
  local c
  for c in "${COMPREPLY[@]}"; do
    if [ "$c" = "$wanted" ]; then
      passed=$((passed + 1))
      echo "ok   pusterum $before [$current] offers $wanted"
      return
    fi
  done
  failed=$((failed + 1))
  echo "FAIL pusterum $before [$current] does not offer $wanted: ${COMPREPLY[*]}"
}

cd "$root/examples" || exit 1
unset PUSTERUM_ROOT

# Commands, at the top and below one.
expect "" "" "init intake staff case match log-hours schedule report export check access-log"
expect "" "lo" "log-hours"
expect "staff" "" "add edit list show deactivate"
expect "case" "a" "amend"
# Options of log-hours, and the ones a prefix selects.
contains "log-hours fr23" "--" "--planned"
expect "log-hours fr23" "--e" "--end --end-date --excel"
expect "schedule fr23 add" "--u" "--until"
expect "" "--r" "--root"
# Case IDs from cases/: by prefix, after the year, in any case.
expect "log-hours" "2026-" "2026-6WPXB 2026-8VDW5 2026-BKSGB 2026-ZDSG3"
expect "log-hours" "fr" "2025-FR23R"
expect "case show" "2025-Q" "2025-QVEHE"
expect "schedule" "zd" "2026-ZDSG3"
expect "schedule fr23" "" "add cancel move cover stop check"
# Staff IDs from staff/, for staff commands and --staff and --assign.
expect "staff show" "m" "maja-kristensen mikkel-thomsen"
expect "log-hours fr23 --staff" "f" "fatima-ali"
expect "match 2026-6W --assign" "lo" "louise-bach"
# Values pusterum knows, and none (so bash completes file names) for a file.
expect "log-hours fr23 --kind" "" "visit overnight meeting cancelled"
expect "schedule fr23 --format" "" "text json ics"
expect "intake --file" "" ""
# -C names another tree: its IDs, not the current folder's.
expect "-C $root/examples/../examples case show" "2025-E" "2025-EQKSG"
mkdir -p "${TMPDIR:-/tmp}/pusterum-completion-$$" && cd "${TMPDIR:-/tmp}/pusterum-completion-$$" || exit 1
expect "case show" "" ""
cd / && rmdir "${TMPDIR:-/tmp}/pusterum-completion-$$"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
