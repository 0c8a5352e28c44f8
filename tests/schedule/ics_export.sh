#!/usr/bin/env bash
# pusterum schedule --format ics, read by a real iCalendar parser.
#
#   tests/schedule/ics_export.sh PUSTERUM_BINARY REPO_ROOT
#
# On a copy of examples/: exports a case with a monthly weekend stay for the
# whole year and a staff member's roster, and checks them with
# tests/schedule/ics_check.py (Debian's python3-icalendar): the March weekend
# is 47 hours in exact UTC instants, a re-export is byte for byte the same,
# and a moved visit keeps its UID with a higher SEQUENCE.
# Last line "N passed, M failed"; exit 1 if anything failed.
set -u
binary=${1:?usage: ics_export.sh PUSTERUM_BINARY REPO_ROOT}
root=${2:?usage: ics_export.sh PUSTERUM_BINARY REPO_ROOT}
passed=0 failed=0
pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -a "$root/examples" "$work/tree"
rm -rf "$work/tree/.pusterum/cache"
export PUSTERUM_TODAY=2026-11-22 NO_COLOR=1
p() { "$binary" -C "$work/tree" "$@"; }

p schedule QVEHE --from 2026-01-01 --to 2026-12-31 --format ics > "$work/qvehe.ics" || fail "export of QVEHE"
p schedule --staff maja --from 2026-01-01 --to 2026-12-31 --format ics > "$work/maja.ics" || fail "export of maja's roster"
uid=$(p schedule QVEHE --plan --format json | /usr/bin/python3 -c 'import json,sys; print([v["id"] for v in json.load(sys.stdin)["visits"] if v["kind"] == "overnight"][0])')
# Last Friday of March 2026: 16:00 CET (15:00Z) to Sunday 16:00 CEST (14:00Z), 47 hours.
if /usr/bin/python3 "$root/tests/schedule/ics_check.py" "$work/qvehe.ics" "$work/maja.ics" \
     --expect-utc "2025-QVEHE-$uid-2026-03-27@pusterum=20260327T150000Z/20260329T140000Z"; then
  pass "the exports parse, and the March weekend is 47 hours"
else
  fail "ics_check.py on the exports"
fi

p schedule QVEHE --from 2026-01-01 --to 2026-12-31 --format ics > "$work/again.ics"
if cmp -s "$work/qvehe.ics" "$work/again.ics"; then pass "a re-export is byte for byte the same"; else fail "a re-export differs"; fi

p schedule QVEHE move "$uid" --date 2026-12-25 --to "2026-12-18 16:00 - 2026-12-20 16:00" --reason "Jul" 2>/dev/null || fail "move"
p schedule QVEHE --from 2026-01-01 --to 2026-12-31 --format ics > "$work/moved.ics"
event() { awk -v uid="UID:2025-QVEHE-$uid-2026-12-25@pusterum" '/^BEGIN:VEVENT/{e=""} {e=e $0 "\n"} /^END:VEVENT/{if (index(e, uid)) printf "%s", e}' "$1" | tr -d '\r'; }
before=$(event "$work/qvehe.ics") after=$(event "$work/moved.ics")
if [ -n "$after" ] && grep -q "DTSTART;TZID=Europe/Copenhagen:20261218T160000" <<<"$after" &&
   grep -q "SEQUENCE:0" <<<"$before" && grep -q "SEQUENCE:1" <<<"$after" &&
   [ "$(grep -c "^BEGIN:VEVENT" "$work/moved.ics")" = "$(grep -c "^BEGIN:VEVENT" "$work/qvehe.ics")" ]; then
  pass "a moved visit keeps its UID, gets its new time and a higher SEQUENCE, and no event is added"
else
  fail "the moved visit: before: $before after: $after"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
