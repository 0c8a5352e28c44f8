#!/usr/bin/python3
"""Two coordinators, two clones, one provider: every round each clone takes
in a case, logs hours on the same case, changes the same plan and amends a
case of its own; then each clone pulls the other. Nothing may conflict.

    tests/robust/two_clones.py PUSTERUM_BINARY EXAMPLES_DIR [ROUNDS] [SEED]

Checked after every round, in both clones: git merged without a conflict,
the two clones hold the same tree, every entry and case of both sides is
there, no ID was made twice, and `pusterum check` finds no error. Uses the
user's git with a throw-away identity. Last line "N passed, M failed".
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
import datetime as dt

# A throw-away git identity, and none of the user's git configuration.
GIT = dict(GIT_AUTHOR_NAME="Test", GIT_AUTHOR_EMAIL="test@example.invalid", GIT_COMMITTER_NAME="Test",
           GIT_COMMITTER_EMAIL="test@example.invalid", GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL="/dev/null")


def run(args, cwd, check=True):
    p = subprocess.run(args, cwd=cwd, env=env(**GIT), capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120)
    if check and p.returncode != 0:
        raise RuntimeError("%s failed (%d): %s" % (" ".join(args), p.returncode, p.stderr.strip()[:400]))
    return p


def tree_files(root):
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in (".git", ".pusterum")]
        for name in filenames:
            path = os.path.join(dirpath, name)
            with open(path, "rb") as f:
                out[os.path.relpath(path, root)] = f.read()
    return out


def main(argv):
    binary, examples = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    rounds = int(argv[3]) if len(argv) > 3 else 100
    rng = random.Random(int(argv[4]) if len(argv) > 4 else 1)
    tally = Tally()
    work = tempfile.mkdtemp(prefix="pusterum-clones-")
    try:
        origin = os.path.join(work, "origin")
        shutil.copytree(examples, origin, symlinks=True)
        shutil.rmtree(os.path.join(origin, ".pusterum", "cache"), ignore_errors=True)
        run(["git", "init", "-q", "-b", "main"], origin)
        run(["git", "add", "-A"], origin)
        run(["git", "commit", "-qm", "the example provider"], origin)
        clones = {}
        for name in ("a", "b"):
            clones[name] = os.path.join(work, name)
            run(["git", "clone", "-q", origin, clones[name]], work)
        referrals = sorted(os.path.join(examples, "referrals", n) for n in os.listdir(os.path.join(examples, "referrals")))
        # Each clone logs on its own days, so the two never log one person twice at once.
        free_days = [dt.date(2026, 1, 12) + dt.timedelta(days=i) for i in range(310)]  # active from 12 January
        rng.shuffle(free_days)
        amend_day = {"a": dt.date(2026, 4, 1), "b": dt.date(2026, 4, 1)}
        own_case = {"a": "2026-ZDSG3", "b": "2026-BKSGB"}
        plan_days = {"a": [dt.date(2026, 12, 1) + dt.timedelta(days=7 * i) for i in range(rounds)],   # Tuesdays
                     "b": [dt.date(2026, 12, 3) + dt.timedelta(days=7 * i) for i in range(rounds)]}   # Thursdays
        made_ids = set()
        expected_entries = 0
        for r in range(rounds):
            for name, tree in clones.items():
                p = lambda *args: run([binary, "--lang", "en", "-C", tree, *args], tree)
                taken = p("intake", "--file", rng.choice(referrals)).stdout.strip()
                tally(taken not in made_ids, "round %d: intake in %s made the ID %s twice" % (r, name, taken))
                made_ids.add(taken)
                day = free_days.pop()
                entry = p("log-hours", "FR23", "--date", day.isoformat(), "--start", "08:00", "--end", "10:00",
                          "--note", "runde %d %s" % (r, name)).stdout.strip()
                made_ids.add("entry " + entry)
                expected_entries += 1
                amend_day[name] += dt.timedelta(days=1)
                p("case", "amend", own_case[name], "--from", amend_day[name].isoformat(), "--quantity", str(rng.randint(3, 9)),
                  "--note", "runde %d" % r)
                visit = "EECGQR" if name == "a" else "VDKY52"
                if plan_days[name][r] <= dt.date(2026, 12, 31):
                    p("schedule", "FR23", "cancel", visit, "--date", plan_days[name][r].isoformat(), "--by", "family")
                run(["git", "add", "-A"], tree)
                run(["git", "commit", "-qm", "round %d in %s" % (r, name)], tree)
            # a pulls b (a real merge), then b pulls a (a fast-forward to the same tree).
            merged = run(["git", "pull", "-q", "--no-rebase", "--no-edit", clones["b"], "main"], clones["a"], check=False)
            tally(merged.returncode == 0, "round %d: merge in a: %s" % (r, merged.stdout + merged.stderr))
            if merged.returncode != 0:
                break
            ff = run(["git", "pull", "-q", "--no-rebase", "--no-edit", clones["a"], "main"], clones["b"], check=False)
            tally(ff.returncode == 0, "round %d: pull in b: %s" % (r, ff.stderr))
            tally(tree_files(clones["a"]) == tree_files(clones["b"]), "round %d: the clones differ after merging" % r)
            checked = run([binary, "--lang", "en", "-C", clones["a"], "check", "--format", "json"], clones["a"], check=False)
            report = json.loads(checked.stdout)
            tally(report["errors"] == 0, "round %d: check finds errors: %s" % (r, [f["message"] for f in report["findings"]][:3]))
        listed = json.loads(run([binary, "--lang", "en", "-C", clones["a"], "log-hours", "FR23", "--list", "--format", "json"], clones["a"]).stdout)
        notes = [e["note"] for e in listed["entries"] if e["note"].startswith("runde ")]
        tally(len(notes) == expected_entries, "the merged log holds %d of the %d entries logged in the clones" % (len(notes), expected_entries))
        cases = os.listdir(os.path.join(clones["a"], "cases"))
        intakes = [i for i in made_ids if not i.startswith("entry ")]
        tally(all(c in cases for c in intakes), "every case taken in on either side is in the merged tree")
        conflicts = run(["git", "grep", "-l", "^<<<<<<<"], clones["a"], check=False).stdout.strip()
        tally(conflicts == "", "no conflict markers: %s" % conflicts)
        print("%d rounds: %d intakes, %d hours entries, %d amendments and %d plan changes per clone merged"
              % (rounds, rounds, rounds, rounds, sum(1 for d in plan_days["a"] if d <= dt.date(2026, 12, 31))))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return tally.summary()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
