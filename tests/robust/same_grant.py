#!/usr/bin/python3
"""Two clones amend the SAME grant: the one conflict two coordinators cannot
avoid. Git must show it, and `pusterum check` must name it however the user
resolves it.

    tests/robust/same_grant.py PUSTERUM_BINARY EXAMPLES_DIR

Each scenario clones the example provider twice with git, runs `pusterum case
amend` on case 2026-ZDSG3 in both clones, commits, and merges b into a:

1. same --from, different quantities: git conflicts in case.yaml.
   a. markers left in the file: check names merge-conflict at the marker's line;
   b. "accept both" as an editor does it (git merge-file --union): one amendment
      with every key twice, named by schema at each repeated key;
   c. both kept as two amendments: check names amendment-conflict at the second
      one's quantity; deleting one makes check clean, and the merge reaches b.
2. same --from, same quantity and note: git merges without a conflict, one
   amendment, check clean.
3. different --from dates: git conflicts (both insert at the same place);
   accepting both in date order is two successive decisions and check is
   clean; in the other order check names grant-period.
4. the same day amended twice in one clone is refused by `case amend`
   (amendment-conflict, nothing written); a correction recorded a day later
   is accepted and check stays clean.
5. amendments on either side of an existing one merge without a conflict,
   and check is clean: git only stays out of the way when the changes are apart.

Also: no .gitattributes merge driver (union or other) applies to case or staff
files, so a real conflict stays visible. Last line "N passed, M failed".
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Tally, env  # noqa: E402
from two_clones import GIT  # noqa: E402

CASE = "2026-ZDSG3"
CASE_FILE = "cases/%s/case.yaml" % CASE


def run(args, cwd, today=None):
    e = env(**GIT)
    if today:
        e["PUSTERUM_TODAY"] = today
    return subprocess.run(args, cwd=cwd, env=e, capture_output=True, text=True, stdin=subprocess.DEVNULL,
                          timeout=120)


class Provider:
    """An origin repository of the examples and two clones of it."""

    def __init__(self, work, examples, binary, name):
        self.binary = binary
        self.origin = os.path.join(work, name, "origin")
        shutil.copytree(examples, self.origin, symlinks=True)
        shutil.rmtree(os.path.join(self.origin, ".pusterum", "cache"), ignore_errors=True)
        for args in (["git", "init", "-q", "-b", "main"], ["git", "add", "-A"], ["git", "commit", "-qm", "the example provider"]):
            assert run(args, self.origin).returncode == 0, args
        self.a, self.b = os.path.join(work, name, "a"), os.path.join(work, name, "b")
        for clone in (self.a, self.b):
            assert run(["git", "clone", "-q", self.origin, clone], work).returncode == 0

    def p(self, clone, *args, today=None):
        return run([self.binary, "--lang", "en", "-C", clone, *args], clone, today)

    def commit(self, clone, message):
        return run(["git", "commit", "-qam", message], clone).returncode == 0

    def merge_b_into_a(self):
        return run(["git", "pull", "--no-rebase", "--no-edit", self.b, "main"], self.a)

    def check(self, clone):
        """(exit status, findings of `check --format json`)"""
        done = self.p(clone, "check", "--format", "json")
        return done.returncode, json.loads(done.stdout)["findings"]

    def text(self, clone, path=CASE_FILE):
        with open(os.path.join(clone, path), encoding="utf-8") as f:
            return f.read()

    def write(self, clone, text, path=CASE_FILE):
        with open(os.path.join(clone, path), "w", encoding="utf-8") as f:
            f.write(text)

    def stage(self, n):
        """The case file as merge stage n: 1 the common base, 2 ours (a), 3 theirs (b)."""
        return run(["git", "show", ":%d:%s" % (n, CASE_FILE)], self.a).stdout


def union(ours, base, theirs, work):
    """What "accept both" makes of a conflict: ours, then theirs."""
    paths = []
    for name, text in (("ours", ours), ("base", base), ("theirs", theirs)):
        paths.append(os.path.join(work, name + ".yaml"))
        with open(paths[-1], "w", encoding="utf-8") as f:
            f.write(text)
    return subprocess.run(["git", "merge-file", "-p", "--union", *paths], capture_output=True, text=True).stdout


def amendment_items(text):
    """The lines of each amendment of the case file (the grant's amendments end the file)."""
    lines = text.splitlines(keepends=True)
    start = lines.index("  amendments:\n") + 1
    items = []
    for line in lines[start:]:
        if line.startswith("    - "):
            items.append([line])
        else:
            items[-1].append(line)
    return lines[:start], items


def line_of(text, pattern, nth=1):
    """The 1-based line of the nth line matching pattern."""
    hits = [i + 1 for i, line in enumerate(text.splitlines()) if re.search(pattern, line)]
    return hits[nth - 1] if len(hits) >= nth else None


def finding_at(findings, rule, line=None):
    return [f for f in findings if f["rule"] == rule and f["where"]["file"] == CASE_FILE
            and (line is None or f["where"]["line"] == line)]


def no_merge_driver(tally, clone, binary, work):
    """Hours logs, plans and the sent record merge by union; case and staff files do not."""
    staff = sorted(os.listdir(os.path.join(clone, "staff")))[0]
    for where, root in (("examples", clone), ("pusterum init", os.path.join(work, "init"))):
        if where == "pusterum init":
            run([binary, "init", root, "--git"], work)
        attrs = run(["git", "check-attr", "merge", "--", CASE_FILE, "staff/" + staff, "cases/%s/hours/2026-11.yaml" % CASE],
                    root).stdout.splitlines()
        values = dict(line.rsplit(": merge: ", 1) for line in attrs)
        tally(values.get(CASE_FILE) == "unspecified" and values.get("staff/" + staff) == "unspecified",
              "%s: case and staff files must use git's ordinary merge, so a conflict stays visible: %s" % (where, values))
        tally(values.get("cases/%s/hours/2026-11.yaml" % CASE) == "union", "%s: hours logs merge by union: %s" % (where, values))


def same_day_different_quantities(tally, pv, work):
    a1 = pv.p(pv.a, "case", "amend", CASE, "--from", "2026-06-01", "--quantity", "6", "--note", "Aftalt med Rasmus")
    b1 = pv.p(pv.b, "case", "amend", CASE, "--from", "2026-06-01", "--quantity", "7", "--note", "Kommunens afgørelse")
    tally(a1.returncode == 0 and b1.returncode == 0, "1: both clones amend: %s %s" % (a1.stderr, b1.stderr))
    pv.commit(pv.a, "a: 6 h from June")
    pv.commit(pv.b, "b: 7 h from June")
    merged = pv.merge_b_into_a()
    unmerged = run(["git", "diff", "--name-only", "--diff-filter=U"], pv.a).stdout.split()
    tally(merged.returncode != 0 and unmerged == [CASE_FILE],
          "1: git must stop at a conflict in %s, not merge silently (exit %d, unmerged %s)" % (CASE_FILE, merged.returncode, unmerged))

    # a. The markers left in the file.
    conflicted = pv.text(pv.a)
    marker = line_of(conflicted, r"^<<<<<<< ")
    status, findings = pv.check(pv.a)
    tally(status == 1 and marker and len(finding_at(findings, "merge-conflict", marker)) == 1,
          "1a: check names merge-conflict at %s:%s: exit %d, %s" % (CASE_FILE, marker, status, findings))
    shown = pv.p(pv.a, "case", "show", CASE)
    tally(shown.returncode != 0 and "%s:%d:1: error: a git merge conflict" % (CASE_FILE, marker) in shown.stderr
          and "[merge-conflict]" in shown.stderr, "1a: case show refuses the conflicted file and says why: %s" % shown.stderr)

    # b. "Accept both" as an editor does it: the two sides' lines one after the other.
    base, ours, theirs = pv.stage(1), pv.stage(2), pv.stage(3)
    both = union(ours, base, theirs, work)
    pv.write(pv.a, both)
    status, findings = pv.check(pv.a)
    twice = [f for f in finding_at(findings, "schema") if "the key appears twice" in f["message"]]
    tally(status == 1 and [f["where"]["line"] for f in twice] == [line_of(both, r"^      quantity: ", 2), line_of(both, r"^      note: ", 2)],
          "1b: check names each repeated key of the one amendment: exit %d, %s" % (status, findings))

    # c. Both kept as two amendments: the file is valid, and says nothing about which holds.
    head, ours_items = amendment_items(ours)
    _, theirs_items = amendment_items(theirs)
    kept = "".join(head) + "".join(sum(ours_items + theirs_items, []))
    pv.write(pv.a, kept)
    status, findings = pv.check(pv.a)
    second = line_of(kept, r"^      quantity: 7$")
    named = finding_at(findings, "amendment-conflict", second)
    tally(status == 1 and len(findings) == 1 and len(named) == 1 and named[0]["severity"] == "error"
          and "from 2026-06-01" in named[0]["message"] and "quantity: 6 and 7" in named[0]["message"]
          and "delete the other" in named[0]["hint"],
          "1c: check names amendment-conflict at %s:%s: exit %d, %s" % (CASE_FILE, second, status, findings))
    text_check = pv.p(pv.a, "check")
    tally(text_check.returncode == 1 and
          text_check.stdout.startswith("%s:%d:17: error: grant.amendments[0] and [1] both apply from 2026-06-01 and disagree on "
                                       "quantity: 6 and 7" % (CASE_FILE, second))
          and "[amendment-conflict]" in text_check.stdout, "1c: the text output: %s" % text_check.stdout)
    refused = pv.p(pv.a, "case", "amend", CASE, "--from", "2026-09-01", "--quantity", "5")
    tally(refused.returncode == 1 and "[amendment-conflict]" in refused.stderr and pv.text(pv.a) == kept,
          "1c: a further amendment is refused until the conflict is settled: %s" % refused.stderr)
    # Settled: the municipality decided 7 h; the other amendment is deleted.
    pv.write(pv.a, "".join(head) + "".join(theirs_items[0]))
    status, findings = pv.check(pv.a)
    tally(status == 0 and findings == [], "1c: check is clean once one amendment is deleted: %s" % findings)
    run(["git", "add", CASE_FILE], pv.a)
    tally(run(["git", "commit", "-qm", "merge: 7 h from June, as decided"], pv.a).returncode == 0, "1: the resolved merge commits")
    pulled = run(["git", "pull", "-q", "--no-rebase", "--no-edit", pv.a, "main"], pv.b)
    tally(pulled.returncode == 0 and pv.text(pv.b) == pv.text(pv.a) and pv.check(pv.b)[0] == 0,
          "1: b takes the resolution without a conflict: %s" % pulled.stderr)


def same_day_same_change(tally, pv):
    for clone in (pv.a, pv.b):
        pv.p(clone, "case", "amend", CASE, "--from", "2026-06-01", "--quantity", "6", "--note", "Kommunens afgørelse")
        pv.commit(clone, "6 h from June")
    merged = pv.merge_b_into_a()
    status, findings = pv.check(pv.a)
    tally(merged.returncode == 0 and pv.text(pv.a).count("    - from: 2026-06-01") == 1 and status == 0,
          "2: the same amendment on both sides merges into one: exit %d, %s %s" % (merged.returncode, merged.stdout, findings))


def different_days(tally, pv, work):
    pv.p(pv.a, "case", "amend", CASE, "--from", "2026-06-01", "--quantity", "6")
    pv.p(pv.b, "case", "amend", CASE, "--from", "2026-07-01", "--quantity", "7")
    pv.commit(pv.a, "6 h from June")
    pv.commit(pv.b, "7 h from July")
    merged = pv.merge_b_into_a()
    tally(merged.returncode != 0 and "CONFLICT" in merged.stdout, "3: both insert at the same place: git conflicts")
    base, ours, theirs = pv.stage(1), pv.stage(2), pv.stage(3)
    pv.write(pv.a, union(ours, base, theirs, work))
    status, findings = pv.check(pv.a)
    shown = pv.p(pv.a, "case", "show", CASE).stdout
    tally(status == 0 and "from 2026-06-01: 6 h/week" in shown and "from 2026-07-01: 7 h/week" in shown,
          "3: accepted in date order, two successive amendments are valid: %s" % findings)
    swapped = union(theirs, base, ours, work)
    pv.write(pv.a, swapped)
    status, findings = pv.check(pv.a)
    tally(status == 1 and len(finding_at(findings, "grant-period", line_of(swapped, r"^    - from: 2026-06-01"))) == 1,
          "3: accepted in the wrong order, check names grant-period: %s" % findings)


def one_clone(tally, pv):
    pv.p(pv.a, "case", "amend", CASE, "--from", "2026-06-01", "--quantity", "6")
    before = pv.text(pv.a)
    again = pv.p(pv.a, "case", "amend", CASE, "--from", "2026-06-01", "--quantity", "7")
    tally(again.returncode == 1 and again.stderr.startswith("--quantity: error: grant.amendments[0] and [1] both apply from 2026-06-01")
          and "[amendment-conflict]" in again.stderr and pv.text(pv.a) == before,
          "4: a second amendment from the same day, recorded the same day, is refused: %s" % again.stderr)
    later = pv.p(pv.a, "case", "amend", CASE, "--from", "2026-06-01", "--quantity", "7", today="2026-11-23")
    status, findings = pv.check(pv.a)
    tally(later.returncode == 0 and status == 0, "4: a correction recorded a day later is accepted: %s %s" % (later.stderr, findings))


def apart(tally, pv):
    pv.p(pv.a, "case", "amend", CASE, "--from", "2026-09-01", "--quantity", "5")
    pv.commit(pv.a, "5 h from September")
    tally(run(["git", "pull", "-q", "--no-rebase", "--no-edit", pv.a, "main"], pv.b).returncode == 0, "5: b takes a's first amendment")
    pv.p(pv.a, "case", "amend", CASE, "--from", "2026-06-01", "--quantity", "6")
    pv.p(pv.b, "case", "amend", CASE, "--from", "2026-12-01", "--quantity", "7")
    pv.commit(pv.a, "6 h from June")
    pv.commit(pv.b, "7 h from December")
    merged = pv.merge_b_into_a()
    status, findings = pv.check(pv.a)
    froms = re.findall(r"^    - from: (\S+)", pv.text(pv.a), re.M)
    tally(merged.returncode == 0 and froms == ["2026-06-01", "2026-09-01", "2026-12-01"] and status == 0,
          "5: amendments apart merge cleanly and in date order: exit %d, %s, %s" % (merged.returncode, froms, findings))


def main(argv):
    binary, examples = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    tally = Tally()
    work = tempfile.mkdtemp(prefix="pusterum-same-grant-")
    try:
        pv = Provider(work, examples, binary, "attrs")
        no_merge_driver(tally, pv.a, binary, work)
        same_day_different_quantities(tally, Provider(work, examples, binary, "s1"), work)
        same_day_same_change(tally, Provider(work, examples, binary, "s2"))
        different_days(tally, Provider(work, examples, binary, "s3"), work)
        one_clone(tally, Provider(work, examples, binary, "s4"))
        apart(tally, Provider(work, examples, binary, "s5"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return tally.summary()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
