#!/usr/bin/python3
"""Fill the disk under pusterum while it writes a change of several files,
and check that the change is all there or not there at all.

    tests/robust/full_disk.py PUSTERUM_BINARY EXAMPLES_DIR [ROUNDS]

Needs root (it mounts a small tmpfs); exits 77 (skipped) when it cannot.
Each round copies examples/ onto a fresh 4 MiB tmpfs, fills it up to leave
0..ROUNDS pages free, then moves a visit to another month with
`log-hours --correct` (correction and void in two files) or imports a sheet
with rows in two months. Afterwards, with the space freed: a failed command
printed one line and left the tree as it was, a successful one left all of
its entries, and `check` is clean. Last line "N passed, M failed".
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Tally, env  # noqa: E402

PAGE = 4096


def main(argv):
    binary, examples = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    rounds = int(argv[3]) if len(argv) > 3 else 40
    mnt = tempfile.mkdtemp(prefix="pusterum-full-")
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mnt], capture_output=True).returncode != 0:
        print("cannot mount a tmpfs (not root?): skipped")
        os.rmdir(mnt)
        return 77
    tally = Tally()
    refused = done = 0
    try:
        for i in range(rounds):
            for name in os.listdir(mnt):
                shutil.rmtree(os.path.join(mnt, name), ignore_errors=True)
            tree = os.path.join(mnt, "tree")
            shutil.copytree(examples, tree, symlinks=True)
            what = "import" if i % 2 else "moved-correction"
            sheet = os.path.join(mnt, "sheet.csv")
            with open(sheet, "w") as f:
                f.write("date,start,end,note\n2026-10-13,05:00,05:30,full %d\n2026-11-10,05:00,05:30,full %d\n" % (i, i))
            args = (["log-hours", "FR23", "--import", sheet] if what == "import"
                    else ["log-hours", "FR23", "--correct", "3PJZG6", "--date", "2026-11-04", "--reason", "full %d" % i])
            filler = os.path.join(mnt, "filler")
            fd = os.open(filler, os.O_WRONLY | os.O_CREAT)  # fill the disk, then give back (i // 2) pages
            try:
                while True:
                    os.write(fd, b"\0" * PAGE)
            except OSError:
                pass
            os.close(fd)
            os.truncate(filler, max(0, os.path.getsize(filler) - (i // 2) * PAGE))
            ran = subprocess.run([binary, "--lang", "en", "-C", tree, *args], env=env(), capture_output=True, text=True, stdin=subprocess.DEVNULL)
            os.unlink(filler)
            listed = subprocess.run([binary, "--lang", "en", "-C", tree, "log-hours", "FR23", "--list", "--all", "--format", "json"], env=env(),
                                    capture_output=True, text=True)
            entries = json.loads(listed.stdout)["entries"]
            if what == "import":
                count = len([e for e in entries if e.get("note") == "full %d" % i])
                whole = count in (0, 2)
                present = count == 2
            else:
                corrections = len([e for e in entries if e.get("corrects") == "3PJZG6"])
                whole = corrections == len([e for e in entries if e.get("voids") == "3PJZG6"])
                present = corrections == 1
            tally(whole, "round %d (%s, %d pages free): half applied" % (i, what, i // 2))
            tally(present == (ran.returncode == 0), "round %d (%s): exit %d but applied=%s: %s" % (i, what, ran.returncode, present, ran.stderr))
            if ran.returncode != 0:
                refused += 1
                lines = [l for l in ran.stderr.splitlines() if "error" in l]
                tally(len(lines) == 1 and "No space left" in ran.stderr, "round %d: not one clear line: %r" % (i, ran.stderr))
            else:
                done += 1
            checked = subprocess.run([binary, "--lang", "en", "-C", tree, "check", "--format", "json"], env=env(), capture_output=True, text=True)
            report = json.loads(checked.stdout) if checked.stdout.startswith("{") else {"errors": -1}
            tally(report["errors"] == 0, "round %d (%s): check: %s" % (i, what, checked.stdout[:300]))
    finally:
        subprocess.run(["umount", mnt])
        os.rmdir(mnt)
    print("%d rounds on a full disk: %d refused, %d done" % (rounds, refused, done))
    return tally.summary()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
