#!/usr/bin/python3
"""Run the EXAMPLES of every man page on a fresh copy of examples/.

    tests/man/examples.py --pusterum BUILD/pusterum [--root REPO] [PAGE.1 ...]

How a page writes its examples (every page follows this, and the test
holds them to it):

  * Examples are in .EX/.EE blocks in the page's EXAMPLES section. A line
    starting with "$ " is a command; it goes on over the next lines while a
    line ends in a backslash (written \\e) or a pipe "|". Other lines show
    what the command prints; they are not compared ("\\&..." marks a cut).
  * A block without any "$ " line shows a file (a git hook, say) and is not
    run.
  * A command that fails on purpose is followed by "$ echo $?" and a line
    with its exit status, as a coordinator would see it. The test expects
    that status and does not run the "echo $?". Every other command must
    exit 0.
  * A command must print no error on stderr ("error:", "fejl:" or "fatal:" after the
    start of a line or a ": ", in any case). Warnings are fine.

Each page runs in one bash (with pipefail), its commands in order, so a
"cd" or an "export" carries over to the next command. The folder is a fresh
copy of examples/ (without the access log, cache and lock a run there
leaves) at $HOME/solsikken, and that is the current folder when the page
starts. $HOME is a scratch folder with a git identity in ~/.gitconfig;
PUSTERUM_TODAY=2026-11-22, NO_COLOR=1, LC_ALL=C.UTF-8 and TMPDIR inside the
scratch folder; `pusterum` on PATH is the binary under test.

Input files a page needs that have no place in a provider's tree (a staff
member's timesheet) are in tests/man/fixtures/PAGE/ (PAGE without ".1"),
copied into the folder before the page runs. The page says so.

Commands that call a program that is not installed (jq, ledger, hledger,
chromium) are skipped and counted as such. As root, chromium runs only with
--no-sandbox, so the test adds it then; a coordinator does not run as root.

Every failure is listed with its page and line, the command, its exit
status, stderr and stdout; the last line is the summary, "N examples on P
pages: N passed, 0 failed". The exit status is 1 when an example failed or a
page breaks the conventions above. -v lists every example; with --output
also what it printed, to copy into the page.
"""
import argparse
import glob
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = "2026-11-22"
TREE = "solsikken"
PAGE_TIMEOUT = 300  # seconds for all the examples of one page

# The roff escapes the EXAMPLES sections use, as the text a shell sees.
ESCAPES = {
    "-": "-", "e": "\\", "&": "", " ": " ", "~": " ", "0": " ", "|": "", "^": "",
    "(aq": "'", "(ga": "`", "(dq": '"', "(en": "\u2013", "(em": "\u2014", "(sc": "\u00a7",
    "(/O": "\u00d8", "(/o": "\u00f8", "(AE": "\u00c6", "(ae": "\u00e6", "(oA": "\u00c5", "(oa": "\u00e5",
    "(ti": "~", "(ha": "^", "(rs": "\\", "(bu": "\u2022", "(mu": "\u00d7", "(de": "\u00b0",
}
ESCAPE = re.compile(r"\\(\(..|\[[^\]]*\]|.)")
# Programs a page may use that are not part of a Debian base system.
OPTIONAL_TOOLS = {"jq", "ledger", "hledger", "chromium"}
SHELL_WORDS = {"cd", "export", "echo", "set", "unset", "exec", "true", "false", "test", "[", "if", "then",
               "else", "fi", "for", "do", "done", "while", "read", "printf", "source", ".", "!", "{", "}"}
ERROR_LINE = re.compile(r"(^|: )(error|fatal|fejl)\b", re.IGNORECASE)


class PageError(Exception):
    pass


def unescape(line, where):
    def one(m):
        name = m.group(1)
        if name.startswith("["):
            name = "(" + name[1:-1] if len(name) == 4 else name
        if name not in ESCAPES:
            raise PageError(f"{where}: unknown roff escape \\{m.group(1)} in an example")
        return ESCAPES[name]
    return ESCAPE.sub(one, line)


class Example:
    def __init__(self, page, line, command):
        self.page, self.line, self.command = page, line, command
        self.expect = 0          # the exit status the page shows with "echo $?"
        self.status = None
        self.stdout = self.stderr = ""
        self.skipped = None      # the missing program, when skipped
        self.problems = []


def parse(path):
    """The page's examples in order, and problems with how they are written."""
    name = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    examples, problems = [], []
    in_section = in_block = False
    block = []  # (line number, text) of the current .EX block

    def close_block():
        commands = []
        i = 0
        while i < len(block):
            number, text = block[i]
            if not text.startswith("$ "):
                i += 1  # what the command before prints: shown, not compared
                continue
            command = text[2:]
            while (command.endswith("\\") or command.rstrip().endswith("|")) and i + 1 < len(block):
                i += 1
                command += "\n" + block[i][1]
            i += 1
            if command.strip() == "echo $?":
                status = block[i][1].strip() if i < len(block) else ""
                if not commands or not re.fullmatch(r"[0-9]+", status):
                    problems.append(f"{name}:{number}: \"$ echo $?\" must follow a command and be followed by its exit status")
                else:
                    commands[-1].expect = int(status)
                    i += 1
                continue
            commands.append(Example(name, number, command))
        examples.extend(commands)

    for number, raw in enumerate(lines, 1):
        if raw.startswith(".SH"):
            if in_block:
                problems.append(f"{name}:{number}: .EX without .EE")
                in_block = False
            in_section = raw.split(None, 1)[1:] == ["EXAMPLES"] or raw.strip() == '.SH "EXAMPLES"'
            continue
        if not in_section:
            continue
        if raw.startswith(".EX"):
            in_block, block = True, []
        elif raw.startswith(".EE"):
            if in_block:
                close_block()
            in_block = False
        elif in_block:
            if raw.startswith(".") and not raw.startswith("..."):
                problems.append(f"{name}:{number}: request {raw.split()[0]} inside .EX/.EE")
                continue
            try:
                block.append((number, unescape(raw, f"{name}:{number}")))
            except PageError as e:
                problems.append(str(e))
        elif raw.startswith("$ ") or raw.startswith("\\&$ "):
            problems.append(f"{name}:{number}: a command outside .EX/.EE: {raw}")
        elif raw.startswith(".nf"):
            problems.append(f"{name}:{number}: examples go in .EX/.EE, not .nf/.fi")
    if not examples:
        problems.append(f"{name}: no commands in .EX/.EE blocks of its EXAMPLES section")
    return examples, problems


def programs(command):
    """The programs a command line runs: the first word of each simple command."""
    words = re.split(r"(\|\||&&|[|;\n(]|\$\()", command)
    found = []
    for part in words:
        part = part.strip().lstrip("\\").strip()
        tokens = part.split()
        while tokens and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*=.*", tokens[0]):
            tokens.pop(0)  # VAR=value command
        if tokens:
            found.append(tokens[0])
    return found


def machine_state(folder, names):
    """What running pusterum in examples/ leaves on this machine: not part of the example provider."""
    return [n for n in names if n in ("access", "cache", "lock")] if os.path.basename(folder) == ".pusterum" else []


def run_page(path, examples, pusterum, source_examples):
    page = os.path.basename(path)[:-2]
    work = tempfile.mkdtemp(prefix="pusterum-man-")
    try:
        tree = os.path.join(work, TREE)
        shutil.copytree(source_examples, tree, symlinks=True, ignore=machine_state)
        fixtures = os.path.join(HERE, "fixtures", page)
        if os.path.isdir(fixtures):
            for name in sorted(os.listdir(fixtures)):
                shutil.copy(os.path.join(fixtures, name), os.path.join(tree, name))
        bindir = os.path.join(work, ".bin")
        os.mkdir(bindir)
        os.symlink(os.path.abspath(pusterum), os.path.join(bindir, "pusterum"))
        chromium = shutil.which("chromium")
        if chromium and os.geteuid() == 0:
            with open(os.path.join(bindir, "chromium"), "w") as f:
                f.write(f'#!/bin/sh\nexec {chromium} --no-sandbox "$@"\n')
            os.chmod(os.path.join(bindir, "chromium"), 0o755)
        tmp = os.path.join(work, ".tmp")
        os.mkdir(tmp)
        with open(os.path.join(work, ".gitconfig"), "w") as f:
            f.write("[user]\n\tname = Mette Lund\n\temail = mette@example.invalid\n[init]\n\tdefaultBranch = main\n")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PUSTERUM_", "GIT_", "LANG", "LC_"))}
        env.update(PATH=bindir + os.pathsep + env.get("PATH", "/usr/bin:/bin"), PUSTERUM_TODAY=TODAY,
                   NO_COLOR="1", LC_ALL="C.UTF-8", HOME=work, TMPDIR=tmp)
        env.pop("EDITOR", None)
        env.pop("VISUAL", None)
        results = os.path.join(work, ".results")
        os.mkdir(results)
        script = ["set -o pipefail"]
        for i, ex in enumerate(examples):
            missing = [p for p in programs(ex.command)
                       if p in OPTIONAL_TOOLS and not shutil.which(p, path=env["PATH"])]
            if missing:
                ex.skipped = missing[0]
                continue
            out, err, rc = (os.path.join(results, f"{i}.{s}") for s in ("out", "err", "rc"))
            # A group in this shell, so that cd and export carry over.
            script.append(f"{{\n{ex.command}\n}} >'{out}' 2>'{err}' </dev/null; echo $? >'{rc}'")
        proc = subprocess.Popen(["bash", "-c", "\n".join(script)], cwd=tree, env=env, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
        try:
            _, shell_error = proc.communicate(timeout=PAGE_TIMEOUT)
            shell_error = shell_error.decode("utf-8", "replace").strip()
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)  # the shell and whatever example hangs
            proc.communicate()
            shell_error = f"the page took longer than {PAGE_TIMEOUT} s and was stopped"
        for i, ex in enumerate(examples):
            if ex.skipped:
                continue
            read = lambda s: (open(os.path.join(results, f"{i}.{s}"), encoding="utf-8", errors="replace").read()
                              if os.path.exists(os.path.join(results, f"{i}.{s}")) else None)
            rc = read("rc")
            ex.stdout, ex.stderr = read("out") or "", read("err") or ""
            if rc is None:
                ex.problems.append("did not run" + (f" (the shell said: {shell_error})" if shell_error else ""))
                continue
            ex.status = int(rc)
            if ex.status != ex.expect:
                ex.problems.append(f"exit status {ex.status}, the page shows {ex.expect}")
            errors = [l for l in ex.stderr.split("\n") if ERROR_LINE.search(l)]
            if ex.expect == 0 and errors:
                ex.problems.append("an error on stderr")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pusterum", required=True)
    ap.add_argument("--root", default=os.path.join(HERE, "..", ".."))
    ap.add_argument("-v", "--verbose", action="store_true", help="print every example and its status")
    ap.add_argument("--output", action="store_true",
                    help="with -v, also print what each example printed (stderr first), to write it into the page")
    ap.add_argument("pages", nargs="*")
    args = ap.parse_args()
    pages = args.pages or sorted(glob.glob(os.path.join(args.root, "man", "*.1")))
    source_examples = os.path.join(args.root, "examples")
    all_examples, page_problems = [], []
    for path in pages:
        examples, problems = parse(path)
        page_problems.extend(problems)
        if examples:
            run_page(path, examples, args.pusterum, source_examples)
        all_examples.extend(examples)
        if args.verbose:
            for ex in examples:
                state = f"skip ({ex.skipped} is not installed)" if ex.skipped else ("ok  " if not ex.problems else "FAIL")
                print(f"{state} {ex.page}:{ex.line}: $ {ex.command.splitlines()[0]}")
                if args.output:
                    for text in (ex.stderr, ex.stdout):
                        for l in text.rstrip("\n").split("\n") if text.strip() else []:
                            print("     | " + l)
                    if ex.status:
                        print(f"     | [exit {ex.status}]")
    failed = [ex for ex in all_examples if ex.problems]
    skipped = [ex for ex in all_examples if ex.skipped]
    passed = len(all_examples) - len(failed) - len(skipped)
    summary = f"{len(all_examples)} examples on {len(pages)} pages: {passed} passed, {len(failed)} failed"
    if skipped:
        tools = sorted({ex.skipped for ex in skipped})
        summary += f", {len(skipped)} skipped ({', '.join(tools)} not installed)"
    for problem in page_problems:
        print(f"FAIL {problem}")
    for ex in failed:
        print(f"FAIL {ex.page}:{ex.line}: {'; '.join(ex.problems)}")
        print("  $ " + ex.command.replace("\n", "\n    "))
        print(f"  exit {ex.status}")
        for name, text in (("stderr", ex.stderr), ("stdout", ex.stdout)):
            text = text.rstrip("\n")
            if text:
                lines = text.split("\n")
                more = f"\n    ({len(lines) - 20} more lines)" if len(lines) > 20 else ""
                print(f"  {name}:\n" + "\n".join("    " + l for l in lines[:20]) + more)
    if page_problems:
        summary += f"; {len(page_problems)} problems with how pages write their examples"
    print(summary)
    return 1 if failed or page_problems else 0


if __name__ == "__main__":
    sys.exit(main())
