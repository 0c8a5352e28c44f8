#!/usr/bin/python3
"""Validate pusterum's JSON Schemas, the example provider tree and the invalid fixtures.

Usage: /usr/bin/python3 tests/schema/validate.py <repo-root>

Needs only Debian's python3-yaml and python3-jsonschema (4.10 or later).

Checks, one output line per item:
  * every schema in schemas/ is a valid draft 2020-12 schema;
  * every file under examples/ is valid against the schema of its kind
    (pusterum.yaml: provider, staff/*.yaml: staff, cases/*/case.yaml: case,
    referrals/*: referral), starts with the header lines pusterum writes and
    holds no CPR-shaped value;
  * every fixture in tests/fixtures/invalid-schema/<kind>--<what>.yaml is
    refused by its schema, for the one reason its first line names
    (`# expect: <keyword>`), and at one place only.
Ends with `N passed, M failed`; exits 1 if anything failed.
"""

import datetime
import json
import os
import re
import shutil
import sys

import yaml
from jsonschema import Draft202012Validator, FormatChecker, RefResolver

KINDS = ("provider", "staff", "case", "referral", "hours", "schedule", "sent")

HEADERS = {
    "provider": ["# yaml-language-server: $schema=.pusterum/schemas/provider.schema.json"],
    "staff": [
        "# yaml-language-server: $schema=../.pusterum/schemas/staff.schema.json",
        "# Written by pusterum: change it with `pusterum staff edit|deactivate`. Comments are not kept.",
    ],
    "hours": [
        "# yaml-language-server: $schema=../../../.pusterum/schemas/hours.schema.json",
        "# Written by pusterum log-hours: one entry per line, never edited. Correct with --void or --correct.",
    ],
    "schedule": ["# yaml-language-server: $schema=../../.pusterum/schemas/schedule.schema.json"],
    "sent": ["# yaml-language-server: $schema=../../../.pusterum/schemas/sent.schema.json"],
    "case": [
        "# yaml-language-server: $schema=../../.pusterum/schemas/case.schema.json",
        "# Written by pusterum: change it with `pusterum case amend|close|reopen` and `pusterum match`."
        " Comments are not kept.",
    ],
}


# --- YAML as pusterum and the editor read it --------------------------------
class Loader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 core scalars: dates stay strings, only
    true/false are booleans (so `off`, `no`, `yes` stay strings, as in the
    yaml-language-server and in pusterum), no sexagesimal numbers (14:00 is a
    string), and a repeated key is an error instead of last-one-wins."""


Loader.yaml_implicit_resolvers = {}
for tag, regexp, first in [
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    ("tag:yaml.org,2002:float",
     r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
     r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", list("-+.0123456789")),
]:
    Loader.add_implicit_resolver(tag, re.compile(regexp), first)


def _construct_int(loader, node):
    value = loader.construct_scalar(node)
    if value.startswith("0o"):
        return int(value[2:], 8)
    if value.startswith("0x"):
        return int(value[2:], 16)
    return int(value, 10)  # YAML 1.2: 0123 is 123, not octal


def _construct_mapping(loader, node, deep=False):
    seen = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping", node.start_mark,
                "found duplicate key %r" % (key,), key_node.start_mark)
        seen[key] = True
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)
Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
                       lambda loader, node: dict(_construct_mapping(loader, node)))


def load(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if path.endswith(".json"):
        return json.loads(text), text
    return yaml.load(text, Loader=Loader), text


# --- CPR-shaped values -------------------------------------------------------
CPR_SHAPED = re.compile(r"(?<![0-9])([0-9]{2})([0-9]{2})([0-9]{2})[- ]?[0-9]{4}(?![0-9])")
TEN_DIGITS = re.compile(r"[0-9]{10}")


def cpr_problem(text):
    """Describe the first CPR-shaped value in text, or return None."""
    if TEN_DIGITS.search(text):
        return "ten consecutive digits"
    for m in CPR_SHAPED.finditer(text):
        day, month, year = (int(g) for g in m.groups())
        try:
            datetime.date(2000 + year, month, day)
        except ValueError:
            continue
        return "CPR-shaped value %r" % m.group(0)
    return None


# --- schemas -----------------------------------------------------------------
def load_schemas(root):
    schema_dir = os.path.join(root, "schemas")
    schemas = {}
    for name in sorted(os.listdir(schema_dir)):
        if name.endswith(".schema.json"):
            with open(os.path.join(schema_dir, name), encoding="utf-8") as f:
                schemas[name] = json.load(f)
    return schemas


def make_validators(schemas):
    store = {s["$id"]: s for s in schemas.values() if "$id" in s}
    validators = {}
    for kind in KINDS:
        schema = schemas.get(kind + ".schema.json")
        if schema is None:
            continue
        resolver = RefResolver(base_uri=schema["$id"], referrer=schema, store=store)
        validators[kind] = Draft202012Validator(schema, resolver=resolver, format_checker=FormatChecker())
    return validators


def where(error):
    return "/" + "/".join(str(p) for p in error.absolute_path)


def describe(error):
    return "%s: %s" % (where(error), error.message)


def kind_of_example(rel):
    """The kind of a file under examples/, None for files that are not data,
    or 'unknown'."""
    parts = rel.split("/")
    if rel in (".gitignore", ".gitattributes") or parts[0] == ".pusterum":
        return None
    if rel == "pusterum.yaml":
        return "provider"
    if len(parts) == 2 and parts[0] == "staff" and parts[1].endswith(".yaml"):
        return "staff"
    if len(parts) == 3 and parts[0] == "cases" and parts[2] == "case.yaml":
        return "case"
    if len(parts) == 4 and parts[0] == "cases" and parts[2] == "hours" and re.fullmatch(r"[0-9]{4}-[0-9]{2}\.yaml", parts[3]):
        return "hours"
    if len(parts) == 3 and parts[0] == "cases" and parts[2] == "schedule.yaml":
        return "schedule"
    if len(parts) == 4 and parts[0] == "cases" and parts[2] == "status" and parts[3] == "sent.yaml":
        return "sent"
    # The coordinator's status texts: read, and refused with file:line:col,
    # by `pusterum report` (lib/report/).
    if len(parts) == 4 and parts[0] == "cases" and parts[2] == "status" and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\.md", parts[3]):
        return None
    if len(parts) == 2 and parts[0] == "referrals" and re.search(r"\.(yaml|json)$", parts[1]):
        return "referral"
    return "unknown"


# --- running pusterum on a copy of examples/ (for the scripts that import this one)
EXAMPLES_TODAY = "2026-11-22"  # the example provider is a snapshot of this day


def pusterum_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PUSTERUM_")}
    env.update({"PUSTERUM_TODAY": EXAMPLES_TODAY, "NO_COLOR": "1", "LC_ALL": "C.UTF-8"})
    return env


def copy_examples(root, into):
    tree = os.path.join(into, "tree")
    # Follow the symlink examples/.pusterum/schemas -> ../../schemas, which would dangle in the copy.
    # Leave out what running pusterum in examples/ left on this machine (access log, cache, lock).
    shutil.copytree(os.path.join(root, "examples"), tree, symlinks=False,
                    ignore=lambda folder, names: [n for n in names if n in ("access", "cache", "lock")]
                    if os.path.basename(folder) == ".pusterum" else [])
    return tree


class Tally:
    """Prints one line a check and counts them; summary() prints the closing
    `N passed, M failed` line and gives the exit code."""

    def __init__(self):
        self.passed = self.failed = 0

    def __call__(self, ok, line):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
        print(line)

    def summary(self):
        print("%d passed, %d failed" % (self.passed, self.failed))
        return 1 if self.failed else 0


def main(argv):
    if len(argv) != 2:
        print("usage: validate.py <repo-root>", file=sys.stderr)
        return 2
    root = os.path.abspath(argv[1])
    report = Tally()

    # 1. The schemas themselves.
    schemas = load_schemas(root)
    for name, schema in schemas.items():
        try:
            Draft202012Validator.check_schema(schema)
            expected_id = "https://pusterum.example/schemas/" + name
            if schema.get("$id") != expected_id:
                raise ValueError("$id is %r, expected %r" % (schema.get("$id"), expected_id))
            report(True, "ok  schemas/" + name)
        except Exception as e:  # noqa: BLE001 - any problem is a failure to report
            report(False, "FAIL schemas/%s: %s" % (name, str(e).splitlines()[0]))
    for kind in KINDS:
        if kind + ".schema.json" not in schemas:
            report(False, "FAIL schemas/%s.schema.json: missing" % kind)
    validators = make_validators(schemas)

    # 2. The example provider tree.
    examples = os.path.join(root, "examples")
    link = os.path.join(examples, ".pusterum", "schemas")
    if os.path.islink(link) and os.readlink(link) == "../../schemas" and os.path.isdir(link):
        report(True, "ok  examples/.pusterum/schemas -> ../../schemas")
    else:
        report(False, "FAIL examples/.pusterum/schemas: not a symlink to ../../schemas")
    files = []
    for dirpath, dirnames, filenames in os.walk(examples):
        dirnames.sort()
        for name in sorted(filenames):
            files.append(os.path.relpath(os.path.join(dirpath, name), examples).replace(os.sep, "/"))
    for rel in files:
        kind = kind_of_example(rel)
        if kind is None:
            continue
        shown = "examples/" + rel
        if kind == "unknown" or kind not in validators:
            report(False, "FAIL %s: not a file of any known kind" % shown)
            continue
        try:
            data, text = load(os.path.join(examples, rel))
        except Exception as e:  # noqa: BLE001
            report(False, "FAIL %s: cannot be read: %s" % (shown, " ".join(str(e).split())))
            continue
        problems = [describe(e) for e in sorted(validators[kind].iter_errors(data), key=lambda e: list(e.absolute_path))]
        header = HEADERS.get(kind)
        if header and text.splitlines()[: len(header)] != header:
            problems.append("does not start with the header lines %r" % header)
        cpr = cpr_problem(text)
        if cpr:
            problems.append(cpr)
        if problems:
            report(False, "FAIL %s: %s" % (shown, "; ".join(problems)))
        else:
            report(True, "ok  %s (%s)" % (shown, kind))

    # 3. Fixtures that must be refused.
    fixtures = os.path.join(root, "tests", "fixtures", "invalid-schema")
    names = sorted(os.listdir(fixtures)) if os.path.isdir(fixtures) else []
    if not names:
        report(False, "FAIL tests/fixtures/invalid-schema: no fixtures")
    for name in names:
        shown = "tests/fixtures/invalid-schema/" + name
        kind = name.split("--", 1)[0]
        if "--" not in name or kind not in validators:
            report(False, "FAIL %s: name is not <kind>--<what-is-broken>.yaml with a known kind" % shown)
            continue
        try:
            data, text = load(os.path.join(fixtures, name))
        except Exception as e:  # noqa: BLE001
            report(False, "FAIL %s: cannot be read: %s" % (shown, " ".join(str(e).split())))
            continue
        m = re.match(r"#\s*expect:\s*(\S+)", text)
        if not m:
            report(False, "FAIL %s: first line is not `# expect: <keyword>`" % shown)
            continue
        expected = m.group(1)
        errors = list(validators[kind].iter_errors(data))
        places = sorted({where(e) for e in errors})
        keywords = sorted({e.validator for e in errors})
        if not errors:
            report(False, "FAIL %s: accepted, but should be refused (%s)" % (shown, expected))
        elif expected not in keywords:
            report(False, "FAIL %s: refused by %s, expected %s: %s" % (
                shown, "/".join(keywords), expected, "; ".join(describe(e) for e in errors)))
        elif len(places) != 1:
            report(False, "FAIL %s: broken in more than one place: %s" % (
                shown, "; ".join(describe(e) for e in errors)))
        else:
            first = next(e for e in errors if e.validator == expected)
            report(True, "refused as expected  %s (%s) %s" % (shown, expected, describe(first)))

    return report.summary()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
