#!/usr/bin/python3
"""Kill pusterum with SIGKILL at random moments while it writes, and check
that nothing is lost or half-written.

    tests/robust/kill.py PUSTERUM_BINARY EXAMPLES_DIR [KILLS] [SEED]

Each round starts one writing command (intake, case amend, match --assign,
log-hours, schedule add, and the changes that write several files: a
correction moved to another month, an import with rows in two months) on a
copy of examples/, kills it after a random 0-40 ms, and then checks: `pusterum check` finds no error (every file parses
and meets its rules), temporary files of killed writers do not pile up (the
next writer in a folder removes those of dead processes, and at the end one
command of each kind leaves none), and
when the command had already reported success (exit 0 before the kill) its
data is there. A multi-file change is never half-applied: after the next
command (which finishes an unfinished one) either all of its entries are
there or none. Last line "N passed, M failed".
"""
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Tally, env  # noqa: E402
import time




def main(argv):
    binary, examples = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    kills = int(argv[3]) if len(argv) > 3 else 200
    rng = random.Random(int(argv[4]) if len(argv) > 4 else 1)
    tally = Tally()
    killed = finished = multi_file = half = 0


    work = tempfile.mkdtemp(prefix="pusterum-kill-")
    tree = os.path.join(work, "tree")
    shutil.copytree(examples, tree, symlinks=True)
    referral = os.path.join(examples, "referrals", sorted(os.listdir(os.path.join(examples, "referrals")))[0])
    day = [0]

    def half_applied(what, args, i):
        """After the next command (any finishes an unfinished change): all of the change or none of it."""
        listed = subprocess.run([binary, "--lang", "en", "-C", tree, "log-hours", "FR23", "--list", "--all", "--format", "json"], env=env(),
                                capture_output=True, text=True)
        entries = json.loads(listed.stdout)["entries"]
        if what == "import":
            mine = [e for e in entries if e.get("note") == "kill %d" % i]
            return len(mine) not in (0, 2)
        original = args[args.index("--correct") + 1]
        corrections = [e for e in entries if e.get("corrects") == original]
        voided = [e for e in entries if e.get("voids") == original]
        return len(corrections) != len(voided)

    def command(i):
        kind = i % 7
        if kind == 5:  # a correction that moves a fresh entry to another month: correction and void in two files
            day[0] += 1
            d = "2026-%02d-%02d" % (1 + day[0] // 28 % 10, 1 + day[0] % 28)
            logged = subprocess.run([binary, "--lang", "en", "-C", tree, "log-hours", "FR23", "--date", d, "--start", "05:00", "--end", "05:30", "--note",
                                     "kill %d" % i], env=env(), capture_output=True, text=True).stdout.strip()
            moved = "2026-%02d-%02d" % (1 + (day[0] // 28 + 1) % 10, 1 + day[0] % 28)
            return "moved-correction", ["log-hours", "FR23", "--correct", logged, "--date", moved, "--reason", "kill %d" % i]
        if kind == 6:  # one import, rows in two months
            day[0] += 1
            sheet = os.path.join(work, "sheet-%d.csv" % i)
            with open(sheet, "w") as f:
                f.write("date,start,end,note\n2026-%02d-%02d,05:00,05:30,kill %d\n2026-%02d-%02d,05:00,05:30,kill %d\n"
                        % (1 + day[0] // 28 % 10, 1 + day[0] % 28, i, 1 + (day[0] // 28 + 1) % 10, 1 + day[0] % 28, i))
            return "import", ["log-hours", "FR23", "--import", sheet]
        if kind == 0:
            return "intake", ["intake", "--file", referral]
        if kind == 1:
            return "amend", ["case", "amend", "ZDSG3", "--from", "2026-%02d-%02d" % (4 + i // 150, 1 + (i // 5) % 28), "--quantity", "4",
                             "--note", "kill %d" % i]
        if kind == 2:
            return "assign", ["match", "6WPXB", "--assign", "fatima-ali" if i % 2 else "soeren-moelgaard", "--force", "--reason", "kill %d" % i]
        if kind == 3:
            day[0] += 1
            d = "2026-%02d-%02d" % (1 + day[0] // 28 % 10, 1 + day[0] % 28)
            return "log-hours", ["log-hours", "FR23", "--date", d, "--start", "07:00", "--end", "07:30", "--note", "kill %d" % i]
        return "schedule", ["schedule", "FR23", "add", "2026-12-%02d 08:00-10:00" % (1 + i % 28), "--kind", "meeting", "--note", "kill %d" % i]

    try:
        for i in range(kills):
            what, args = command(i)
            proc = subprocess.Popen([binary, "--lang", "en", "-C", tree, *args], env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    stdin=subprocess.DEVNULL)
            time.sleep(rng.uniform(0, 0.04))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                killed += 1
            out, _ = proc.communicate()
            succeeded = proc.returncode == 0
            finished += succeeded
            if what in ("moved-correction", "import"):
                multi_file += 1
                halves = half_applied(what, args, i)
                half += halves
                tally(not halves, "kill %d (%s): half applied" % (i, what))
            checked = subprocess.run([binary, "--lang", "en", "-C", tree, "check", "--format", "json"], env=env(), capture_output=True, text=True)
            report = json.loads(checked.stdout) if checked.stdout.startswith("{") else {"errors": -1, "findings": [checked.stderr]}
            tally(report["errors"] == 0, "kill %d (%s): check: %s" % (i, what, [f if isinstance(f, str) else f["message"] for f in report["findings"]][:2]))
            # A killed writer may leave its temporary file; the next writer in that folder removes it,
            # so they never pile up: at most one per folder a killed command writes in.
            hidden = [n for d, dirs, names in os.walk(os.path.join(tree, "cases")) for n in names + dirs if n.startswith(".")]
            tally(len(hidden) <= 4, "kill %d (%s): leftovers pile up: %s" % (i, what, hidden[:5]))
            if succeeded and what == "intake":
                tally(os.path.isfile(os.path.join(tree, "cases", out.decode().strip(), "case.yaml")), "kill %d: the intake that succeeded is gone" % i)
            if succeeded and what == "log-hours":
                entry = out.decode().strip()
                listed = subprocess.run([binary, "--lang", "en", "-C", tree, "log-hours", "FR23", "--list", "--all", "--format", "json"], env=env(),
                                        capture_output=True, text=True)
                ids = [e["id"] for e in json.loads(listed.stdout)["entries"]]
                tally(entry in ids, "kill %d: the logged entry %s is gone" % (i, entry))
        # One more of each, not killed: every leftover is gone.
        for i in range(kills, kills + 7):
            what, args = command(i)
            subprocess.run([binary, "--lang", "en", "-C", tree, *args], env=env(), capture_output=True)
        hidden = [n for d, dirs, names in os.walk(os.path.join(tree, "cases")) for n in names + dirs if n.startswith(".")]
        tally(not hidden, "after one command of each kind: left behind %s" % hidden[:5])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("%d commands: %d killed while running, %d finished first; %d multi-file changes, %d half-applied"
          % (kills, killed, finished, multi_file, half))
    return tally.summary()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
