#!/bin/sh
# After adding or changing a translatable string: brings every catalogue up to
# the sources (new strings untranslated, changed ones fuzzy), for a translator.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
"$here/extract.sh" "$here/pusterum.pot"
for po in "$here"/*.po; do
  msgmerge --quiet --update --backup=none --no-wrap --previous "$po" "$here/pusterum.pot"
  msgattrib --no-obsolete --no-wrap -o "$po" "$po" # git keeps what was removed
done
msgfmt --check --statistics -o /dev/null "$here"/*.po
