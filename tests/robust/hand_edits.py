#!/usr/bin/python3
"""Hand edits that a command would refuse: `pusterum check` flags every one.

Usage: hand_edits.py PUSTERUM EXAMPLES

Each edit below is a change a person might make in an editor (or a merge
might make) that no command writes: `log-hours`, `staff edit`, `intake`,
`case amend`, `schedule` refuse the same value on the way in. For each, on a
fresh copy of EXAMPLES, the edit is applied and `pusterum check` must exit
non-zero and print the expected text (the rule, or the words of the finding)
at the edited file. As a control, the unedited copy must pass `check`.

Ends with "N hand edits: N flagged, M passed by check" and
"N passed, M failed"; exits 1 if check passed any edit.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Tally, env  # noqa: E402

FR = "cases/2025-FR23R"
FR_NOV = FR + "/hours/2026-11.yaml"
QV = "cases/2025-QVEHE"
STAMP = '"2026-11-22T23:59+01:00"'


def line(entry_id, rest):
    return "- {id: %s, %s, logged: %s, by: mette.lund}\n" % (entry_id, rest, STAMP)


VISIT = 'kind: visit, staff: maja-kristensen, start: "2026-11-03T15:00+01:00", end: "2026-11-03T18:30+01:00"'

# (name, file, edit, expected text in check's output)
# edit: ("sub", PATTERN, REPLACEMENT) on the file's text, ("append", TEXT), or ("rename", NEW NAME).
EDITS = [
    # Numbers: bounded as the commands bound them, one sign.
    ("km 2147483647", FR_NOV, ("sub", r"(id: GGMAKE, .*?)(, logged:)", r"\1, km: 2147483647\2"), "is not a whole number of km"),
    ("km 5001", FR_NOV, ("sub", r"(id: GGMAKE, .*?)(, logged:)", r"\1, km: 5001\2"), "is not a whole number of km"),
    ("km -12", FR_NOV, ("sub", r"(id: GGMAKE, .*?)(, logged:)", r"\1, km: -12\2"), "is not a whole number of km"),
    ("km +12", FR_NOV, ("sub", r"(id: GGMAKE, .*?)(, logged:)", r"\1, km: +12\2"), "is not a whole number of km"),
    ("rate hour -395.00", "pusterum.yaml", ("sub", r"\n    hour: 395.00", "\n    hour: -395.00"), "hour: -395 is less than 0"),
    ("rate hour --395", "pusterum.yaml", ("sub", r"\n    hour: 395.00", "\n    hour: --395"), "'--395' is not a number"),
    ("rate km -3.81", "pusterum.yaml", ("sub", r"\n    km: 3.79", "\n    km: -3.79"), "is less than 0"),
    ("minimum visit -2", "pusterum.yaml", ("sub", r"minimum_visit_hours: [0-9.]+", "minimum_visit_hours: -2"), "is not more than 0"),
    ("max hours -25", "staff/ida-lauridsen.yaml", ("sub", r"max_hours_per_week: 25", "max_hours_per_week: -25"), "is not more than 0"),
    ("max hours 200", "staff/ida-lauridsen.yaml", ("sub", r"max_hours_per_week: 25", "max_hours_per_week: 200"), "is more than 168"),
    ("max hours --25", "staff/ida-lauridsen.yaml", ("sub", r"max_hours_per_week: 25", "max_hours_per_week: --25"), "is not a number"),
    # Entry IDs and timestamps.
    ("entry ID lowercase", FR_NOV, ("sub", r"id: GGMAKE", "id: ggmake"), "'ggmake' is not an entry ID"),
    ("entry ID a path", FR_NOV, ("sub", r"id: GGMAKE", "id: ../GGMAKE"), "is not an entry ID"),
    ("entry ID too long", FR_NOV, ("sub", r"id: GGMAKE", "id: GGMAKE7"), "is not an entry ID"),
    ("voids outside the pattern", FR_NOV, ("append", line("ZZZZZ1", "kind: void, voids: gg-make, reason: fejl")), "'gg-make' is not an entry ID"),
    ("corrects outside the pattern", FR_NOV, ("append", line("ZZZZZ1", VISIT + ", corrects: GGMAKE!")), "is not an entry ID"),
    ("logged: yesterday", FR_NOV, ("sub", r"(id: GGMAKE, .*?)logged: \"[^\"]*\"", r"\1logged: yesterday"), "logged: 'yesterday' is not a time"),
    ("logged: a date", FR_NOV, ("sub", r"(id: GGMAKE, .*?)logged: \"[^\"]*\"", r"\1logged: 2026-11-22"), "is not a time"),
    # Void and correction graphs.
    ("a void of itself", FR_NOV, ("append", line("ZZZZZ1", "kind: void, voids: ZZZZZ1, reason: fejl")), "voids itself"),
    ("a correction of itself", FR_NOV, ("append", line("ZZZZZ1", VISIT + ", corrects: ZZZZZ1")), "corrects itself"),
    ("a cycle of corrections", FR_NOV,
     ("append", line("ZZZZZ1", VISIT + ", corrects: ZZZZZ2") + line("ZZZZZ2", VISIT + ", corrects: ZZZZZ1")), "go round in a circle"),
    ("a cycle of three", FR_NOV,
     ("append", line("ZZZZZ1", VISIT + ", corrects: ZZZZZ3") + line("ZZZZZ2", VISIT + ", corrects: ZZZZZ1")
      + line("ZZZZZ3", VISIT + ", corrects: ZZZZZ2")), "go round in a circle"),
    ("a void of a missing entry", FR_NOV, ("append", line("ZZZZZ1", "kind: void, voids: ZZZZZ9, reason: fejl")), "which is not in the log"),
    ("a void of a void", FR_NOV,
     ("append", line("ZZZZZ1", "kind: void, voids: GGMAKE, reason: fejl") + line("ZZZZZ2", "kind: void, voids: ZZZZZ1, reason: fejl")),
     "which is itself a void"),
    ("an entry voided twice", FR_NOV,
     ("append", line("ZZZZZ1", "kind: void, voids: GGMAKE, reason: fejl") + line("ZZZZZ2", "kind: void, voids: GGMAKE, reason: igen")),
     "voids already"),
    # Month files: named YYYY-MM.yaml, or no command reads them.
    ("month file 2026-1.yaml", FR + "/hours/2026-01.yaml", ("rename", "2026-1.yaml"), "not named as a month of the hours log"),
    ("month file 2026-01.yml", FR + "/hours/2026-01.yaml", ("rename", "2026-01.yml"), "not named as a month of the hours log"),
    ("month file 2026-13.yaml", FR + "/hours/2026-01.yaml", ("rename", "2026-13.yaml"), "not named as a month of the hours log"),
    ("month file with .bak", FR + "/hours/2026-01.yaml", ("rename", "2026-01.yaml.bak"), "not named as a month of the hours log"),
    # IDs that are paths or name nobody, in every file kind.
    ("hours staff a path", FR_NOV, ("sub", r"(id: GGMAKE, kind: visit, )staff: maja-kristensen", r"\1staff: ../staff/maja-kristensen"),
     "no staff member '../staff/maja-kristensen'"),
    ("hours staff ./", FR_NOV, ("sub", r"(id: GGMAKE, kind: visit, )staff: maja-kristensen", r"\1staff: ./maja-kristensen"),
     "no staff member './maja-kristensen'"),
    ("voided entry's staff a path", FR_NOV,
     ("sub", r"(id: GGMAKE, kind: visit, )staff: maja-kristensen(.*\n)",
      r"\1staff: /tmp/maja-kristensen\2" + line("ZZZZZ1", "kind: void, voids: GGMAKE, reason: fejl").replace("\\", "\\\\")),
     "no staff member '/tmp/maja-kristensen'"),
    ("fixed staff a path", FR + "/case.yaml", ("sub", r"fixed_staff: maja-kristensen", "fixed_staff: ../staff/maja-kristensen"), "is not a valid name"),
    ("substitute a path", FR + "/case.yaml", ("sub", r"substitutes: \[fatima-ali\]", "substitutes: [./fatima-ali]"), "is not a valid tag"),
    ("sibling a path", "cases/2026-6WPXB/case.yaml", ("sub", r"siblings: \[2026-ZDSG3\]", "siblings: [../cases/2026-ZDSG3]"), "unknown-sibling"),
    ("sibling unknown", "cases/2026-6WPXB/case.yaml", ("sub", r"siblings: \[2026-ZDSG3\]", "siblings: [2026-ZZZZZ]"), "unknown-sibling"),
    ("plan visit staff unknown", FR + "/schedule.yaml", ("sub", r"(id: VDKY52, [^}]*kind: visit)", r"\1, staff: nobody-here"),
     "no staff member 'nobody-here'"),
    ("plan cover staff unknown", FR + "/schedule.yaml", ("sub", r"change: cover, staff: fatima-ali", "change: cover, staff: fatima-aly"),
     "no staff member 'fatima-aly'"),
    ("plan visit ID outside the pattern", FR + "/schedule.yaml", ("sub", r"id: 3CVHQ2", "id: visit-1"), "is not a visit ID"),
    # Bounded work: a grant lasts at most 10 years.
    ("grant ending in 9999", FR + "/case.yaml", ("sub", r"(\n  end: )2026-12-31", r"\g<1>9999-12-31"), "more than 10 years"),
    ("grant of 10 years and a day", FR + "/case.yaml", ("sub", r"(\n  end: )2026-12-31", r"\g<1>2036-01-01"), "more than 10 years"),
    # An overnight stay holds a night.
    ("overnight 06:00-22:00", QV + "/hours/2026-01.yaml",
     ("sub", r'(id: KQHZB2, kind: overnight, staff: nanna-skov, )start: "[^"]*", end: "[^"]*"',
      r'\1start: "2026-01-23T06:00+01:00", end: "2026-01-23T22:00+01:00"'), "overnight-night"),
]


def apply(tree, rel, edit):
    path = os.path.join(tree, rel)
    if edit[0] == "rename":
        os.rename(path, os.path.join(os.path.dirname(path), edit[1]))
        return True
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if edit[0] == "sub":
        new, n = re.subn(edit[1], edit[2], text, count=1)
        if n != 1:
            return False
    else:
        new = text + edit[1]
    with open(path, "w", encoding="utf-8") as f:
        f.write(new)
    return True


def check(pusterum, tree):
    r = subprocess.run([pusterum, "--lang", "en", "check"], cwd=tree, env=env(), capture_output=True, text=True, timeout=120)
    return r.returncode, r.stdout + r.stderr


def fresh_copy(examples, into):
    tree = os.path.join(into, "tree")
    shutil.rmtree(tree, ignore_errors=True)
    shutil.copytree(examples, tree, symlinks=True,
                    ignore=lambda folder, names: [n for n in names if n in ("access", "cache", "lock")]
                    if os.path.basename(folder) == ".pusterum" else [])
    return tree


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    pusterum, examples = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    tally = Tally()
    flagged = passed = 0
    with tempfile.TemporaryDirectory() as tmp:
        code, out = check(pusterum, fresh_copy(examples, tmp))
        tally(code == 0, "the unedited examples do not pass check (exit %d):\n%s" % (code, out))
        for name, rel, edit, expected in EDITS:
            tree = fresh_copy(examples, tmp)
            if not apply(tree, rel, edit):
                tally(False, "%s: the edit does not apply to %s" % (name, rel))
                continue
            code, out = check(pusterum, tree)
            shown = os.path.dirname(rel) if edit[0] == "rename" else rel
            lines = [l for l in out.splitlines() if l.startswith(shown) and expected in l]
            if code == 0:
                passed += 1
            else:
                flagged += 1
            tally(code != 0 and lines, "%s: check exits %d without '%s' at %s:\n%s" % (name, code, expected, shown, out))
    print("%d hand edits: %d flagged, %d passed by check" % (len(EDITS), flagged, passed))
    return tally.summary()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
