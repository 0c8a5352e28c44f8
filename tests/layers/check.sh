#!/usr/bin/env bash
# tools/layers.py passes the tree as it is, and refuses a copy of lib/ with
# one include of a higher layer's header and one with a folder in no layer.
set -euo pipefail
root=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 "$root/tools/layers.py" --root "$root" --list

fails() { # what the check must print, then the tree it runs on
  local expected=$1 tree=$2
  if python3 "$root/tools/layers.py" --root "$tree" 2>"$work/err"; then
    echo "layers.py passed a tree it should refuse: $expected" >&2
    exit 1
  fi
  grep -qF -- "$expected" "$work/err" || { echo "expected '$expected', got:" >&2; cat "$work/err" >&2; exit 1; }
}

mkdir "$work/upward"
cp -r "$root/lib" "$work/upward/"
echo '#include "app/check.hpp"' >> "$work/upward/lib/util/text.hpp"
line=$(wc -l < "$work/upward/lib/util/text.hpp")
fails "lib/util/text.hpp:$line: includes \"app/check.hpp\": layer ground (util/) may not include layer app (app/)" "$work/upward"

mkdir "$work/unlayered"
cp -r "$root/lib" "$work/unlayered/"
mkdir "$work/unlayered/lib/payroll"
fails "lib/payroll/: in no layer of" "$work/unlayered"
echo "layers: ok"
