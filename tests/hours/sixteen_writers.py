#!/usr/bin/python3
"""16 processes log 500 entries each into the same case at once; afterwards
exactly 8,000 new entries must be there, every line readable, every ID
unique, and `pusterum check` clean. This is the issue's correctness test
for the lock and the appends, not a benchmark.

    sixteen_writers.py BUILD/pusterum EXAMPLES [WRITERS ENTRIES]
"""
import concurrent.futures
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tempfile

pusterum, examples = sys.argv[1], sys.argv[2]
writers = int(sys.argv[3]) if len(sys.argv) > 3 else 16
per_writer = int(sys.argv[4]) if len(sys.argv) > 4 else 500
CASE, STAFF = "2025-FR23R", "louise-bach"  # she has no entries of her own in the example tree

work = tempfile.mkdtemp(prefix="pusterum-concurrent-")
tree = os.path.join(work, "tree")
shutil.copytree(examples, tree, symlinks=True)
env = dict(os.environ, PUSTERUM_TODAY="2026-12-31", NO_COLOR="1")
# Her børneattest was checked in July 2026; this test is about writers, not
# about who may work when, so here it was checked a year earlier.
staff_file = os.path.join(tree, "staff", STAFF + ".yaml")
with open(staff_file, encoding="utf-8") as f:
    text = f.read()
assert "checked: 2026-07-20" in text
with open(staff_file, "w", encoding="utf-8") as f:
    f.write(text.replace("checked: 2026-07-20", "checked: 2025-07-20"))


def slot(n):
    """40-minute slots from 06:00 to 22:00, day after day from 12 January (the
    case is active from then): no two overlap, and none touches the hours the
    clocks skip or repeat."""
    day = dt.date(2026, 1, 12) + dt.timedelta(days=n // 24)
    start = 6 * 60 + 40 * (n % 24)
    return day.isoformat(), "%02d:%02d" % divmod(start, 60), "%02d:%02d" % divmod(start + 40, 60)


def writer(w):
    failures = []
    for k in range(per_writer):
        day, start, end = slot(w * per_writer + k)
        run = subprocess.run([pusterum, "-C", tree, "log-hours", CASE, "--staff", STAFF, "--date", day, "--start", start,
                              "--end", end], env=env, capture_output=True, text=True)
        if run.returncode != 0:
            failures.append("%s %s: %s" % (day, start, run.stderr.strip().splitlines()[-1:]))
    return failures


with concurrent.futures.ThreadPoolExecutor(max_workers=writers) as pool:
    failures = [f for result in pool.map(writer, range(writers)) for f in result]

lines = []
hours_dir = os.path.join(tree, "cases", CASE, "hours")
for name in sorted(os.listdir(hours_dir)):
    with open(os.path.join(hours_dir, name), encoding="utf-8") as f:
        lines += [l for l in f.read().split("\n") if l and not l.startswith("#")]
mine = [l for l in lines if "staff: %s," % STAFF in l]
ids = [re.match(r"- \{id: \"?([0-9A-Z]{6})\"?,", l) for l in lines]
check = subprocess.run([pusterum, "-C", tree, "check"], env=env, capture_output=True, text=True)

results = [
    ("every log-hours call succeeded", not failures, "%d failed, first: %s" % (len(failures), failures[:1])),
    ("exactly %d new entries" % (writers * per_writer), len(mine) == writers * per_writer, "found %d" % len(mine)),
    ("every line is a whole entry", all(l.startswith("- {") and l.endswith("}") for l in lines) and all(ids), ""),
    ("every entry ID is unique", len({m.group(1) for m in ids if m}) == len(lines), ""),
    ("pusterum check is clean", check.returncode == 0, (check.stdout + check.stderr).strip()[-500:]),
]
for name, ok, detail in results:
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else ": " + detail))
failed = sum(1 for _, ok, _ in results if not ok)
print("%d passed, %d failed" % (len(results) - failed, failed))
shutil.rmtree(work, ignore_errors=True)
sys.exit(1 if failed else 0)
