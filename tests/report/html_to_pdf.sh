#!/usr/bin/env bash
# Print a status report's HTML to PDF with headless Chromium and check the
# PDF's text with pdftotext: the page is self-contained, prints on A4, and
# carries the figures the text report shows.
#
#   tests/report/html_to_pdf.sh REPO_ROOT PUSTERUM_BINARY
#
# Needs Debian's chromium and poppler-utils. Without them it says so and
# exits 77, which CTest shows as skipped, not passed.
set -u

root=${1:?usage: html_to_pdf.sh REPO_ROOT PUSTERUM_BINARY}
binary=${2:?usage: html_to_pdf.sh REPO_ROOT PUSTERUM_BINARY}
passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }

for tool in chromium pdftotext pdfinfo; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIP: $tool is not installed (apt-get install chromium poppler-utils)"
    exit 77
  fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$root/examples" "$work/tree"
export PUSTERUM_TODAY=2026-11-22 NO_COLOR=1 HOME="$work"
unset PUSTERUM_ROOT

"$binary" -C "$work/tree" report fr23 --format html >"$work/fr23.html" || fail "pusterum report fr23 --format html"
if grep -qE '<script|<link|src="http' "$work/fr23.html"; then
  fail "the page loads something from outside itself"
else
  pass "the page is self-contained"
fi

timeout 120 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$work/fr23.pdf" "file://$work/fr23.html" >"$work/chromium.log" 2>&1
if [ ! -s "$work/fr23.pdf" ]; then
  fail "chromium printed no PDF"
  sed 's/^/     /' "$work/chromium.log" | tail -5
  echo "$passed passed, $failed failed"
  exit 1
fi
pass "chromium printed the page to PDF"

size=$(pdfinfo "$work/fr23.pdf" | awk '/^Page size:/ { print int($3 + 0.5) "x" int($5 + 0.5) }')
pages=$(pdfinfo "$work/fr23.pdf" | awk '/^Pages:/ { print $2 }')
[ "$size" = "595x842" ] && pass "A4 pages ($size pt)" || fail "page size is $size pt, not A4 (595x842)"
[ "${pages:-0}" -ge 1 ] && [ "${pages:-0}" -le 4 ] && pass "$pages pages" || fail "$pages pages, expected 1 to 4"

text=$(pdftotext -layout "$work/fr23.pdf" -)
# The figures come from the text report of the same case, so the PDF must
# agree with it rather than with numbers written here.
report=$("$binary" -C "$work/tree" report fr23)
for line in "I perioden" "Fra bevillingens start til periodens slut" "Hele bevillingsperioden"; do
  figures=$(printf '%s\n' "$report" | grep -m1 "^$line " | awk '{ print $(NF-2), $(NF-1), $NF }')
  row=$(printf '%s\n' "$text" | grep -m1 "$line" | awk '{ print $(NF-2), $(NF-1), $NF }')
  if [ -n "$figures" ] && [ "$figures" = "$row" ]; then pass "PDF row '$line': $row"; else fail "PDF row '$line': '$row', the text report says '$figures'"; fi
done
for wanted in "Status til sagsbehandler" "27.24.12-A35-41-25" "Barnets Lov § 90" "O.H." "Maja Kristensen" \
              "Forbruget følger bevillingen" "Barnets og familiens perspektiv" "bevilget"; do
  if printf '%s\n' "$text" | grep -qF "$wanted"; then pass "PDF has '$wanted'"; else fail "PDF lacks '$wanted'"; fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
