#!/usr/bin/python3
"""Writers on one tree while .pusterum/lock is deleted again and again: the
lock still keeps them apart, so no change is lost (issue 16 measured 89 of
120 amendments lost when a deleted lock let two writers in at once).

    tests/robust/deleted_lock.py PUSTERUM_BINARY EXAMPLES_DIR [WRITERS] [OPS_EACH]

Each writer amends the same case with a note of its own (a read, change and
rewrite of case.yaml: two writers at once lose one's change) and logs hours
on days of its own. Every command that exits 0 must have left its change
behind; at the end `pusterum check` finds no error. Prints the counts, and
last "N passed, M failed".
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import datetime as dt
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Tally, env  # noqa: E402


def main(argv):
    binary, examples = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    writers = int(argv[3]) if len(argv) > 3 else 8
    ops = int(argv[4]) if len(argv) > 4 else 15
    work = tempfile.mkdtemp(prefix="pusterum-lock-")
    tree = os.path.join(work, "tree")
    shutil.copytree(examples, tree, symlinks=True)
    shutil.rmtree(os.path.join(tree, ".pusterum", "cache"), ignore_errors=True)
    lock = os.path.join(tree, ".pusterum", "lock")

    def p(*args):
        r = subprocess.run([binary, "--lang", "en", "-C", tree, *args], env=env(), capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=300)
        return r.returncode, r.stdout.strip(), r.stderr.strip()

    stop = threading.Event()
    deletions = [0]

    def delete_lock():
        while not stop.is_set():
            try:
                os.unlink(lock)
                deletions[0] += 1
            except FileNotFoundError:
                pass
            stop.wait(0.002)

    def worker(w):
        done = []
        for k in range(ops):
            tag = "w%d-%d" % (w, k)
            if k % 2 == 0:
                code, out, err = p("case", "amend", "ZDSG3", "--from", "2026-12-01", "--quantity", "4", "--note", tag)
                done.append(("amend", tag, code, err))
            else:
                day = dt.date(2026, 1, 1) + dt.timedelta(days=w * ops + k)
                code, out, err = p("log-hours", "FR23", "--date", day.isoformat(), "--start", "06:00", "--end", "08:00", "--note", tag)
                done.append(("log", tag, code, err))
        return done

    deleter = threading.Thread(target=delete_lock)
    deleter.start()
    try:
        with ThreadPoolExecutor(max_workers=writers) as pool:
            results = [r for rs in pool.map(worker, range(writers)) for r in rs]
    finally:
        stop.set()
        deleter.join()

    tally = Tally()
    with open(os.path.join(tree, "cases/2026-ZDSG3/case.yaml"), encoding="utf-8") as f:
        case = f.read()
    notes = {e["note"] for e in json.loads(p("log-hours", "FR23", "--list", "--format", "json")[1])["entries"]}
    acknowledged = lost = 0
    for kind, tag, code, err in results:
        tally(code in (0, 1), "%s %s exited %d: %s" % (kind, tag, code, err[:200]))
        there = tag in case if kind == "amend" else tag in notes
        if code == 0:
            acknowledged += 1
            lost += 0 if there else 1
            tally(there, "%s %s reported success but its change is not there" % (kind, tag))
        else:
            tally(not there, "%s %s was refused but its change is there" % (kind, tag))
    code, out, err = p("check", "--format", "json")
    report = json.loads(out)
    tally(report["errors"] == 0, "check after the writers: %s" % [f["message"] for f in report["findings"]][:3])
    shutil.rmtree(work, ignore_errors=True)
    print("%d writers x %d changes, lock deleted %d times: %d acknowledged, %d lost" % (writers, ops, deletions[0], acknowledged, lost))
    return tally.summary()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
