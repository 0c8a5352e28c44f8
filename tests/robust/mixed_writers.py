#!/usr/bin/python3
"""Sixteen processes change one provider tree at once: log-hours, case amend,
match --assign and schedule cancel, mixed. No update may be lost and no file
damaged.

    tests/robust/mixed_writers.py PUSTERUM_BINARY EXAMPLES_DIR [WRITERS] [OPS_EACH]

Every command that exits 0 must have left its change behind: its hours entry
in the log, its amendment note in the case file, its assignment in the
staffing history, its cancellation in the plan. Commands refused by a rule
(exit 1, e.g. an amendment dated before one another writer just added) must
change nothing. At the end `pusterum check` finds no error.
Last line "N passed, M failed".
"""
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Tally, env  # noqa: E402
from concurrent.futures import ThreadPoolExecutor
import datetime as dt




def main(argv):
    binary, examples = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    writers = int(argv[3]) if len(argv) > 3 else 16
    ops = int(argv[4]) if len(argv) > 4 else 10
    work = tempfile.mkdtemp(prefix="pusterum-mixed-")
    tree = os.path.join(work, "tree")
    shutil.copytree(examples, tree, symlinks=True)
    shutil.rmtree(os.path.join(tree, ".pusterum", "cache"), ignore_errors=True)
    tuesdays = [dt.date(2026, 12, 1) + dt.timedelta(days=7 * i) for i in range(5)]

    def p(*args):
        r = subprocess.run([binary, "--lang", "en", "-C", tree, *args], env=env(), capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=300)
        return r.returncode, r.stdout.strip(), r.stderr.strip()

    def worker(w):
        rng = random.Random(w)
        done = []
        for k in range(ops):
            tag = "w%d-%d" % (w, k)
            kind = rng.choice(["log", "log", "amend", "assign", "cancel"])
            if kind == "log":
                # Each writer logs on its own days: one person never twice at once.
                day = dt.date(2026, 1, 1) + dt.timedelta(days=w * ops + k)
                code, out, err = p("log-hours", "FR23", "--date", day.isoformat(), "--start", "06:00", "--end", "08:00", "--note", tag)
            elif kind == "amend":
                code, out, err = p("case", "amend", "ZDSG3", "--from", (dt.date(2026, 12, 1) + dt.timedelta(days=w * ops + k)).isoformat(),
                                   "--quantity", "4", "--note", tag)
            elif kind == "assign":
                code, out, err = p("match", "6WPXB", "--assign", rng.choice(["fatima-ali", "soeren-moelgaard"]), "--force", "--reason", tag)
            else:
                code, out, err = p("schedule", "FR23", "cancel", "EECGQR", "--date", rng.choice(tuesdays).isoformat(), "--reason", tag)
            done.append((kind, tag, code, out, err))
        return done

    with ThreadPoolExecutor(max_workers=writers) as pool:
        results = [r for rs in pool.map(worker, range(writers)) for r in rs]
    tally = Tally()


    def read(path):
        with open(os.path.join(tree, path), encoding="utf-8") as f:
            return f.read()

    logged = json.loads(p("log-hours", "FR23", "--list", "--format", "json")[1])["entries"]
    notes = {e["note"] for e in logged}
    case_zdsg3, case_6wpxb, plan = read("cases/2026-ZDSG3/case.yaml"), read("cases/2026-6WPXB/case.yaml"), read("cases/2025-FR23R/schedule.yaml")
    counts = {}
    for kind, tag, code, out, err in results:
        counts[(kind, code)] = counts.get((kind, code), 0) + 1
        tally(code in (0, 1), "%s %s exited %d: %s" % (kind, tag, code, err[:200]))
        where = {"log": tag in notes, "amend": tag in case_zdsg3, "assign": tag in case_6wpxb, "cancel": tag in plan}[kind]
        if code == 0:
            tally(where, "%s %s reported success but its change is not there" % (kind, tag))
        else:
            tally(not where, "%s %s was refused but its change is there" % (kind, tag))
    code, out, err = p("check", "--format", "json")
    report = json.loads(out)
    tally(report["errors"] == 0, "check after the writers: %s" % [f["message"] for f in report["findings"]][:3])
    shutil.rmtree(work, ignore_errors=True)
    print("%d writers x %d commands: %s" % (writers, ops, ", ".join("%s %s" % (n, "ok" if c == 0 else "refused")
                                                               + " %d" % v for (n, c), v in sorted(counts.items()))))
    return tally.summary()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
