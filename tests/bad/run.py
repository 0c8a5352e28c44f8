#!/usr/bin/python3
"""The bad-input corpus: broken files and wrong command lines, each refused
with its one message, a non-zero exit and no file of the tree changed.

Every case is one small file, tests/bad/<area>/<name>.bad:

    # What is broken, and why pusterum must refuse it.
    $ pusterum staff show ida
    staff/ida-lauridsen.yaml:10:12: error: not valid YAML: end of map not found; ... [yaml]
    [3]
    ~~ staff/ida-lauridsen.yaml
    4: name: "Ida Lauridsen

- '#' lines: comments.
- '$ COMMAND': run by bash in a copy of examples/ without .pusterum/cache,
  access and lock (as tests/e2e/run.py copies it), with `pusterum` on the
  PATH, PUSTERUM_TODAY=2026-11-22, NO_COLOR=1 and $EXAMPLES. Each worker
  keeps one copy and puts back what a case changed, checked by its hash.
- The lines after it: what the command prints on stderr, line by line, and
  'stdout: TEXT' for each line it prints on stdout (none given: stdout must be
  empty, so nothing pretends success). A line ending in ' (re)' is a regular
  expression (for temporary paths and made-up IDs).
- '[N]': the exit code, never 0.
- The broken input, applied to the copy before the command runs:
  '== PATH'  the whole file, byte for byte: every byte after the header line
             up to the next '== '/'~~ '/'-- ' header, or to the end of this
             file (so a last file without a final newline, with tabs or with
             bytes that are not UTF-8 is stored as it is).
  '~~ PATH'  line edits of the copy of examples/PATH, line numbers of the
             original: 'N: TEXT' replaces line N, 'N+: TEXT' adds a line
             after line N (0+ before the first, '$+' after the last), 'N-'
             deletes line N.
  '-- PATH'  removes the file.

For every case the runner checks the exit code, stderr and stdout, that no
CPR-shaped number is printed, that a message about a broken file names its
line and column, and that the tree hashes the same before and after the
command (paths, modes and contents of files and folders; the access log,
the read cache and the lock may change, as in tests/e2e/run.py). It prints
one line per failure, then "N bad inputs: N passed, 0 failed".

    run.py --pusterum BUILD/pusterum [--examples DIR] [-j N] [--show] [--update] [CASE.bad|DIR ...]

--show prints what each command printed. --update rewrites the expected
output and exit code of the cases given from what the commands print, to
write a new case or after an intended change: review the diff.
"""
import argparse
import concurrent.futures
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "e2e"))
from run import matches  # noqa: E402  (the e2e scenarios' line matching, " (re)" and all)
HEADER = re.compile(rb"^(==|~~|--) (\S.*)$")
CPR = re.compile(r"(?<![0-9])([0-9]{2})([0-9]{2})[0-9]{2}[- ]?[0-9]{4}(?![0-9])")  # DDMMYY-SSSS, as privacy/cpr.cpp


MACHINE_STATE = ("access", "cache", "lock")  # what a run leaves in .pusterum/, as in tests/e2e/run.py


def holds_cpr(line):
    return any(1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12 for m in CPR.finditer(line))


class CaseError(Exception):
    pass


def split_lines(data):
    """Lines of bytes, each with its b'\\n' (the last one maybe without)."""
    lines = data.split(b"\n")
    out = [l + b"\n" for l in lines[:-1]]
    if lines[-1]:
        out.append(lines[-1])
    return out


def parse(path):
    with open(path, "rb") as f:
        lines = split_lines(f.read())
    case = {"path": path, "comments": [], "command": None, "stderr": [], "stdout": [], "exit": None, "sections": []}
    i = 0
    while i < len(lines) and not HEADER.match(lines[i].rstrip(b"\n")):
        text = lines[i].decode("utf-8").rstrip("\n")
        i += 1
        if case["exit"] is not None:
            if text.strip():
                raise CaseError(f"unexpected line after the exit code: {text!r}")
        elif text.startswith("$ "):
            if case["command"] is not None:
                raise CaseError("one command per case")
            case["command"] = text[2:]
        elif case["command"] is None:
            if text and not text.startswith("#"):
                raise CaseError(f"a comment line must start with '#': {text!r}")
            case["comments"].append(text)
        elif re.fullmatch(r"\[[0-9]+\]", text):
            case["exit"] = int(text[1:-1])
        elif text.startswith("stdout: ") or text == "stdout:":
            case["stdout"].append(text[len("stdout: "):])
        else:
            case["stderr"].append(text)
    if case["command"] is None:
        raise CaseError("no '$ COMMAND' line")
    if case["exit"] is None or case["exit"] == 0:
        raise CaseError("no '[N]' line with a non-zero exit code after the expected output")
    while i < len(lines):
        kind, target = HEADER.match(lines[i].rstrip(b"\n")).groups()
        target = target.decode("utf-8")
        if target.startswith("/") or ".." in target.split("/"):
            raise CaseError(f"{target}: a path inside the tree, please")
        i += 1
        body = []
        while i < len(lines) and not HEADER.match(lines[i].rstrip(b"\n")):
            body.append(lines[i])
            i += 1
        case["sections"].append((kind.decode(), target, body))
    return case


def apply_edits(original, body, target):
    lines = split_lines(original)
    if lines and not lines[-1].endswith(b"\n"):
        lines[-1] += b"\n"
    replace, delete, insert = {}, set(), {}
    for raw in body:
        edit = raw.rstrip(b"\n")
        if not edit.strip():
            continue
        m = re.match(rb"^(\$|[0-9]+)(\+?)(?:: (.*)|:|(-))$", edit)
        if not m:
            raise CaseError(f"~~ {target}: not an edit: {edit!r}")
        where, plus, text, minus = m.groups()
        n = len(lines) if where == b"$" else int(where)
        if n > len(lines) or (n == 0 and not plus):
            raise CaseError(f"~~ {target}: line {where.decode()} is not in the file ({len(lines)} lines)")
        if plus:
            insert.setdefault(n, []).append((text or b"") + b"\n")
        elif minus:
            delete.add(n)
        else:
            if (text or b"") + b"\n" == lines[n - 1]:
                raise CaseError(f"~~ {target}: line {n} is the same as in examples/")
            replace[n] = (text or b"") + b"\n"
    out = insert.get(0, [])
    for n, line in enumerate(lines, 1):
        if n not in delete:
            out.append(replace.get(n, line))
        out.extend(insert.get(n, []))
    return b"".join(out)


def apply(case, tree):
    for kind, target, body in case["sections"]:
        p = os.path.join(tree, target)
        if kind == "==":
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "wb") as f:
                f.write(b"".join(body))
        elif kind == "~~":
            if not os.path.isfile(p):
                raise CaseError(f"~~ {target}: no such file in examples/")
            with open(p, "rb") as f:
                data = apply_edits(f.read(), body, target)
            with open(p, "wb") as f:
                f.write(data)
        else:
            if not os.path.lexists(p):
                raise CaseError(f"-- {target}: no such file in examples/")
            shutil.rmtree(p) if os.path.isdir(p) and not os.path.islink(p) else os.remove(p)


def machine_state(folder, names):
    return [n for n in names if n in MACHINE_STATE] if os.path.basename(folder) == ".pusterum" else []


def tree_digest(root):
    """Every path, its mode and its content (a link's target), except what
    tests/e2e/run.py's unchanged-tree check also leaves out."""
    h = hashlib.sha256()
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        if ".git" in dirnames:
            dirnames.remove(".git")
        for skipped in machine_state(dirpath, list(dirnames)):
            dirnames.remove(skipped)
        rel = os.path.relpath(dirpath, root)
        h.update(b"D\0" + rel.encode() + b"\0" + oct(os.lstat(dirpath).st_mode).encode() + b"\0")
        for name in sorted(filenames) + sorted(d for d in dirnames if os.path.islink(os.path.join(dirpath, d))):
            p = os.path.join(dirpath, name)
            if name == "lock" and os.path.basename(dirpath) == ".pusterum":
                continue
            st = os.lstat(p)
            h.update(b"F\0" + os.path.relpath(p, root).encode() + b"\0" + oct(st.st_mode).encode() + b"\0")
            if os.path.islink(p):
                h.update(os.readlink(p).encode())
            else:
                with open(p, "rb") as f:
                    data = f.read()
                h.update(str(len(data)).encode() + b"\0" + data)
    return h.hexdigest()


def difference(expected, actual):
    """The first line that differs, in one line."""
    for n, (e, a) in enumerate(zip(expected, actual), 1):
        if not matches([e], [a]):
            return f"line {n}: expected {e!r}, got {a!r}"
    if len(actual) > len(expected):
        return f"has {len(actual)} lines, expected {len(expected)}; the first extra: {actual[len(expected)]!r}"
    return f"has {len(actual)} lines, expected {len(expected)}; the first missing: {expected[len(actual)]!r}"


def output_lines(data):
    text = data.decode("utf-8", "replace")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def unlocated(case, lines):
    """Messages about a broken file of the case that do not say where in it
    (file:line:col)."""
    bad = []
    for kind, target, body in case["sections"]:
        if kind == "--":
            continue
        where = r":[0-9]+:[0-9]+"
        for line in lines:
            if line.startswith(target + ":") and not re.match(re.escape(target) + where + ": ", line):
                bad.append(line)
    return bad


class Snapshot:
    """Every folder, file and link of a tree, with modes and contents."""

    def __init__(self, root):
        self.dirs, self.files = {}, {}
        for dirpath, dirnames, filenames in os.walk(root):
            rel = os.path.relpath(dirpath, root)
            self.dirs[rel] = os.lstat(dirpath).st_mode
            for name in filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]:
                p = os.path.join(dirpath, name)
                if os.path.islink(p):
                    self.files[os.path.join(rel, name)] = ("link", os.readlink(p), 0)
                else:
                    with open(p, "rb") as f:
                        self.files[os.path.join(rel, name)] = ("file", f.read(), os.lstat(p).st_mode)


class Workspace:
    """One worker's copy of the pristine tree. Between cases only what a case
    wrote or the command changed is put back, not the whole tree (copying
    and removing a hundred files per case is most of the time otherwise)."""

    def __init__(self, work, pristine):
        self.home = tempfile.mkdtemp(prefix="worker-", dir=work)
        self.tree = os.path.join(self.home, "tree")
        self.pristine = pristine
        self.stamps = {}  # path -> its stat when last put back
        os.mkdir(self.tree)
        self.restore()
        self.clean = tree_digest(self.tree)

    def stamp(self, p):
        st = os.lstat(p)
        return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_mode)

    def put(self, rel):
        p = os.path.join(self.tree, rel)
        kind, data, mode = self.pristine.files[rel]
        if os.path.lexists(p):
            os.remove(p)
        if kind == "link":
            os.symlink(data, p)
        else:
            with open(p, "wb") as f:
                f.write(data)
            os.chmod(p, mode & 0o7777)
        self.stamps[rel] = self.stamp(p)

    def restore(self):
        for name in os.listdir(self.home):  # what a command left beside the tree
            if name != "tree":
                p = os.path.join(self.home, name)
                shutil.rmtree(p) if os.path.isdir(p) and not os.path.islink(p) else os.remove(p)
        for dirpath, dirnames, filenames in os.walk(self.tree):
            rel = os.path.relpath(dirpath, self.tree)
            for d in list(dirnames):
                p, r = os.path.join(dirpath, d), os.path.normpath(os.path.join(rel, d))
                if os.path.islink(p):
                    dirnames.remove(d)
                    filenames.append(d)
                elif r not in self.pristine.dirs:
                    dirnames.remove(d)
                    shutil.rmtree(p)
            for name in filenames:
                p, r = os.path.join(dirpath, name), os.path.normpath(os.path.join(rel, name))
                if r not in self.pristine.files:
                    os.remove(p)
                elif self.stamps.get(r) != self.stamp(p):
                    self.put(r)
        for rel, mode in sorted(self.pristine.dirs.items()):
            p = os.path.join(self.tree, rel)
            if not os.path.isdir(p) or os.path.islink(p):
                if os.path.lexists(p):
                    os.remove(p)
                os.mkdir(p)
            if os.lstat(p).st_mode != mode:
                os.chmod(p, mode & 0o7777)
        for rel in self.pristine.files:
            if not os.path.lexists(os.path.join(self.tree, rel)):
                self.put(rel)


def run_case(path, pusterum, workspace):
    """The list of problems with one case (empty: it passed), and what it printed."""
    try:
        case = parse(path)
    except (CaseError, UnicodeDecodeError) as e:
        return [f"cannot read the case: {e}"], None
    tree = workspace.tree
    try:
        apply(case, tree)
    except (CaseError, OSError) as e:
        workspace.restore()
        return [f"cannot apply the broken input: {e}"], None
    env = {k: v for k, v in os.environ.items() if not k.startswith("PUSTERUM_")}
    env.update(PATH=os.path.dirname(pusterum) + os.pathsep + env.get("PATH", "/usr/bin:/bin"), PUSTERUM_TODAY="2026-11-22",
               NO_COLOR="1", LC_ALL="C.UTF-8", HOME=workspace.home, EXAMPLES=EXAMPLES)
    before = tree_digest(tree)
    try:
        proc = subprocess.run(["bash", "-c", case["command"]], cwd=tree, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, timeout=120)
    except subprocess.TimeoutExpired:
        workspace.restore()
        return ["the command ran for more than 120 s"], None
    after = tree_digest(tree)
    workspace.restore()
    if tree_digest(tree) != workspace.clean:  # the runner's own check: never let one case leak into the next
        shutil.rmtree(workspace.home)
        workspace.__init__(os.path.dirname(workspace.home), workspace.pristine)
    out, err = output_lines(proc.stdout), output_lines(proc.stderr)
    problems = []
    if proc.returncode != case["exit"]:
        problems.append(f"exit {proc.returncode}, expected {case['exit']}")
    for stream, expected, actual in (("stderr", case["stderr"], err), ("stdout", case["stdout"], out)):
        if not matches(expected, actual):
            problems.append(f"{stream} {difference(expected, actual)}")
    if before != after:
        problems.append("the tree changed")
    for line in out + err:
        if holds_cpr(line):
            problems.append(f"prints a CPR-shaped number: {line}")
    for line in unlocated(case, out + err):
        problems.append(f"names a broken file without line and column: {line}")
    return problems, (proc.returncode, out, err)


def rewrite(path, printed):
    """The case with its expected output replaced by what was printed."""
    code, out, err = printed
    with open(path, "rb") as f:
        lines = split_lines(f.read())
    head, rest = [], []
    for n, line in enumerate(lines):
        if HEADER.match(line.rstrip(b"\n")):
            rest = lines[n:]
            break
        head.append(line.decode("utf-8").rstrip("\n"))
    case = parse(path)
    keep_err = case["stderr"] if matches(case["stderr"], err) else err
    keep_out = case["stdout"] if matches(case["stdout"], out) else out
    text = [l for l in head if not l.startswith("$ ")][:len(case["comments"])]
    text += ["$ " + case["command"]] + keep_err + ["stdout: " + l for l in keep_out] + [f"[{code}]"]
    with open(path, "wb") as f:
        f.write("".join(l + "\n" for l in text).encode() + b"".join(rest))


def find_cases(paths):
    found = []
    for p in paths:
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames.sort()
                found += [os.path.join(dirpath, n) for n in sorted(filenames) if n.endswith(".bad")]
        else:
            found.append(p)
    return found


EXAMPLES = ""


def main():
    global EXAMPLES
    ap = argparse.ArgumentParser()
    ap.add_argument("--pusterum", required=True)
    ap.add_argument("--examples", default=os.path.join(HERE, "..", "..", "examples"))
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--show", action="store_true", help="print what each command printed")
    ap.add_argument("--update", action="store_true", help="rewrite the expected output from what the commands print")
    ap.add_argument("cases", nargs="*")
    args = ap.parse_args()
    EXAMPLES = os.path.abspath(args.examples)
    started = time.monotonic()
    cases = find_cases(args.cases or [HERE])
    work = tempfile.mkdtemp(prefix="pusterum-bad-")
    try:
        bindir = os.path.join(work, "bin")
        os.mkdir(bindir)
        pusterum = os.path.join(bindir, "pusterum")
        os.symlink(os.path.abspath(args.pusterum), pusterum)
        # One pristine copy of examples/ without what runs there leave behind
        # (as tests/e2e/run.py copies it), read into memory once; each worker
        # keeps a tree that is put back to it after every case.
        pristine_dir = os.path.join(work, "pristine")
        shutil.copytree(EXAMPLES, pristine_dir, symlinks=True, ignore=machine_state)
        pristine = Snapshot(pristine_dir)
        local = threading.local()

        def run_one(path):
            if not hasattr(local, "workspace"):
                local.workspace = Workspace(work, pristine)
            return run_case(path, pusterum, local.workspace)

        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            results = list(pool.map(run_one, cases))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    failed = 0
    for path, (problems, printed) in zip(cases, results):
        name = os.path.relpath(path, HERE)
        if args.show and printed:
            code, out, err = printed
            print(f"--- {name}")
            print("".join(f"{l}\n" for l in err) + "".join(f"stdout: {l}\n" for l in out) + f"[{code}]")
        if args.update and printed:
            rewrite(path, printed)
            continue
        if problems:
            failed += 1
            for p in problems:
                print(f"FAIL {name}: {p}")
    print(f"{time.monotonic() - started:.1f} s")
    print(f"{len(cases)} bad inputs: {len(cases) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
