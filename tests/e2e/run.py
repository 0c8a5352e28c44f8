#!/usr/bin/python3
"""End-to-end tests: run the built pusterum on a fresh copy of examples/.

A test file (tests/e2e/cases/*.t) holds commands and the output they must
print, in the style of cram:

    # what this shows
      $ pusterum case list --status closed
      ID  ...
      [1]                         <- the exit code, when it is not 0

Output is stdout and stderr together. An expected line ending in " (re)"
is a regular expression. Every command runs in bash in a fresh copy of
examples/ with PUSTERUM_TODAY=2026-11-22 and NO_COLOR=1; `pusterum` is the
binary under test. After every command that exits non-zero the runner also
checks that no file of the tree changed: refused input never touches disk.

    run.py --pusterum BUILD/pusterum [--update] FILE.t...
"""
import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile

INDENT = "  "


def parse(path):
    """Yield (comment_lines, command, expected_lines, expected_exit)."""
    blocks, comments, command, expected = [], [], None, []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()

    def close():
        nonlocal command, expected, comments
        if command is None:
            return
        blanks = []  # blank lines after the output separate it from the next comment
        while expected and expected[-1] == "":
            blanks.append(expected.pop())
        code = 0
        if expected and re.fullmatch(r"\[\d+\]", expected[-1]):
            code = int(expected.pop()[1:-1])
        blocks.append((comments, command, expected, code))
        command, expected, comments = None, [], blanks

    for line in lines:
        if line.startswith(INDENT + "$ "):
            close()
            command = line[len(INDENT) + 2:]
        elif line.startswith(INDENT + "> ") and command is not None and not expected:
            command += "\n" + line[len(INDENT) + 2:]
        elif line.startswith(INDENT) and command is not None:
            expected.append(line[len(INDENT):])
        elif line == "" and command is not None:
            expected.append("")
        else:
            close()
            comments.append(line)
    close()
    trailing = comments
    return blocks, trailing


def machine_state(folder, names):
    """What running pusterum in examples/ leaves on this machine (the access
    log, the read cache, the lock): not part of the example provider."""
    return [n for n in names if n in ("access", "cache", "lock")] if os.path.basename(folder) == ".pusterum" else []


def tree_digest(root):
    h = hashlib.sha256()
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        if ".git" in dirnames:
            dirnames.remove(".git")
        if os.path.basename(dirpath) == ".pusterum" and "cache" in dirnames:
            dirnames.remove("cache")  # rebuildable from the files, and may be refreshed by any command
        if os.path.basename(dirpath) == ".pusterum" and "access" in dirnames:
            # The access log: a refused command still read the case, so it
            # appends its line there by design; the case files stay unchanged.
            dirnames.remove("access")
        for name in sorted(filenames):
            p = os.path.join(dirpath, name)
            if name == "lock" and os.path.basename(dirpath) == ".pusterum":
                continue  # the lock file may be created by a refused write
            h.update(os.path.relpath(p, root).encode())
            if os.path.islink(p):
                h.update(os.readlink(p).encode())
            else:
                with open(p, "rb") as f:
                    h.update(f.read())
                h.update(oct(os.stat(p).st_mode).encode())
    return h.hexdigest()


def matches(expected, actual):
    if len(expected) != len(actual):
        return False
    for e, a in zip(expected, actual):
        if e.endswith(" (re)"):
            if not re.fullmatch(e[:-5], a):
                return False
        elif e != a:
            return False
    return True


CASE_ID = r"[0-9]{4}-[0-9A-HJKMNP-TV-Z]{5}"
ENTRY_ID = r"[0-9A-HJKMNP-TV-Z]{6}"


def ids_in(tree):
    """The case, hours entry and planned visit IDs a tree holds."""
    cases = os.path.join(tree, "cases")
    ids = {c for c in os.listdir(cases) if os.path.isfile(os.path.join(cases, c, "case.yaml"))} if os.path.isdir(cases) else set()
    for dirpath, _, filenames in os.walk(cases):
        for name in filenames:
            if os.path.basename(dirpath) == "hours" or name == "schedule.yaml":
                with open(os.path.join(dirpath, name), encoding="utf-8") as f:
                    ids.update(re.findall(r'\bid: "?(' + ENTRY_ID + ')', f.read()))
    return ids


def as_pattern(line, made):
    """A line with case or entry IDs that pusterum made up in this run becomes
    a regular expression; other text that looks like an ID stays as it is."""
    token = r"\b(?:" + CASE_ID + "|" + ENTRY_ID + r")\b"
    new_ids = set(re.findall(token, line)) & made
    if not new_ids:
        return line
    parts = re.split("(" + token + ")", line)
    pattern = lambda p: CASE_ID if re.fullmatch(CASE_ID, p) else ENTRY_ID
    escaped = "".join(pattern(p) if p in new_ids else re.sub(r"([.^$*+?{}\[\]\\|()])", r"\\\1", p) for p in parts)
    return escaped + " (re)"


def run_file(path, pusterum, examples, update):
    blocks, trailing = parse(path)
    work = tempfile.mkdtemp(prefix="pusterum-e2e-")
    tree = os.path.join(work, "tree")
    shutil.copytree(examples, tree, symlinks=True, ignore=machine_state)
    bindir = os.path.join(work, "bin")
    os.mkdir(bindir)
    os.symlink(os.path.abspath(pusterum), os.path.join(bindir, "pusterum"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("PUSTERUM_")}
    env.update(PATH=bindir + os.pathsep + env.get("PATH", "/usr/bin:/bin"), PUSTERUM_TODAY="2026-11-22",
               NO_COLOR="1", LC_ALL="C.UTF-8", HOME=work, EXAMPLES=os.path.abspath(examples))
    failures, out_lines = [], []
    known = ids_in(examples)
    made = set()
    for comments, command, expected, code in blocks:
        before = tree_digest(tree)
        proc = subprocess.run(["bash", "-c", command], cwd=tree, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, timeout=120)
        actual = proc.stdout.decode("utf-8", "replace").split("\n")
        if actual and actual[-1] == "":
            actual.pop()
        if not matches(expected, actual) or proc.returncode != code:
            failures.append((command, expected, code, actual, proc.returncode))
        if proc.returncode != 0 and tree_digest(tree) != before and "# may-change" not in "\n".join(comments):
            failures.append((command, ["(the tree must stay unchanged after a failed command)"], 0, ["(files changed)"], 0))
        out_lines.extend(comments)
        out_lines.append(INDENT + "$ " + command.replace("\n", "\n" + INDENT + "> "))
        # Keep regex lines that still match when updating.
        made = made | (ids_in(tree) - known)
        # A planned visit that was refused is named (ID@date) but never written.
        made = made | (set(re.findall(r"\b(" + ENTRY_ID + r")@[0-9]{4}-", "\n".join(actual))) - known)
        keep = expected if matches(expected, actual) else [as_pattern(l, made) for l in actual]
        out_lines.extend(INDENT + l if l else "" for l in keep)
        if proc.returncode != 0:
            out_lines.append(INDENT + f"[{proc.returncode}]")
    out_lines.extend(trailing)
    shutil.rmtree(work, ignore_errors=True)
    if update:
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(out_lines) + "\n")
        return []
    return failures


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pusterum", required=True)
    ap.add_argument("--examples", default=os.path.join(os.path.dirname(__file__), "..", "..", "examples"))
    ap.add_argument("--update", action="store_true", help="rewrite the expected output from what the commands print")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    passed = failed = 0
    for path in args.files:
        failures = run_file(path, args.pusterum, args.examples, args.update)
        if failures:
            failed += 1
            print(f"FAIL {path}")
            for command, expected, code, actual, got in failures:
                print(f"  $ {command}")
                print("  expected:" + "".join(f"\n    {l}" for l in expected) + (f"\n    [{code}]" if code else ""))
                print("  actual:" + "".join(f"\n    {l}" for l in actual) + (f"\n    [{got}]" if got else ""))
        else:
            passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
