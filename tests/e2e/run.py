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

With --autocommit the copy is first a git repository, all committed, whose
pusterum.yaml has git.autocommit on ($EXAMPLES too, so a file restored from
it keeps it on): every writing command also commits. The expected output is
the same. In addition, each `pusterum` that exits 0 must leave no file it
wrote under cases/, staff/ or pusterum.yaml uncommitted: `pusterum` is then
a wrapper that compares `git status` before and after the real binary, so
files the test dirtied with shell commands are told apart from pusterum's.
A file whose first line starts with MODE_MARKER sets up git itself and is
skipped in this mode (exit 77 when every file given was skipped). A command
that runs longer than --timeout seconds is killed and fails.

    run.py --pusterum BUILD/pusterum [--update] [--autocommit] [--timeout S] FILE.t...
"""
import argparse
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

INDENT = "  "
MODE_MARKER = "# e2e: no-autocommit-mode"
SKIPPED = 77  # every file given was skipped (CTest's SKIP_RETURN_CODE)

# The `pusterum` of --autocommit mode: runs the real binary and, when it
# exits 0, appends to $E2E_UNCOMMITTED_LOG each path under cases/, staff/ or
# pusterum.yaml that it left dirty (dirty afterwards, and not dirty with the
# same content before). Paths a shell command dirtied before stay out.
WRAPPER = r"""#!/usr/bin/python3 -S
import hashlib, os, subprocess, sys
tree = os.environ["E2E_TREE"]

def dirty():
    try:
        st = subprocess.run(["git", "-C", tree, "status", "--porcelain", "-z", "-uall", "--no-renames"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    except OSError:
        return None  # no git on this PATH: pusterum cannot commit either, and says so
    if st.returncode != 0:
        return None  # not a repository (any more): nothing to check
    paths = {}
    for entry in st.stdout.split(b"\0"):
        path = entry[3:].decode("utf-8", "replace")
        if not (path.startswith(("cases/", "staff/")) or path == "pusterum.yaml"):
            continue
        try:
            with open(os.path.join(tree, path), "rb") as f:
                paths[path] = hashlib.sha256(f.read()).hexdigest()
        except OSError:
            paths[path] = "(gone)"
    return paths

before = dirty()
code = subprocess.run(["pusterum"] + sys.argv[1:], executable=os.environ["E2E_PUSTERUM"]).returncode
after = dirty() if before is not None and code == 0 else None
left = sorted(p for p, h in (after or {}).items() if before.get(p) != h)
if left:
    with open(os.environ["E2E_UNCOMMITTED_LOG"], "a", encoding="utf-8") as log:
        log.write("pusterum " + " ".join(sys.argv[1:]) + ": left uncommitted: " + ", ".join(left) + "\n")
sys.exit(code if code >= 0 else 128 - code)
"""


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
            if os.path.islink(os.path.join(dirpath, name)):
                continue  # a test's link (symlinks.t) may dangle; pusterum reads none
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


def kept_lines(expected, actual, made):
    """--update: each expected line that still matches its actual line stays
    as written (a hand-made pattern for a time stamp survives a change
    elsewhere in the block); the others are the actual lines."""
    if len(expected) != len(actual):
        return [as_pattern(l, made) for l in actual]
    return [e if matches([e], [a]) else as_pattern(a, made) for e, a in zip(expected, actual)]


AUTOCOMMIT_LINE = "git: {autocommit: true}"


def with_autocommit(examples, work):
    """A copy of examples/ whose pusterum.yaml has git.autocommit on. The
    setting takes the place of the first blank line, so every line keeps
    its number (messages name pusterum.yaml:LINE:COL) and lines a test
    appends stay in the last block. $EXAMPLES is this copy, so a test that
    restores pusterum.yaml from it keeps autocommit on."""
    copy = os.path.join(work, "examples")
    shutil.copytree(examples, copy, symlinks=True, ignore=machine_state)
    path = os.path.join(copy, "pusterum.yaml")
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    lines[lines.index("")] = AUTOCOMMIT_LINE
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    return copy


def make_repository(tree):
    """The copy as a user's git repository, all committed."""
    def git(*args):
        subprocess.run(["git", "-C", tree] + list(args), check=True, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL)
    git("init", "-q", "-b", "main")
    # The identity pusterum's commits are made with: $HOME is a scratch folder.
    git("config", "user.name", "E2E Runner")
    git("config", "user.email", "e2e@example.invalid")
    git("add", "-A")
    git("commit", "-qm", "examples")


def run_command(command, tree, env, timeout):
    """Run one command in its own process group, so that a hang is killed
    with all it started: (returncode, output), returncode None on a timeout."""
    proc = subprocess.Popen(["bash", "-c", command], cwd=tree, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        out, _ = proc.communicate(timeout=timeout)
        return proc.returncode, out
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        return None, out


def run_file(path, pusterum, examples, update, autocommit=False, timeout=120):
    blocks, trailing = parse(path)
    work = tempfile.mkdtemp(prefix="pusterum-e2e-")
    tree = os.path.join(work, "tree")
    known = ids_in(examples)
    if autocommit:
        examples = with_autocommit(examples, work)
    shutil.copytree(examples, tree, symlinks=True, ignore=machine_state)
    bindir = os.path.join(work, "bin")
    os.mkdir(bindir)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PUSTERUM_")}
    env.update(PATH=bindir + os.pathsep + env.get("PATH", "/usr/bin:/bin"), PUSTERUM_TODAY="2026-11-22",
               NO_COLOR="1", LC_ALL="C.UTF-8", HOME=work, EXAMPLES=os.path.abspath(examples))
    uncommitted_log = os.path.join(work, "uncommitted.log")
    if autocommit:
        make_repository(tree)
        with open(os.path.join(bindir, "pusterum"), "w", encoding="utf-8") as f:
            f.write(WRAPPER)
        os.chmod(os.path.join(bindir, "pusterum"), 0o755)
        env.update(E2E_TREE=tree, E2E_PUSTERUM=os.path.abspath(pusterum), E2E_UNCOMMITTED_LOG=uncommitted_log)
    else:
        os.symlink(os.path.abspath(pusterum), os.path.join(bindir, "pusterum"))
    failures, out_lines = [], []
    made = set()
    for comments, command, expected, code in blocks:
        before = tree_digest(tree)
        returncode, stdout = run_command(command, tree, env, timeout)
        actual = stdout.decode("utf-8", "replace").split("\n")
        if actual and actual[-1] == "":
            actual.pop()
        if returncode is None:
            failures.append((command, expected, code, actual + [f"(killed: still running after {timeout} s)"], 0))
            returncode = -9
        elif not matches(expected, actual) or returncode != code:
            failures.append((command, expected, code, actual, returncode))
        if returncode != 0 and tree_digest(tree) != before and "# may-change" not in "\n".join(comments):
            failures.append((command, ["(the tree must stay unchanged after a failed command)"], 0, ["(files changed)"], 0))
        if os.path.exists(uncommitted_log):
            with open(uncommitted_log, encoding="utf-8") as f:
                left = f.read().splitlines()
            os.remove(uncommitted_log)
            failures.append((command, ["(git.autocommit: every file pusterum wrote is committed)"], 0, left, 0))
        out_lines.extend(comments)
        out_lines.append(INDENT + "$ " + command.replace("\n", "\n" + INDENT + "> "))
        # Keep regex lines that still match when updating.
        made = made | (ids_in(tree) - known)
        # A planned visit that was refused is named (ID@date) but never written.
        made = made | (set(re.findall(r"\b(" + ENTRY_ID + r")@[0-9]{4}-", "\n".join(actual))) - known)
        keep = expected if matches(expected, actual) else kept_lines(expected, actual, made)
        out_lines.extend(INDENT + l if l else "" for l in keep)
        if returncode != 0:
            out_lines.append(INDENT + f"[{returncode}]")
    out_lines.extend(trailing)
    shutil.rmtree(work, ignore_errors=True)
    if update:
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(out_lines) + "\n")
        return []
    return failures


def skips_autocommit_mode(path):
    with open(path, encoding="utf-8") as f:
        return f.readline().startswith(MODE_MARKER)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pusterum", required=True)
    ap.add_argument("--examples", default=os.path.join(os.path.dirname(__file__), "..", "..", "examples"))
    ap.add_argument("--update", action="store_true", help="rewrite the expected output from what the commands print")
    ap.add_argument("--autocommit", action="store_true",
                    help="run in a git repository with git.autocommit on; check each change is committed")
    ap.add_argument("--timeout", type=float, default=120, help="seconds a command may run before it fails")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    if args.autocommit and args.update:
        ap.error("--update rewrites the one expected output: run it without --autocommit")
    passed = failed = skipped = 0
    for path in args.files:
        if args.autocommit and skips_autocommit_mode(path):
            skipped += 1
            print(f"skip {path}: {MODE_MARKER}")
            continue
        failures = run_file(path, args.pusterum, args.examples, args.update, args.autocommit, args.timeout)
        if failures:
            failed += 1
            print(f"FAIL {path}")
            for command, expected, code, actual, got in failures:
                print(f"  $ {command}")
                print("  expected:" + "".join(f"\n    {l}" for l in expected) + (f"\n    [{code}]" if code else ""))
                print("  actual:" + "".join(f"\n    {l}" for l in actual) + (f"\n    [{got}]" if got else ""))
        else:
            passed += 1
    print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
    if failed:
        return 1
    return SKIPPED if skipped and not passed else 0


if __name__ == "__main__":
    sys.exit(main())
