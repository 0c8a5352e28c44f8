#!/bin/sh
# Every catalogue of po/ translates every string the sources mark: none
# missing (msgcmp), none untranslated or fuzzy, and each one valid (msgfmt --check).
set -eu
root=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$root/po/extract.sh" "$tmp/pusterum.pot"
status=0
for po in "$root"/po/*.po; do
  msgcmp "$po" "$tmp/pusterum.pot" || { echo "$po: run po/update.sh and translate what it adds"; status=1; }
  stats=$(msgfmt --check --statistics -o /dev/null "$po" 2>&1) || { echo "$stats"; status=1; continue; }
  echo "$(basename "$po"): $stats"
  case $stats in
    *fuzzy*|*untranslated*) echo "$po: translate the fuzzy and untranslated strings"; status=1 ;;
  esac
done
python3 "$root/tests/po/placeholders.py" "$root"/po/*.po || status=1
exit $status
