#!/usr/bin/python3
"""Validate every JSON output of pusterum against its schema in schemas/output/.

Usage: /usr/bin/python3 tests/schema/outputs.py <pusterum-binary> <repo-root>

Needs only Debian's python3-yaml and python3-jsonschema (4.10 or later); the
schemas are loaded and resolved as tests/schema/validate.py does.

Checks, one output line per item:
  * every schema in schemas/output/ is a valid draft 2020-12 schema with the
    $id https://pusterum.example/schemas/output/<name>.schema.json;
  * on a copy of examples/ (PUSTERUM_TODAY=2026-11-22), the JSON output of
      check, check --rules, case list, case list --all, case show (every
      case), staff list, staff list --all, staff show (every staff member),
      intake --file (every examples/referrals/*) and case show of each case
      taken in that way, match CASE (every open case, with --show-excluded,
      and once with --top), match --open, match --open --apply and case show
      of every case it staffed,
    and of `check` on a copy with findings (an error and a warning), is
    valid against its schema;
  * every command whose --help lists `--format` with json has an output
    schema tested here, and every command tested here still has one, so a
    new JSON output without a schema fails this test.
Ends with `N passed, M failed`; exits 1 if anything failed.
"""

import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import validate  # noqa: E402  (tests/schema/validate.py: schema loading and the YAML reader)

from jsonschema import Draft202012Validator, FormatChecker, RefResolver  # noqa: E402

OUTPUT_ID = "https://pusterum.example/schemas/output/"

# Command paths (as `pusterum --help` names them) with a JSON output, and the
# output schemas that describe them. `check` prints two shapes: with and
# without --rules.
SCHEMAS_OF_COMMAND = {
    "check": ["check", "check-rules"],
    "case list": ["case-list"],
    "case show": ["case-show"],
    "staff list": ["staff-list"],
    "staff show": ["staff-show"],
    "intake": ["intake"],
    "log-hours": ["log-hours-list"],
    "match": ["match", "match-open"],
    "schedule": ["schedule", "schedule-plan"],
    "schedule check": ["schedule-check"],
    "report": ["report", "report-due", "report-summary", "report-written"],
}

# --- report billing and report overview (issue 6) -----------------------------
SCHEMAS_OF_COMMAND.update({
    "report billing": ["report-billing"],
    "report overview": ["report-overview"],
})


def run_billing_and_overview(run):
    """The billing basis and the overview for a month, a quarter, a year, days, one municipality, both languages."""
    for args in (["--month", "2026-10"], ["--period", "2026-Q1", "--lang", "en"], ["--period", "2026", "--municipality", "aarhus"],
                 ["--from", "2026-10-20", "--to", "2026-10-26"], ["--period", "2024"]):
        run("report-billing", ["report", "billing", *args, "--format", "json"])
    for args in ([], ["--period", "2026-Q4", "--lang", "en"], ["--period", "2024"]):
        run("report-overview", ["report", "overview", *args, "--format", "json"])
# --- end of report billing and report overview ---------------------------------

# --- access-log (issue 8, item 8) ----------------------------------------------
SCHEMAS_OF_COMMAND["access-log"] = ["access-log"]


def run_access_log(run, report, case_ids):
    """Every case's access log after all the commands above read it, one with a span, and one with no accesses."""
    for case_id in case_ids:
        data = run("access-log", ["access-log", case_id, "--format", "json"]) or {}
        if not data.get("accesses"):
            report(False, "FAIL pusterum access-log %s: no accesses logged after the commands above read the case" % case_id)
    if case_ids:
        run("access-log", ["access-log", case_ids[0], "--from", "2026-11-01", "--to", "2026-11-30", "--format", "json"])
        run("access-log", ["access-log", case_ids[0], "--from", "2020-01-01", "--to", "2020-01-31", "--format", "json"])
# --- end of access-log ------------------------------------------------------------


def load_output_schemas(root):
    schema_dir = os.path.join(root, "schemas", "output")
    schemas = {}
    if os.path.isdir(schema_dir):
        for name in sorted(os.listdir(schema_dir)):
            if name.endswith(".schema.json"):
                with open(os.path.join(schema_dir, name), encoding="utf-8") as f:
                    schemas[name[: -len(".schema.json")]] = json.load(f)
    return schemas


def make_validator(schema, store):
    resolver = RefResolver(base_uri=schema["$id"], referrer=schema, store=store)
    return Draft202012Validator(schema, resolver=resolver, format_checker=FormatChecker())


# --- the command tree, from --help ------------------------------------------
def help_text(binary, path):
    run = subprocess.run([binary, *path, "--help"], capture_output=True, text=True, env=base_env(),
                         stdin=subprocess.DEVNULL, timeout=60)
    if run.returncode != 0:
        raise RuntimeError("`pusterum %s --help` exited %d: %s" % (" ".join(path), run.returncode, run.stderr.strip()))
    return run.stdout


def subcommands(text):
    """The names in the `Subcommands:` section of a CLI11 help text."""
    names, inside = [], False
    for line in text.splitlines():
        if line.strip() == "Subcommands:":
            inside = True
        elif inside and not line.strip():
            break
        elif inside:
            m = re.match(r"^  ([A-Za-z0-9][A-Za-z0-9_-]*)(\s|$)", line)
            if m:
                names.append(m.group(1))
    return names


def has_json_format(text):
    """Whether the options of a help text include --format with json."""
    for line in text.splitlines():
        m = re.match(r"^\s+(?:-\w,)?--format\b(.*)", line)
        if m:
            values = re.search(r"\{([^}]*)\}", m.group(1))
            return values is None or "json" in values.group(1).split(",")
    return False


def json_commands(binary):
    """Every command path whose help lists --format with json."""
    found, todo = set(), [[]]
    while todo:
        path = todo.pop()
        text = help_text(binary, path)
        if path and has_json_format(text):
            found.add(" ".join(path))
        todo.extend(path + [name] for name in subcommands(text))
    return found


# --- running pusterum --------------------------------------------------------
base_env = validate.pusterum_env
copy_examples = validate.copy_examples


def run_json(binary, tree, args, expect_exit=0):
    """Run pusterum -C tree ARGS; return (parsed stdout, None) or (None, problem)."""
    run = subprocess.run([binary, "-C", tree, *args], capture_output=True, text=True, env=base_env(),
                         stdin=subprocess.DEVNULL, timeout=120)
    if run.returncode != expect_exit:
        return None, "exited %d, expected %d: %s" % (run.returncode, expect_exit, " ".join(run.stderr.split())[:300])
    try:
        return json.loads(run.stdout), None
    except ValueError as e:
        return None, "stdout is not JSON (%s): %r" % (e, run.stdout[:200])


def main(argv):
    if len(argv) != 3:
        print("usage: outputs.py <pusterum-binary> <repo-root>", file=sys.stderr)
        return 2
    binary, root = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    report = validate.Tally()

    # 1. The output schemas themselves.
    outputs = load_output_schemas(root)
    for name, schema in outputs.items():
        try:
            Draft202012Validator.check_schema(schema)
            expected_id = OUTPUT_ID + name + ".schema.json"
            if schema.get("$id") != expected_id:
                raise ValueError("$id is %r, expected %r" % (schema.get("$id"), expected_id))
            report(True, "ok  schemas/output/%s.schema.json" % name)
        except Exception as e:  # noqa: BLE001 - any problem is a failure to report
            report(False, "FAIL schemas/output/%s.schema.json: %s" % (name, str(e).splitlines()[0]))
    wanted = sorted({s for names in SCHEMAS_OF_COMMAND.values() for s in names})
    for name in wanted:
        if name not in outputs:
            report(False, "FAIL schemas/output/%s.schema.json: missing" % name)
    for name in sorted(set(outputs) - set(wanted)):
        report(False, "FAIL schemas/output/%s.schema.json: no command output is tested against it" % name)
    store = {s["$id"]: s for s in list(validate.load_schemas(root).values()) + list(outputs.values()) if "$id" in s}
    validators = {name: make_validator(s, store) for name, s in outputs.items() if "$id" in s}
    counts = {}

    def check_output(schema, args, data, problem):
        shown = "pusterum %s" % " ".join(args)
        if problem is None and schema not in validators:
            problem = "no schema %s.schema.json" % schema
        if problem is None:
            errors = sorted(validators[schema].iter_errors(data), key=lambda e: list(e.absolute_path))
            if errors:
                problem = "; ".join(validate.describe(e) for e in errors[:5])
                if len(errors) > 5:
                    problem += "; and %d more" % (len(errors) - 5)
        if problem:
            report(False, "FAIL %s: %s" % (shown, problem))
        else:
            counts[schema] = counts.get(schema, 0) + 1
            report(True, "ok  %s (%s)" % (shown, schema))
        return data if problem is None else None

    # 2. Every command with a JSON output, on a copy of examples/.
    with tempfile.TemporaryDirectory(prefix="pusterum-outputs-") as tmp:
        tree = copy_examples(root, tmp)

        def run(schema, args, expect_exit=0):
            data, problem = run_json(binary, tree, args, expect_exit)
            return check_output(schema, args, data, problem)

        checked = run("check", ["check", "--format", "json"])
        if checked is not None and checked.get("findings"):
            report(False, "FAIL pusterum check: examples/ has findings, expected none")
        run("check-rules", ["check", "--rules", "--format", "json"])
        run("case-list", ["case", "list", "--format", "json"])
        listed = run("case-list", ["case", "list", "--all", "--format", "json"]) or {}
        case_ids = sorted(os.listdir(os.path.join(tree, "cases")))
        if sorted(row["id"] for row in listed.get("cases", [])) != case_ids:
            report(False, "FAIL pusterum case list --all: does not list every case in examples/cases: %s" % case_ids)
        for case_id in case_ids:
            run("case-show", ["case", "show", case_id, "--format", "json"])
        run("staff-list", ["staff", "list", "--format", "json"])
        run("staff-list", ["staff", "list", "--all", "--format", "json"])
        staff_ids = sorted(n[: -len(".yaml")] for n in os.listdir(os.path.join(tree, "staff")) if n.endswith(".yaml"))
        for staff_id in staff_ids:
            run("staff-show", ["staff", "show", staff_id, "--format", "json"])
        for case_id in case_ids:
            run("log-hours-list", ["log-hours", case_id, "--list", "--format", "json"])
            run("log-hours-list", ["log-hours", case_id, "--list", "--all", "--format", "json"])
        # report: the default periods, a quarter, a month, a range, the due list, and the files of --out.
        run("report", ["report", "--all", "--format", "json"])
        run("report", ["report", "--all", "--period", "2026-Q3", "--format", "json"])
        run("report", ["report", "--all", "--period", "2026-10", "--format", "json", "--lang", "en"])
        run("report", ["report", "fr23", "--from", "2026-05-15", "--to", "2026-06-15", "--format", "json"])
        run("report-due", ["report", "--due", "--format", "json"])
        out_dir = os.path.join(tmp, "report-out")
        written = subprocess.run([binary, "-C", tree, "report", "--all", "--out", out_dir, "--format", "json"], capture_output=True,
                                 text=True, env=base_env(), stdin=subprocess.DEVNULL, timeout=120)
        if written.returncode != 0 or not written.stdout.strip():
            report(False, "FAIL pusterum report --all --out: exited %d: %s" % (written.returncode, written.stderr.strip()[:300]))
        listed = check_output("report-written", ["report", "--all", "--out", out_dir, "--format", "json"],
                              json.loads(written.stdout or "{}"), None) or {}
        for entry in listed.get("written", []):
            path = entry["path"]
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
            name = os.path.basename(path)
            schema = "report-summary" if name.startswith("summary_") else "report"
            data = check_output(schema, ["report", "--all", "--out", "(%s)" % name], data, None)
            cases = [r["municipality"] for r in data.get("reports", [])] if schema == "report" and data else []
            if data and schema == "report-summary":
                cases = [data["municipality"]] * len(data.get("cases", []))
            prefix = os.path.basename(os.path.dirname(path))  # the municipality's folder
            if data and any(re.sub(r"[^a-z0-9]+", "-", m.lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")) != prefix
                            for m in cases):
                report(False, "FAIL pusterum report --all --out: %s holds another municipality's case" % name)
        referrals = os.path.join(root, "examples", "referrals")
        names = sorted(os.listdir(referrals)) if os.path.isdir(referrals) else []
        if not names:
            report(False, "FAIL examples/referrals: no referrals to take in")
        for name in names:
            taken = run("intake", ["intake", "--file", os.path.join(referrals, name), "--format", "json"])
            if taken and isinstance(taken.get("id"), str):
                run("case-show", ["case", "show", taken["id"], "--format", "json"])
        # match: every open case ranked with everyone excluded, a short list, the joint proposal for the
        # cases waiting (the referrals just taken in among them), the proposal applied, and the cases it
        # staffed shown with their staffing history.
        open_ids = sorted(row["id"] for row in listed.get("cases", []) if row.get("status") != "closed")
        for case_id in open_ids:
            run("match", ["match", case_id, "--show-excluded", "--format", "json"])
        if open_ids:
            run("match", ["match", open_ids[0], "--top", "1", "--format", "json"])
        run("match-open", ["match", "--open", "--format", "json"])
        applied = run("match-open", ["match", "--open", "--apply", "--format", "json"]) or {}
        if not applied.get("proposal"):
            report(False, "FAIL pusterum match --open --apply: the examples' waiting cases got no proposal")
        for pair in applied.get("proposal", []):
            run("case-show", ["case", "show", pair["case"]["id"], "--format", "json"])
        run("match-open", ["match", "--open", "--format", "json"])  # nothing left waiting
        # schedule: every case's plan and visits over the whole year, every staff member's roster, the check.
        for case_id in case_ids:
            run("schedule-plan", ["schedule", case_id, "--plan", "--format", "json"])
            run("schedule", ["schedule", case_id, "--from", "2026-01-01", "--to", "2026-12-31", "--format", "json"])
        for staff_id in staff_ids:
            run("schedule", ["schedule", "--staff", staff_id, "--format", "json"])
        run("schedule-check", ["schedule", "check", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "json"], expect_exit=1)
        run_billing_and_overview(run)
        run_access_log(run, report, case_ids)

    # 3. `check` with findings: a schema error in a case file and a warning from pusterum.yaml.
    with tempfile.TemporaryDirectory(prefix="pusterum-outputs-") as tmp:
        tree = copy_examples(root, tmp)
        case_ids = sorted(os.listdir(os.path.join(tree, "cases")))
        case_file = os.path.join(tree, "cases", case_ids[0], "case.yaml")
        with open(case_file, encoding="utf-8") as f:
            text = f.read()
        with open(case_file, "w", encoding="utf-8") as f:
            f.write(re.sub(r"(?m)^place: .*$", "place: hme", text, count=1))
        provider_file = os.path.join(tree, "pusterum.yaml")
        with open(provider_file, encoding="utf-8") as f:
            text = f.read()
        if re.search(r"(?m)^rules:\s*$", text):
            text = re.sub(r"(?m)^rules:\s*$", "rules:\n  no-such-rule: warn", text, count=1)
        else:
            text += "\nrules:\n  no-such-rule: warn\n"
        with open(provider_file, "w", encoding="utf-8") as f:
            f.write(text)
        args = ["check", "--format", "json"]
        data, problem = run_json(binary, tree, args, expect_exit=1)
        data = check_output("check", args + ["(a tree with findings)"], data, problem)
        if data is not None:
            severities = sorted({f.get("severity") for f in data.get("findings", [])})
            if severities != ["error", "warning"]:
                report(False, "FAIL pusterum check (a tree with findings): expected an error and a warning, got %s" % severities)

    # 4. Every command with --format json has a schema tested here.
    try:
        commands = json_commands(binary)
    except Exception as e:  # noqa: BLE001
        report(False, "FAIL pusterum --help: %s" % e)
        commands = set(SCHEMAS_OF_COMMAND)
    for command in sorted(commands):
        if command in SCHEMAS_OF_COMMAND:
            report(True, "ok  `pusterum %s --format json` has a schema: %s" % (command, ", ".join(SCHEMAS_OF_COMMAND[command])))
        else:
            report(False, "FAIL `pusterum %s --format json`: no output schema is tested for it"
                          " (add schemas/output/<name>.schema.json and a run in tests/schema/outputs.py)" % command)
    for command in sorted(set(SCHEMAS_OF_COMMAND) - commands):
        report(False, "FAIL `pusterum %s`: tested here, but its --help lists no --format json" % command)

    return report.summary()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
