#!/usr/bin/python3
"""Write the hours history of examples/ for 2026 through `pusterum log-hours`.

Run once from the repository root after a build; the result is committed.
The entries go through the real command (timesheet import, corrections,
voids), so they meet every rule a coordinator's would. Closed and paused
cases are logged while still active, in a scratch copy of the tree.

    tools/example_hours.py build/pusterum
"""
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tempfile

TODAY = dt.date(2026, 11, 22)
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

# case: (first day, last day, weekly pattern of (weekday, start, end, extra columns))
PLANS = {
    "2025-FR23R": [(dt.date(2026, 1, 13), dt.date(2026, 5, 31), [("tue", "15:30", "18:00"), ("thu", "15:30", "18:00")]),
                   (dt.date(2026, 6, 1), TODAY, [("tue", "15:00", "18:30"), ("thu", "15:00", "18:30")])],
    "2026-ZDSG3": [(dt.date(2026, 3, 9), TODAY, [("mon", "15:00", "17:00"), ("wed", "15:00", "17:00")])],
    "2026-BKSGB": [(dt.date(2026, 4, 18), TODAY, [("sat", "10:00", "14:00")])],
    "2025-EQKSG": [(dt.date(2026, 1, 10), dt.date(2026, 8, 29), [("sat", "10:00", "13:30")])],
    "2025-YJN8S": [(dt.date(2026, 1, 1), dt.date(2026, 10, 18), [("sun", "10:00", "13:00")])],
}
ROUTES = ["Svømmehallen i Skanderborg", "Legeland og hjem", "Biblioteket", "Skoven ved Silkeborgvej"]


def rows_for(case, first, last, pattern):
    day = first
    n = 0
    while day <= last:
        for weekday, start, end in pattern:
            if WEEKDAYS[day.weekday()] != weekday:
                continue
            n += 1
            row = {"date": day.isoformat(), "start": start, "end": end}
            if n % 11 == 0:
                row.update(kind="cancelled", cancelled_by="illness" if n % 2 else "family", note="Aflyst samme dag")
            if case == "2026-ZDSG3" and "kind" not in row:
                row.update(km=str(8 + n % 9), route=ROUTES[n % len(ROUTES)])
            yield row
        day += dt.timedelta(days=1)


def overnight_weekends():
    """The last weekend of each month, Friday 16:00 to Sunday 16:00: 47 h in
    March and 49 h in October, when the clocks change."""
    rows = []
    for month in range(1, 12):
        last = dt.date(2026, month + 1, 1) - dt.timedelta(days=1)
        friday = last - dt.timedelta(days=(last.weekday() - 4) % 7)
        if friday.day > 26 and friday + dt.timedelta(days=2) > last:
            friday -= dt.timedelta(days=7)
        if friday + dt.timedelta(days=2) >= TODAY:
            break
        rows.append({"date": friday.isoformat(), "start": "16:00", "end": "16:00", "kind": "overnight",
                     "end_date": (friday + dt.timedelta(days=2)).isoformat()})
    return rows


def write_csv(path, rows):
    columns = ["date", "start", "end", "end_date", "kind", "cancelled_by", "km", "route", "note"]
    with open(path, "w", encoding="utf-8") as f:
        f.write(",".join(columns) + "\n")
        for r in rows:
            f.write(",".join('"%s"' % r.get(c, "") if "," in r.get(c, "") else r.get(c, "") for c in columns) + "\n")


def run(pusterum, tree, *args):
    env = dict(os.environ, PUSTERUM_TODAY=TODAY.isoformat(), NO_COLOR="1")
    out = subprocess.run([pusterum, "-C", tree, *args], env=env, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"{' '.join(args)} failed:\n{out.stderr}")
    return out.stdout.strip()


def main():
    pusterum = os.path.abspath(sys.argv[1])
    examples = os.path.join(os.path.dirname(__file__), "..", "examples")
    scratch = tempfile.mkdtemp()
    tree = os.path.join(scratch, "tree")
    shutil.copytree(examples, tree, symlinks=True)
    for case in ("2025-EQKSG", "2025-YJN8S"):  # log them as they were while active
        path = os.path.join(tree, "cases", case, "case.yaml")
        text = open(path, encoding="utf-8").read()
        text = re.sub(r"^status: \w+", "status: active", text, flags=re.M)
        text = re.sub(r"\n  - date: [0-9-]+\n    status: (closed|paused)(\n    note: .*)?", "", text)
        open(path, "w", encoding="utf-8").write(text)
    for case, plans in PLANS.items():
        rows = [r for first, last, pattern in plans for r in rows_for(case, first, last, pattern)]
        sheet = os.path.join(scratch, case + ".csv")
        write_csv(sheet, rows)
        run(pusterum, tree, "log-hours", case, "--import", sheet)
    sheet = os.path.join(scratch, "weekends.csv")
    write_csv(sheet, overnight_weekends())
    run(pusterum, tree, "log-hours", "2025-QVEHE", "--import", sheet)
    # The start-up meeting, a correction and a void, as a coordinator makes them.
    run(pusterum, tree, "log-hours", "2026-BKSGB", "--kind", "meeting", "--date", "2026-04-14", "--start", "16:00",
        "--end", "17:00", "--note", "Opstartsmøde med familien")
    wrong = run(pusterum, tree, "log-hours", "2025-FR23R", "--date", "2026-11-19", "--start", "15:00", "--end", "18:30",
                "--staff", "fatima-ali", "--note", "Maja syg; Fatima afløser")
    run(pusterum, tree, "log-hours", "2025-FR23R", "--void", wrong, "--reason", "Fatima kom ikke; besøget blev aflyst")
    listing = run(pusterum, tree, "log-hours", "2026-ZDSG3", "--list", "--from", "2026-11-02", "--to", "2026-11-02", "--format", "csv")
    first = listing.splitlines()[1].split(",")[0]
    run(pusterum, tree, "log-hours", "2026-ZDSG3", "--correct", first, "--date", "2026-11-02", "--start", "15:00", "--end", "17:30",
        "--km", "14", "--route", "Svømmehallen i Skanderborg", "--reason", "Blev en halv time længere efter aftale med mor")
    for case in list(PLANS) + ["2025-QVEHE"]:
        source = os.path.join(tree, "cases", case, "hours")
        target = os.path.join(examples, "cases", case, "hours")
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(source, target)
        for name in os.listdir(target):  # written as the coordinators, not as whoever ran this script
            path = os.path.join(target, name)
            text = re.sub(r", by: [^,}]+", ", by: mette.lund" if case.startswith("2025-FR") or case == "2026-BKSGB" else ", by: henrik.bak",
                          open(path, encoding="utf-8").read())
            open(path, "w", encoding="utf-8").write(text)
    shutil.rmtree(scratch)


if __name__ == "__main__":
    main()
