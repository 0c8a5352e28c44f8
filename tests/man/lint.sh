#!/usr/bin/env bash
# Lint the man pages and check that every command has one.
#
#   tests/man/lint.sh REPO_ROOT PUSTERUM_BINARY
#
# 1. `mandoc -T lint -W warning` must print nothing for every man/*.1.
# 2. Every command that `pusterum --help` lists must have man/pusterum-<name>.1.
# 3. Options agree both ways, for every command and subcommand: each long
#    option that `pusterum CMD [SUB] --help` lists appears in pusterum-CMD.1,
#    and each option the page documents (in SYNOPSIS, or as the tag of a .TP
#    item) is listed by the --help of CMD or one of its subcommands.
#    A subcommand with a page of its own (pusterum-CMD-SUB.1) is checked
#    against that page. pusterum.1 is checked against `pusterum --help`.
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

# The long options a help text lists: the names at the start of its option
# lines ("  -f,--file TEXT ..."), not options its descriptions mention.
help_options() {
  awk '/^[^ ]/ { in_opts = ($0 ~ /^(Options|OPTIONS|Flags|FLAGS):/); next }
       in_opts && /^  +-/ { n = split($1, names, ","); for (i = 1; i <= n; i++) if (names[i] ~ /^--/) print names[i] }' |
    sed 's/[^a-z0-9-].*//' | grep -v -x -e '--help' -e '--' | sort -u
}
help_subcommands() {
  awk '/^[^ ]/ { in_subs = ($0 ~ /^Subcommands:/); next } in_subs && /^  [a-z]/ { print $1 }'
}
# Every option a page names anywhere, and the ones it documents: in SYNOPSIS
# or as a .TP item's tag (prose may mention another command's options).
page_options() { sed 's/\\-/-/g' "$1" | grep -o -- '--[a-z0-9][a-z0-9-]*' | sort -u; }
page_documented() {
  sed 's/\\-/-/g' "$1" | awk '/^\.SH/ { syn = ($0 ~ /SYNOPSIS/); next } tag { print; tag = 0 } /^\.TP/ { tag = 1; next } syn' |
    grep -o -- '--[a-z0-9][a-z0-9-]*' | sort -u
}

check_options() { # PAGE_NAME PAGE ARGS...: the command whose page it is, with its subcommands
  local name=$1 page=$2
  shift 2
  local all="" help subs sub missing
  help=$("$binary" "$@" --help 2>&1) || { fail "options: \`pusterum $* --help\` failed"; return; }
  subs=""
  [ $# -gt 0 ] && subs=$(printf '%s\n' "$help" | help_subcommands) # pusterum.1: the commands have pages of their own
  for sub in "" $subs; do
    local words=("$@") opts
    [ -n "$sub" ] && words+=("$sub")
    if [ -n "$sub" ]; then
      opts=$("$binary" "${words[@]}" --help 2>&1 | help_options)
    else
      opts=$(printf '%s\n' "$help" | help_options)
    fi
    # A subcommand with a page of its own (pusterum-report-billing.1) is checked against that page.
    local sub_page="$root/man/pusterum-$(IFS=-; echo "${words[*]}").1"
    if [ -n "$sub" ] && [ -f "$sub_page" ]; then
      check_page "man/${sub_page##*/}" "$sub_page" "${words[*]}" "$opts" "$opts"
      continue
    fi
    all=$(printf '%s\n%s\n' "$all" "$opts")
    missing=$(comm -23 <(printf '%s\n' "$opts" | grep . | sort -u) <(page_options "$page"))
    if [ -n "$missing" ]; then
      fail "options of \`pusterum ${words[*]}\` missing from $name: $(echo $missing)"
    else
      pass "options of \`pusterum ${words[*]}\` are in $name"
    fi
  done
  check_page "$name" "$page" "$*" "" "$all"
}

# check_page NAME PAGE "COMMAND" OPTIONS_THAT_MUST_APPEAR ALL_OPTIONS_OF_ITS_HELP
check_page() {
  local name=$1 page=$2 command=$3 must=$4 all=$5 missing extra
  if [ -n "$must" ]; then
    missing=$(comm -23 <(printf '%s\n' "$must" | grep . | sort -u) <(page_options "$page"))
    if [ -n "$missing" ]; then
      fail "options of \`pusterum $command\` missing from $name: $(echo $missing)"
    else
      pass "options of \`pusterum $command\` are in $name"
    fi
  fi
  extra=$(comm -13 <(printf '%s\n' "$all" | grep . | sort -u) <(page_documented "$page"))
  # Every command has --help (CLI11's), and pusterum --version: not listed as options by help_options.
  extra=$(printf '%s\n' "$extra" | grep -v -x -e '--help')
  [ "$name" = man/pusterum.1 ] && extra=$(printf '%s\n' "$extra" | grep -v -x -e '--version')
  if [ -n "$(printf '%s' "$extra" | tr -d '[:space:]')" ]; then
    fail "$name documents options no --help of \`pusterum $command\` lists: $(echo $extra)"
  else
    pass "$name documents no option that --help of \`pusterum $command\` lacks"
  fi
}

if [ -n "${commands:-}" ]; then
  [ -f "$root/man/pusterum.1" ] && check_options man/pusterum.1 "$root/man/pusterum.1"
  for command in $commands; do
    [ -f "$root/man/pusterum-$command.1" ] && check_options "man/pusterum-$command.1" "$root/man/pusterum-$command.1" "$command"
  done
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
