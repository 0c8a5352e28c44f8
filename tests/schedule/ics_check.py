#!/usr/bin/python3
"""Reads iCalendar files as a subscriber would, with Debian's python3-icalendar,
and checks what pusterum promises about them:

- the bytes: UTF-8, CRLF line ends, no physical line over 75 octets;
- the file parses, with a VCALENDAR holding VERSION 2.0 and a PRODID;
- every VEVENT has a UID, unique in the file, and DTSTART < DTEND;
- a local time with TZID names one instant (the autumn's doubled hour must
  be written in UTC), and the file's own VTIMEZONE gives the same instant as
  the tz database does for that TZID;
- optionally, --expect-utc UID=START/END: that event starts and ends at those
  UTC instants (20261023T140000Z/20261025T150000Z).

Prints each failure and a last line "N passed, M failed"; exits 1 on any failure.
"""
import argparse
import datetime as dt
import sys
import zoneinfo

import icalendar

UTC = dt.timezone.utc


class Tally:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, what):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL: {what}")
        return ok


def parse_utc(text):
    return dt.datetime.strptime(text, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)


def parse_expectations(pairs):
    expected = {}
    for pair in pairs:
        uid, _, span = pair.partition("=")
        start, _, end = span.partition("/")
        expected[uid] = (parse_utc(start), parse_utc(end))
    return expected


def check_bytes(tally, name, data):
    try:
        data.decode("utf-8")
        tally.check(True, "")
    except UnicodeDecodeError as e:
        tally.check(False, f"{name}: not UTF-8: {e}")
    lines = data.split(b"\r\n")
    tally.check(lines[-1] == b"", f"{name}: does not end with CRLF")
    bare = [i + 1 for i, line in enumerate(lines) if b"\n" in line or b"\r" in line]
    tally.check(not bare, f"{name}: bare CR or LF on lines {bare[:5]}")
    long_lines = [i + 1 for i, line in enumerate(lines) if len(line) > 75]
    tally.check(not long_lines, f"{name}: lines over 75 octets: {long_lines[:5]}")


def instant(prop, vtimezones, tally, where):
    """The property's instant in UTC, checking a TZID'd local time against
    both the file's VTIMEZONE and the tz database."""
    value = prop.dt
    tzid = prop.params.get("TZID")
    if not tzid:
        tally.check(value.tzinfo is not None, f"{where}: floating time {value}")
        return value.astimezone(UTC)
    naive = value.replace(tzinfo=None)
    tzdb = zoneinfo.ZoneInfo(tzid)
    earlier = naive.replace(tzinfo=tzdb, fold=0).astimezone(UTC)
    later = naive.replace(tzinfo=tzdb, fold=1).astimezone(UTC)
    tally.check(earlier == later, f"{where}: local time {naive} {tzid} happens twice or not at all; write it in UTC")
    if tally.check(tzid in vtimezones, f"{where}: no VTIMEZONE for TZID {tzid}"):
        from_file = vtimezones[tzid].localize(naive).astimezone(UTC)
        tally.check(from_file == earlier, f"{where}: VTIMEZONE says {from_file}, the tz database {earlier}")
    return earlier


def check_calendar(tally, name, data, expected):
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except Exception as e:  # the parser's error is the finding
        tally.check(False, f"{name}: does not parse: {e}")
        return
    tally.check(calendar.name == "VCALENDAR", f"{name}: top component is {calendar.name}")
    tally.check(str(calendar.get("VERSION")) == "2.0", f"{name}: VERSION is not 2.0")
    tally.check(bool(calendar.get("PRODID")), f"{name}: no PRODID")
    vtimezones = {str(tz["TZID"]): tz.to_tz() for tz in calendar.walk("VTIMEZONE")}
    seen = set()
    for event in calendar.walk("VEVENT"):
        uid = str(event.get("UID", ""))
        where = f"{name}: event {uid or '(no UID)'}"
        tally.check(bool(uid), f"{where}: no UID")
        tally.check(uid not in seen, f"{where}: UID repeated")
        seen.add(uid)
        if not tally.check("DTSTART" in event and "DTEND" in event, f"{where}: no DTSTART or DTEND"):
            continue
        start = instant(event["DTSTART"], vtimezones, tally, where)
        end = instant(event["DTEND"], vtimezones, tally, where)
        tally.check(start < end, f"{where}: DTSTART {start} is not before DTEND {end}")
        if uid in expected:
            want = expected.pop(uid)
            tally.check((start, end) == want, f"{where}: {start}/{end}, expected {want[0]}/{want[1]}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--expect-utc", action="append", default=[], metavar="UID=START/END")
    args = parser.parse_args()
    expected = parse_expectations(args.expect_utc)
    tally = Tally()
    for name in args.files:
        with open(name, "rb") as f:
            data = f.read()
        check_bytes(tally, name, data)
        check_calendar(tally, name, data, expected)
    for uid in expected:
        tally.check(False, f"no event with UID {uid}")
    print(f"{tally.passed} passed, {tally.failed} failed")
    return 1 if tally.failed or not tally.passed else 0


if __name__ == "__main__":
    sys.exit(main())
