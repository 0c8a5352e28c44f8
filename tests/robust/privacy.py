#!/usr/bin/python3
"""Personal data, proven (issue 8, point 7) on copies of the example provider.

    tests/robust/privacy.py PUSTERUM_BINARY EXAMPLES_DIR

1. CPR numbers refused where input enters. Every flag that stores text (the
   flags of intake, staff add/edit and case amend are read from --help, so a
   new flag is covered), the positionals that name something new, the CSV
   timesheet, a referral on stdin and in JSON, and intake's prompts on a
   terminal: non-zero exit, the flag or field named, the rule [cpr-number],
   nothing changed on disk. Every file kind (case, staff, plan, hours log,
   status text, sent record, pusterum.yaml): check names file:line and field.
2. No message repeats a CPR number: every option and positional of every
   command (from --help) is given one, and neither half of its digits may be
   in the output; no file of the tree holds it afterwards.
3. With cpr_field: true, a CPR number is kept in child.cpr and masked in every
   output: every command with every --format, the files report --out, report
   billing --out and export write, and case show.
4. Files 0600 and folders 0700 for everything pusterum writes, after a series
   of commands under umask 022, in a new provider folder and in a copy of
   the examples (only what pusterum wrote).
5. report billing --out and report --all --out: a municipality's files hold
   nothing of another municipality's cases (IDs, case numbers, initials,
   caseworkers, the municipality's name).
6. Messages about broken files carry no personal data beyond the ID: no
   household, personality, diagnosis, interest, caseworker or note text.

Last line "N passed, M failed".
"""
import json
import os
import pty
import re
import shutil
import stat
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Tally, env  # noqa: E402

# A CPR number with a valid date (17 September 2012); neither half occurs in
# the example provider's files or outputs, nor in CLI11's range messages.
CPR, CPR_PLAIN, CPR_SPACED = "170912-3915", "1709123915", "170912 3915"
HALVES = ("170912", "3915")
FORMS = (CPR, CPR_PLAIN, CPR_SPACED)

FR23 = "cases/2025-FR23R/case.yaml"


def leaked(text):
    """Either half of the number: a message may not even give the birth date."""
    return any(h in text for h in HALVES)


def full(text):
    return any(f in text for f in FORMS)


class Pusterum:
    def __init__(self, binary, work):
        self.binary, self.work = binary, work
        self.runs = 0

    def __call__(self, root, *args, stdin=None, cwd=None, umask=None):
        self.runs += 1
        return subprocess.run([self.binary, "--lang", "en", "-C", root, *args], cwd=cwd or root, env=env(), capture_output=True, text=True,
                              errors="replace",  # --format pdf is bytes; its text is searched through pdftotext elsewhere
                              input=stdin, timeout=120,
                              preexec_fn=(lambda: os.umask(umask)) if umask is not None else None)


def copy_examples(examples, work, name):
    root = os.path.join(work, name)
    shutil.copytree(examples, root, symlinks=True)
    for sub in ("cache", "access"):
        shutil.rmtree(os.path.join(root, ".pusterum", sub), ignore_errors=True)
    return root


def snapshot(root):
    """Every file but pusterum's own cache, lock and access log (a refused command still looked)."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if os.path.relpath(os.path.join(dirpath, d), root) not in (".pusterum/cache", ".pusterum/access")]
        for name in filenames:
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, root)
            if rel == ".pusterum/lock" or not os.path.isfile(path):
                continue
            with open(path, "rb") as f:
                out[rel] = f.read()
    return out


def files_holding_cpr(root):
    hits = []
    for dirpath, _, filenames in os.walk(root):
        for name in filenames:
            path = os.path.join(dirpath, name)
            if not os.path.isfile(path):
                continue
            with open(path, "rb") as f:
                text = f.read().decode("utf-8", "replace")
            if full(text) or full(name):
                hits.append(os.path.relpath(path, root))
    return hits


def edit(root, rel, old, new):
    path = os.path.join(root, rel)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    assert old in text, (rel, old)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace(old, new, 1))


def line_of(root, rel, needle):
    with open(os.path.join(root, rel), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if needle in line:
                return n
    raise AssertionError((rel, needle))


# --- what --help says ------------------------------------------------------

OPTION = re.compile(r"^  (?:-\w,)?(--[a-z][\w-]*) (?:TEXT|INT|UINT|FLOAT)")
POSITIONAL = re.compile(r"^  ([A-Z]+) TEXT")


def commands(pusterum, path=()):
    """{command path: (value options, positionals)} for every command, from --help."""
    text = subprocess.run([pusterum.binary, *path, "--help"], capture_output=True, text=True).stdout
    options, positionals, subs, section = [], [], [], None
    for line in text.splitlines():
        if line.endswith(":") and not line.startswith(" "):
            section = line[:-1]
            continue
        if section == "Options" and OPTION.match(line):
            options.append(OPTION.match(line).group(1))
        elif section == "Positionals" and POSITIONAL.match(line):
            positionals.append(POSITIONAL.match(line).group(1))
        elif section == "Subcommands" and re.match(r"^  [a-z][\w-]* ", line):
            subs.append(line.split()[0])
    found = {path: (options, positionals)} if path and (options or positionals or not subs) else {}
    for sub in subs:
        found.update(commands(pusterum, path + (sub,)))
    return found


# A valid call of each command, with its positionals in order; an option
# given here is replaced rather than repeated.
BASE = {
    ("init",): {"DIR": "NEW"},
    ("intake",): {"--file": "referrals/favrskov-2026-11-19.yaml"},
    ("staff", "add"): {"NAME": "Test Person"},
    ("staff", "edit"): {"ID": "ida-lauridsen", "--phone": "+45 20 30 40 50"},
    ("staff", "list"): {},
    ("staff", "show"): {"ID": "ida-lauridsen"},
    ("staff", "deactivate"): {"ID": "emil-frandsen"},
    ("case", "list"): {},
    ("case", "show"): {"CASE": "FR23"},
    ("case", "amend"): {"CASE": "ZDSG3", "--from": "2026-12-01", "--quantity": "5"},
    ("case", "close"): {"CASE": "8VDW5"},
    ("case", "reopen"): {"CASE": "EQKSG"},
    ("case", "pause"): {"CASE": "ZDSG3"},
    ("case", "resume"): {"CASE": "YJN8S"},
    ("match",): {"CASE": "6WPXB"},
    ("log-hours",): {"CASE": "FR23", "--date": "2026-11-20", "--start": "15:00", "--end": "17:00"},
    ("schedule",): {"CASE": "FR23"},
    ("schedule", "add"): {"CASE": "FR23", "WHEN": "2026-12-05 10:00-14:00"},
    ("schedule", "cancel"): {"CASE": "FR23", "VISIT": "EECGQR", "--date": "2026-12-01", "--by": "family"},
    ("schedule", "move"): {"CASE": "FR23", "VISIT": "EECGQR", "--date": "2026-12-01", "--to": "2026-12-02 15:00-18:00"},
    ("schedule", "cover"): {"CASE": "FR23", "VISIT": "EECGQR", "--date": "2026-12-08", "--staff": "louise-bach"},
    ("schedule", "stop"): {"CASE": "FR23", "VISIT": "EECGQR", "--from": "2027-01-05"},
    ("schedule", "check"): {},
    ("report",): {"CASE": "FR23"},
    ("report", "billing"): {},
    ("report", "overview"): {},
    ("export",): {"--format": "timeclock"},
    ("check",): {},
    ("access-log",): {"CASE": "FR23"},
}


def argv_of(path, base, replace=None, value=None):
    """The command line: path, then positionals ("schedule CASE add ...": CASE after `schedule`), then options."""
    given = dict(base)
    if replace:
        given[replace] = value
    words = [path[0]]
    if path[0] == "schedule" and "CASE" in given:
        words.append(given["CASE"])
    words += list(path[1:])
    words += [v for k, v in given.items() if not k.startswith("-") and not (path[0] == "schedule" and k == "CASE")]
    for k, v in given.items():
        if k.startswith("-"):
            words += [k, v]
    return words


# --- 1. refused where input enters -----------------------------------------

# Flags of intake, staff and case amend that are not free text: the value is
# refused all the same, by the rule for its kind, and named.
NOT_TEXT = {"--from", "--date", "--file", "--format", "--employment-start", "--borneattest-checked"}


def refusals(tally, pu, examples, work, cmds):
    root = copy_examples(examples, work, "refusals")
    before = snapshot(root)
    tried = 0

    def refused(what, args, field, rule="[cpr-number]", stdin=None, cwd=None):
        nonlocal tried
        tried += 1
        done = pu(root, *args, stdin=stdin, cwd=cwd)
        out = done.stdout + done.stderr
        ok = done.returncode != 0 and field in done.stderr and (rule is None or rule in done.stderr) and not leaked(out)
        tally(ok, "%s: must be refused naming %s %s without repeating the number: exit %d, %s"
              % (what, field, rule or "", done.returncode, out.strip()[:300]))
        unchanged = snapshot(root) == before
        tally(unchanged, "%s: a refusal must change nothing on disk" % what)
        if not unchanged:  # start the next row from the examples again
            shutil.rmtree(root)
            copy_examples(examples, work, "refusals")

    forms = [CPR, CPR_PLAIN, "ring " + CPR_SPACED]
    # Every text flag of the commands that write fields from flags.
    for path in (("intake",), ("staff", "add"), ("staff", "edit"), ("case", "amend")):
        options, _ = cmds[path]
        for i, flag in enumerate(o for o in options if o not in NOT_TEXT and o not in BASE[path]):
            value = forms[i % len(forms)]
            if flag in ("--available",):
                value = "tue 14:00-20:00 " + CPR
            elif flag == "--absence":
                value = "2026-12-01..2026-12-03 " + CPR
            refused(" ".join(path) + " " + flag, argv_of(path, BASE[path], flag, value), flag)
        for flag in [o for o in options if o in BASE[path] and o not in NOT_TEXT]:
            refused(" ".join(path) + " " + flag, argv_of(path, BASE[path], flag, CPR_PLAIN), flag)
    refused("staff add NAME", ["staff", "add", "Anna " + CPR], "name:")
    # Notes and reasons of the other commands.
    for path, flag, extra in ((("case", "close"), "--note", {}), (("case", "reopen"), "--note", {}),
                              (("case", "pause"), "--note", {}), (("case", "resume"), "--note", {}),
                              (("intake",), "--note", {}), (("log-hours",), "--note", {}), (("log-hours",), "--route", {}),
                              (("schedule", "add"), "--note", {}), (("schedule", "cancel"), "--reason", {}),
                              (("schedule", "move"), "--reason", {}), (("schedule", "cover"), "--reason", {}),
                              (("match",), "--reason", {"--assign": "jonas-berg", "--force": None})):
        args = argv_of(path, {**BASE[path], **{k: v for k, v in extra.items() if v}}, flag, "se " + CPR)
        args += [k for k, v in extra.items() if v is None]
        refused(" ".join(path) + " " + flag, args, flag)
    refused("log-hours --void --reason", ["log-hours", "FR23", "--void", "GGMAKE", "--reason", CPR], "--reason", rule=None)
    refused("log-hours --correct --reason", ["log-hours", "FR23", "--correct", "GGMAKE", "--reason", CPR, "--note", "x"],
            "--reason", rule=None)
    refused("log-hours --correct --note", ["log-hours", "FR23", "--correct", "GGMAKE", "--reason", "fejl", "--note", CPR], "--note")
    refused("schedule add WHEN", ["schedule", "FR23", "add", CPR_PLAIN + " 10:00-14:00"], "WHEN", rule=None)
    refused("init --name", ["init", os.path.join(work, "new-provider"), "--name", "Solsikken " + CPR], "--name")
    refused("init DIR", ["init", os.path.join(work, CPR_PLAIN)], "DIR")
    tally(not os.path.exists(os.path.join(work, "new-provider")) and not os.path.exists(os.path.join(work, CPR_PLAIN)),
          "init: a refused name creates no folder")

    # A CSV timesheet: the number in any column.
    for column, row in (("note", "2026-11-20,15:00,17:00,,visit,,,," + CPR), ("route", "2026-11-20,15:00,17:00,,visit,,,ring " + CPR_SPACED + ","),
                        ("staff", "2026-11-20,15:00,17:00," + CPR_PLAIN + ",visit,,,,")):
        sheet = os.path.join(work, "timesheet-%s.csv" % column)
        with open(sheet, "w", encoding="utf-8") as f:
            f.write("date,start,end,staff,kind,cancelled_by,km,route,note\n2026-11-17,15:00,17:00,,visit,,,,fint\n" + row + "\n")
        refused("log-hours --import (%s column)" % column, ["log-hours", "FR23", "--import", sheet], "timesheet-%s.csv:3" % column)

    # Referrals: a file, standard input, JSON.
    with open(os.path.join(examples, "referrals", "favrskov-2026-11-19.yaml"), encoding="utf-8") as f:
        referral = f.read()
    bad = re.sub(r"(?m)^household: .*$", 'household: "Barnets CPR er %s"' % CPR, referral)
    refused("intake --file - (stdin)", ["intake", "--file", "-"], "<stdin>:%d" % (bad.splitlines().index('household: "Barnets CPR er %s"' % CPR) + 1),
            stdin=bad)
    with open(os.path.join(examples, "referrals", "aarhus-2026-11-20.json"), encoding="utf-8") as f:
        data = json.load(f)
    data["child"]["special_interests"].append(CPR_PLAIN)
    path = os.path.join(work, "referral.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
    refused("intake --file JSON", ["intake", "--file", path], "child.special_interests[2]")

    # intake's questions on a terminal.
    for answer_at, field in ((0, "child.initials"), (5, "caseworker.name")):
        answers = ["M.K.", "2015", "Aarhus", "27.24.12-A35-1-26", "", "Pia Holm", "Mette Lund", "", "", "5", "2027-01-01", "2027-12-31"]
        answers[answer_at] = "Barn " + CPR
        tried += 1
        done = on_terminal(pu, root, answers)
        tally(done[0] != 0 and field in done[1] and "[cpr-number]" in done[1] and not leaked(done[1] + done[2]),
              "intake's prompt for %s: %s" % (field, done))
        tally(snapshot(root) == before, "intake's prompt: a refusal changes nothing")
    return tried


def on_terminal(pu, root, answers):
    """intake with a terminal on stdin, answering its questions; (exit, stderr, stdout)."""
    master, slave = pty.openpty()
    try:
        p = subprocess.Popen([pu.binary, "--lang", "en", "-C", root, "intake"], stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=env(), text=True)
        os.close(slave)
        os.write(master, ("\n".join(answers) + "\n").encode())
        out, err = p.communicate(timeout=60)
        return p.returncode, err, out
    finally:
        os.close(master)


def files_refused(tally, pu, examples, work):
    """A number written into each kind of file: check names the file, line and field."""
    show, plan, log, report = ("case", "show", "FR23"), ("schedule", "FR23"), ("log-hours", "FR23", "--list"), ("report", "FR23")
    cases = [
        ("case household", FR23, "household: Mor, far", "household: Mor (CPR %s), far" % CPR, "household:", [show, report]),
        ("case status note", FR23, "note: Opstartsmøde med familien og Maja", "note: Opstart %s" % CPR_PLAIN, "].note:", [show]),
        ("case amendment note", FR23, "      note: Øget fra 5", "      note: %s Øget fra 5" % CPR, "grant.amendments[0].note", [show]),
        ("case need", FR23, "needs: [autism, anxiety]", "needs: [autism, \"%s\"]" % CPR_PLAIN, "child.needs[1]", [show]),
        ("case caseworker", FR23, "  name: Trine Vestergaard", "  name: Trine Vestergaard %s" % CPR, "caseworker.name", [show]),
        ("staff phone", "staff/ida-lauridsen.yaml", "phone: ", "phone: %s #" % CPR, "phone:", [("staff", "show", "ida")]),
        ("plan visit note", "cases/2025-FR23R/schedule.yaml", 'note: "Lektier, så Minecraft"', 'note: "Lektier %s"' % CPR, "note",
         [plan]),
        ("plan change reason", "cases/2025-FR23R/schedule.yaml", "reason: Juleaften", "reason: Juleaften %s" % CPR_PLAIN, "reason",
         [plan]),
        ("hours note", "cases/2025-FR23R/hours/2026-11.yaml", "by: mette.lund}", "by: mette.lund, note: \"cpr %s\"}" % CPR, "note:",
         [log, report]),
        ("hours route", "cases/2025-FR23R/hours/2026-11.yaml", "by: mette.lund}", "by: mette.lund, route: %s}" % CPR_PLAIN, "route:",
         [log]),
        ("status text", "cases/2025-FR23R/status/2026-07-01.md", "\n", "\nBarnets CPR: %s\n" % CPR, "status text", [report]),
        ("sent record", "cases/2025-FR23R/status/sent.yaml", "by: mette.lund}", "by: \"%s\"}" % CPR_PLAIN, "by:", [report]),
        ("pusterum.yaml", "pusterum.yaml", "provider: Solsikken Aflastning ApS", "provider: Solsikken %s" % CPR, "provider:",
         [("case", "list"), ("report", "billing")]),
    ]
    for what, rel, old, new, field, readers in cases:
        root = copy_examples(examples, work, "file-" + re.sub(r"\W", "-", what))
        edit(root, rel, old, new)
        line = line_of(root, rel, HALVES[0])
        for args in [("check",)] + readers:
            done = pu(root, *args)
            out = done.stdout + done.stderr
            located = "%s:%d:" % (rel, line)
            ok = (done.returncode != 0 and located in out and field in out[out.find(located):].split("\n")[0]
                  and "[cpr-number]" in out and not leaked(out))
            tally(ok, "%s: `%s` must name %s%s without repeating the number: exit %d, %s"
                  % (what, " ".join(args), located, field, done.returncode, out.strip()[:400]))
    return len(cases)


# --- 2. no message repeats it ------------------------------------------------

def sweep(tally, pu, examples, work, cmds):
    """Every option and positional of every command, given the number."""
    pristine = copy_examples(examples, work, "sweep-pristine")
    before = snapshot(pristine)
    tried = 0
    for path, (options, positionals) in sorted(cmds.items()):
        base = BASE.get(path)
        tally(base is not None, "the test has no valid call of `pusterum %s`: add it to BASE" % " ".join(path))
        if base is None:
            continue
        for name in options + positionals:
            for value in (CPR, CPR_PLAIN):
                root = os.path.join(work, "sweep")
                shutil.rmtree(root, ignore_errors=True)
                shutil.copytree(pristine, root, symlinks=True)
                given = dict(base)
                if "DIR" in given:
                    given["DIR"] = os.path.join(work, "sweep-new")
                    shutil.rmtree(given["DIR"], ignore_errors=True)
                args = argv_of(path, given, name, value)
                done = pu(root, *args)
                tried += 1
                out = done.stdout + done.stderr
                tally(not leaked(out), "`pusterum %s` repeats the number: %s" % (" ".join(args), out.strip()[:300]))
                held = files_holding_cpr(root) + (files_holding_cpr(given["DIR"]) if "DIR" in given and os.path.isdir(given["DIR"]) else [])
                tally(not held, "`pusterum %s` wrote the number into %s" % (" ".join(args), held))
                if done.returncode != 0:
                    tally(snapshot(root) == before, "`pusterum %s` failed (%d) but changed files" % (" ".join(args), done.returncode))
    # The number where a command, the root or a case is expected.
    for args in ([CPR], ["-C", os.path.join(work, CPR_PLAIN), "check"], ["case", "show", CPR], ["report", CPR_PLAIN, "FR23"]):
        done = subprocess.run([pu.binary, *args], cwd=pristine, env=env(), capture_output=True, text=True)
        tried += 1
        tally(done.returncode != 0 and not leaked(done.stdout + done.stderr), "`pusterum %s`: %s" % (" ".join(args), done.stderr))
    return tried


# --- 3. masked in every output when enabled ---------------------------------

def masked(tally, pu, examples, work, cmds):
    root = copy_examples(examples, work, "cpr-enabled")
    edit(root, "pusterum.yaml", "cpr_field: false", "cpr_field: true")
    edit(root, FR23, "  initials: O.H.\n", "  initials: O.H.\n  cpr: %s\n" % CPR)
    edit(root, "cases/2026-ZDSG3/case.yaml", "  initials: L.M.\n", "  initials: L.M.\n  cpr: \"%s\"\n" % CPR_PLAIN)
    taken = pu(root, "intake", "--file", "referrals/favrskov-2026-11-19.yaml", "--cpr", CPR)
    tally(taken.returncode == 0 and not full(taken.stdout + taken.stderr), "intake --cpr with cpr_field: true: %s" % taken.stderr)
    new = taken.stdout.strip()
    check = pu(root, "check")
    tally(check.returncode == 0, "the tree with CPR numbers in child.cpr checks clean: %s" % check.stdout[-300:])
    shown = pu(root, "case", "show", "FR23").stdout
    tally("CPR 170912-****" in shown, "case show masks the number: %s" % shown[:200])
    outputs = 0
    calls = []
    for path, (options, _) in sorted(cmds.items()):
        if path in (("init",), ("intake",)) or path[-1] in ("add", "edit", "amend", "close", "reopen", "pause", "resume",
                                                          "deactivate", "cancel", "move", "cover", "stop"):
            continue
        help_text = subprocess.run([pu.binary, *path, "--help"], capture_output=True, text=True).stdout
        formats = re.search(r"--format TEXT:\{([\w,]+)\}", help_text)
        for fmt in (formats.group(1).split(",") if formats else [None]):
            cases = [[]] if path in (("case", "list"), ("staff", "list"), ("check",), ("report", "billing"), ("report", "overview"),
                                     ("schedule", "check"), ("export",)) else [["FR23"], ["ZDSG3"], [new]]
            if path[0] in ("staff",):
                cases = [[]] if path == ("staff", "list") else [["jonas-berg"]]
            for case in cases:
                args = list(path[:1]) + (case if path[0] == "schedule" else []) + list(path[1:]) + ([] if path[0] == "schedule" else case)
                if fmt:
                    args += ["--format", fmt]
                if path == ("export",):
                    args = ["export", "--format", "timeclock"]
                if path == ("log-hours",):
                    args.append("--list")
                calls.append(args)
    calls += [["report", "--all", "--format", f] for f in ("text", "json", "csv", "md", "html")]
    calls += [["report", "billing", "--period", "2026", "--format", f] for f in ("text", "json", "csv", "md", "html")]
    calls += [["report", "billing", "--excel", "--format", "csv"], ["schedule", "FR23", "--plan"], ["log-hours", "FR23", "--list", "--all"],
              ["match", "6WPXB", "--show-excluded"], ["check", "--rules"]]
    for args in calls:
        done = pu(root, *args)
        outputs += 1
        tally(not full(done.stdout + done.stderr), "`pusterum %s` shows a whole CPR number" % " ".join(args))
    # Files written by --out.
    out_dir = os.path.join(work, "cpr-out")
    for f in ("text", "json", "csv", "md", "html"):
        pu(root, "report", "--all", "--out", os.path.join(out_dir, "status-" + f), "--format", f)
        pu(root, "report", "billing", "--period", "2026", "--out", os.path.join(out_dir, "billing-" + f), "--format", f)
    written = [os.path.join(d, n) for d, _, names in os.walk(out_dir) for n in names]
    outputs += len(written)
    tally(len(written) >= 5 * 8 and not files_holding_cpr(out_dir), "files written by --out hold a whole CPR number: %s"
          % files_holding_cpr(out_dir))
    return outputs


# --- 4. permissions -----------------------------------------------------------

def permissions(tally, pu, examples, work):
    new = os.path.join(work, "perm-new")
    done = [pu(work, "init", new, "--name", "Test Aflastning", cwd=work, umask=0o022),
            pu(new, "staff", "add", "Anna Jensen", "--phone", "+45 20 30 40 50", "--competence", "autism", "--available",
               "tue 14:00-20:00", "--borneattest-checked", "2026-01-05", "--borneattest-result", "ok", "--borneattest-by", "Lene",
               umask=0o022)]
    with open(os.path.join(new, "pusterum.yaml"), "a", encoding="utf-8") as f:
        f.write("rates:\n  - from: 2026-01-01\n    hour: 395.00\n    overnight_block: 1650.00\n    km: 3.81\n")
    # The example referral names staff of the examples: take it in without them.
    with open(os.path.join(examples, "referrals", "favrskov-2026-11-19.yaml"), encoding="utf-8") as f:
        referral = re.sub(r"(?m)^(do_not_match|siblings): .*\n", "", f.read())
    taken = pu(new, "intake", "--file", "-", "--grant-start", "2026-11-01", stdin=referral, umask=0o022)
    done.append(taken)
    case = taken.stdout.strip()
    for args in (("match", case, "--assign", "anna-jensen", "--force", "--reason", "test"),
                 ("log-hours", case, "--date", "2026-11-17", "--start", "15:00", "--end", "17:00"),
                 ("schedule", case, "add", "every tue 15:00-17:00"),
                 ("case", "amend", case, "--from", "2026-12-01", "--quantity", "3"),
                 ("report", case, "--period", "2026-11", "--out", os.path.join(new, "out", "status"), "--format", "html"),
                 ("report", "billing", "--period", "2026-11", "--out", os.path.join(new, "out", "billing")),
                 ("report", "--mark-sent", case, "--period", "2026-11"),
                 ("match", case), ("check",), ("access-log", case)):
        done.append(pu(new, *args, umask=0o022))
    tally(all(d.returncode in (0, 1) for d in done), "the series of commands ran: %s" % [(d.returncode, d.stderr[-200:]) for d in done if d.returncode > 1])
    wrong, files = [], 0
    for dirpath, dirnames, filenames in os.walk(new):
        for d in dirnames:
            mode = stat.S_IMODE(os.stat(os.path.join(dirpath, d)).st_mode)
            files += 1
            if mode != 0o700:
                wrong.append((os.path.relpath(os.path.join(dirpath, d), new) + "/", oct(mode)))
        for n in filenames:
            mode = stat.S_IMODE(os.stat(os.path.join(dirpath, n)).st_mode)
            files += 1
            if mode != 0o600:
                wrong.append((os.path.relpath(os.path.join(dirpath, n), new), oct(mode)))
    tally(not wrong and files > 20, "a new provider: everything 0600/0700 under umask 022 (%d checked): %s" % (files, wrong))
    for sub in ("out/status", "out/billing", ".pusterum/access", ".pusterum/cache"):
        tally(os.path.isdir(os.path.join(new, sub)), "the series wrote %s" % sub)

    # The examples (copied 0644/0755): whatever pusterum wrote or replaced.
    root = copy_examples(examples, work, "perm-examples")
    os.chmod(root, 0o700)
    before = snapshot(root)
    for args in (("case", "amend", "ZDSG3", "--from", "2026-12-01", "--quantity", "5"), ("log-hours", "FR23", "--date", "2026-11-20",
                 "--start", "15:00", "--end", "17:00"), ("schedule", "FR23", "cancel", "EECGQR", "--date", "2026-12-01", "--by", "family"),
                 ("staff", "edit", "ida", "--phone", "+45 20 30 40 50"), ("intake", "--file", "referrals/aarhus-2026-11-20.json"),
                 ("case", "close", "8VDW5"), ("report", "--mark-sent", "FR23"), ("match", "6WPXB"),
                 ("report", "billing", "--out", "out/billing"), ("log-hours", "ZDSG3", "--date", "2026-12-07", "--start", "15:00",
                                                                  "--end", "17:00")):
        pu(root, *args, umask=0o022)
    after = snapshot(root)
    changed = [rel for rel in after if before.get(rel) != after[rel]]
    wrong = [(rel, oct(stat.S_IMODE(os.stat(os.path.join(root, rel)).st_mode))) for rel in changed
             if stat.S_IMODE(os.stat(os.path.join(root, rel)).st_mode) != 0o600]
    new_dirs = {os.path.dirname(rel) for rel in changed if os.path.dirname(rel) and not os.path.isdir(os.path.join(examples, os.path.dirname(rel)))}
    new_dirs |= {".pusterum/access", ".pusterum/cache", "out"}
    wrong += [(d + "/", oct(stat.S_IMODE(os.stat(os.path.join(root, d)).st_mode))) for d in new_dirs
              if os.path.isdir(os.path.join(root, d)) and stat.S_IMODE(os.stat(os.path.join(root, d)).st_mode) != 0o700]
    tally(len(changed) >= 8 and not wrong, "examples: the %d files pusterum wrote are 0600, new folders 0700: %s" % (len(changed), wrong))
    return files + len(changed)


# --- 5. one municipality's files ---------------------------------------------

def municipalities(tally, pu, examples, work):
    root = copy_examples(examples, work, "municipalities")
    facts = {}  # municipality -> {case id: [what identifies it]}
    for case in sorted(os.listdir(os.path.join(root, "cases"))):
        with open(os.path.join(root, "cases", case, "case.yaml"), encoding="utf-8") as f:
            text = f.read()
        get = lambda key: re.search(r"(?m)^ *%s: (.+)$" % key, text).group(1).strip('"')
        facts.setdefault(get("municipality"), {})[case] = [case, get("municipality_case_number"), get("initials"),
                                                          re.search(r"(?m)^caseworker:\n  name: (.+)$", text).group(1),
                                                          get("email")]
    with open(os.path.join(root, "pusterum.yaml"), encoding="utf-8") as f:
        found_address = re.search(r"(?m)^address: (.+)$", f.read())
    provider_address = found_address.group(1).strip('"') if found_address else "\0"
    searched = 0
    for kind, args in (("billing", ["report", "billing", "--period", "2026"]), ("status", ["report", "--all"])):
        for fmt in ("text", "json", "csv", "md", "html"):
            out = os.path.join(work, "mun-%s-%s" % (kind, fmt))
            done = pu(root, *args, "--out", out, "--format", fmt)
            tally(done.returncode == 0, "%s --out %s: %s" % (" ".join(args), fmt, done.stderr[-300:]))
            # A folder per municipality: out/<municipality>/<file>.
            for name in sorted(os.path.join(d, n) for d in sorted(os.listdir(out)) for n in os.listdir(os.path.join(out, d))):
                with open(os.path.join(out, name), encoding="utf-8-sig") as f:
                    text = f.read()
                # The provider's own address (pusterum.yaml) is in every document and names its town.
                text = text.replace(provider_address, "")
                owner = [m for m in facts if os.path.dirname(name) == m.lower()]
                tally(len(owner) == 1, "%s: which municipality is %s for? %s" % (kind, name, owner))
                if len(owner) != 1:
                    continue
                searched += 1
                # Initials or a caseworker shared with one of its own cases are its own.
                mine = {x for marks in facts[owner[0]].values() for x in marks}
                others = [(case, x) for m, cases in facts.items() if m != owner[0] for case, marks in cases.items()
                          for x in marks if x not in mine]
                others += [(m, m) for m in facts if m != owner[0]]
                found = [(c, x) for c, x in others if x in text]
                tally(not found, "%s/%s (%s) holds another's data: %s" % (os.path.basename(out), name, owner[0], found))
    tally(searched >= 5 * 3 + 5 * 8, "searched %d files" % searched)
    return searched


# --- 6. messages about broken files ------------------------------------------

def broken_files(tally, pu, examples, work):
    """Break FR23's files in the ways a hand edit does; no message may carry their personal text."""
    with open(os.path.join(examples, FR23), encoding="utf-8") as f:
        case_text = f.read()
    personal = ["Trine Vestergaard", "forudsigelighed", "storesøster", "Viby", "autism", "anxiety", "Opstartsmøde",
                "opfølgningsmøde", "trine.vestergaard", "Minecraft", "Juleaften"]
    personal = [p for p in personal if p in case_text or p in ("Minecraft", "Juleaften")]
    breaks = [
        (FR23, "needs: [autism, anxiety]", "needs: autism, anxiety"),
        (FR23, "needs: [autism, anxiety]", "needs: [autism, anxiety"),
        (FR23, "needs: [autism, anxiety]", "needs: [autism, {anxiety: 1}]"),
        (FR23, "household: Mor, far", "household: [Mor, far"),
        (FR23, "household: Mor, far", 'household: "Mor, far'),
        (FR23, "household: Mor, far", "household: Mor: far"),
        (FR23, "household: Mor, far", "houshold: Mor, far"),
        (FR23, "household: Mor, far og storesøster (14 år).", "household: Mor, far og storesøster (14 år).\nBor i Viby: lejlighed"),
        (FR23, "personality_notes: Har brug", "personality_notes:\n  - Har brug"),
        (FR23, "personality_notes: Har brug", "personality_notes: 'Har brug"),
        (FR23, "  name: Trine Vestergaard", "  name: Trine Vestergaard\n  name: Trine Vestergaard"),
        (FR23, "  name: Trine Vestergaard", "  name: [Trine Vestergaard]"),
        (FR23, "  name: Trine Vestergaard", "  name: Trine Vestergaard\n  Trine Vestergaard: caseworker"),
        (FR23, "note: Opstartsmøde med familien og Maja", "note: {Opstartsmøde med familien og Maja}"),
        (FR23, "status: active\n", "status: aktiv\n"),
        ("cases/2025-FR23R/schedule.yaml", 'note: "Lektier, så Minecraft"}', 'note: "Lektier, så Minecraft}'),
        ("cases/2025-FR23R/schedule.yaml", "reason: Juleaften}", "reason: Juleaften, grund: Juleaften}"),
        ("cases/2025-FR23R/hours/2026-11.yaml", "by: mette.lund}", 'by: mette.lund, note: "Minecraft og autism}'),
        ("cases/2025-FR23R/hours/2026-11.yaml", "by: mette.lund}", "by: mette.lund, note: [Minecraft, autism]}"),
        ("cases/2025-FR23R/hours/2026-11.yaml", "by: mette.lund}", "by: mette.lund, noter: Minecraft og autism}"),
    ]
    tried = 0
    for n, (rel, old, new) in enumerate(breaks):
        root = copy_examples(examples, work, "broken-%d" % n)
        edit(root, rel, old, new)
        for args in (("check",), ("check", "--format", "json"), ("case", "show", "FR23"), ("report", "FR23"),
                     ("log-hours", "FR23", "--date", "2026-11-20", "--start", "15:00", "--end", "17:00")):
            done = pu(root, *args)
            tried += 1
            errors = done.stderr if args[0] != "check" else done.stdout + done.stderr
            if args[0] != "check" and done.returncode == 0:
                continue  # the broken file is not one this command reads
            found = [p for p in personal if p in errors]
            tally(done.returncode != 0 and not found, "%s broken (%r): `%s` repeats %s: %s"
                  % (rel, new[:40], " ".join(args), found, errors.strip()[:300]))
    return tried


def main(argv):
    binary, examples = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    tally = Tally()
    work = tempfile.mkdtemp(prefix="pusterum-privacy-")
    pu = Pusterum(binary, work)
    try:
        cmds = commands(pu)
        figures = [
            "%d entry points refused" % refusals(tally, pu, examples, work, cmds),
            "%d file kinds refused" % files_refused(tally, pu, examples, work),
            "%d options and positionals of %d commands given a CPR number" % (sweep(tally, pu, examples, work, cmds), len(cmds)),
            "%d outputs searched for a whole CPR number" % masked(tally, pu, examples, work, cmds),
            "%d files and folders checked for 0600/0700" % permissions(tally, pu, examples, work),
            "%d --out files searched for other municipalities' cases" % municipalities(tally, pu, examples, work),
            "%d messages about broken files searched for personal text" % broken_files(tally, pu, examples, work),
        ]
        print("; ".join(figures) + "; %d runs of pusterum" % pu.runs)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return tally.summary()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
