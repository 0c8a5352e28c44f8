# bash completion for pusterum. The candidates come from the program itself
# (`pusterum __complete WORD... CURRENT`): commands, options, and the case
# and staff IDs of the provider folder the command line would use.
_pusterum() {
  local IFS=$'\n'
  local candidates
  candidates=$("${COMP_WORDS[0]}" __complete "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null) || return 0
  # Case IDs match after the year and in any case (fr23 -> 2025-FR23R), so
  # the list is used as it is, not filtered again by prefix.
  COMPREPLY=($candidates)
}
# No candidates (a file argument such as --file or -C): bash completes file names.
complete -o default -F _pusterum pusterum
