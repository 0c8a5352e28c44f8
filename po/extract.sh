#!/bin/sh
# Writes the template of every translatable string of lib/ and cli/ (the
# literals in _() and N_()) to $1. Used by po/update.sh and the test.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
find lib cli -name '*.cpp' -o -name '*.hpp' | LC_ALL=C sort > "$1.files"
# {} is fmt's placeholder, not printf's: no string is a C format.
xgettext --language=C++ --from-code=UTF-8 --keyword=_ --keyword=N_ --keyword=P_:1,2 --flag=_:1:no-c-format --flag=N_:1:no-c-format --flag=P_:1:no-c-format --flag=P_:2:no-c-format \
  --add-comments=TRANSLATORS: --sort-by-file --add-location=file --no-wrap --package-name=pusterum --msgid-bugs-address=pusterum@example.invalid \
  --files-from="$1.files" --output="$1"
rm -f "$1.files"
