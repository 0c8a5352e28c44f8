#!/usr/bin/python3
"""Check that pusterum itself refuses every invalid fixture.

Usage: /usr/bin/python3 tests/schema/check_refuses.py <pusterum-binary> <repo-root>

tests/schema/validate.py shows that the JSON Schemas refuse each fixture in
tests/fixtures/invalid-schema/<kind>--<what>.yaml; this shows that pusterum
does too. For each fixture, on a fresh copy of examples/
(PUSTERUM_TODAY=2026-11-22):
  * provider: the fixture replaces pusterum.yaml, then `pusterum check`;
  * staff:    the fixture becomes staff/<its id>.yaml (the fixture's name when
              the id cannot be read or is not a plain file name), then
              `pusterum check`;
  * case:     the fixture becomes cases/<its id>/case.yaml (cases/2026-ZZZZZ/
              when the id is not a valid case id), then `pusterum check`;
  * referral: `pusterum intake --file FIXTURE`.
Each must exit non-zero with a message containing `error:`. As controls, the
unchanged copy must pass `pusterum check` and every examples/referrals/* must
be taken in, so this test can fail.
Ends with `N passed, M failed`; exits 1 if anything failed.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import validate  # noqa: E402  (tests/schema/validate.py: the YAML reader and the file kinds)

CASE_ID = re.compile(r"^[0-9]{4}-[0-9A-HJKMNP-TV-Z]{5}$")  # common.schema.json#/$defs/case_id
PLAIN_NAME = re.compile(r"^[^/\\\x00]+$")
FALLBACK_CASE_ID = "2026-ZZZZZ"


env = validate.pusterum_env
copy_examples = validate.copy_examples


def run(binary, tree, args):
    # In the source language, whatever the examples' pusterum.yaml says: the
    # test reads the severity label of the messages.
    return subprocess.run([binary, "--lang", "en", "-C", tree, *args], capture_output=True, text=True, env=env(),
                          stdin=subprocess.DEVNULL, timeout=120)


def fixture_id(path):
    """The fixture's `id` if the file parses as a mapping with a string id, else None."""
    try:
        data, _ = validate.load(path)
    except Exception:  # noqa: BLE001 - an unreadable fixture simply has no id
        return None
    value = data.get("id") if isinstance(data, dict) else None
    return value if isinstance(value, str) else None


def place(kind, fixture, name, tree):
    """Put the fixture into the tree; return where it went, relative to the tree."""
    if kind == "provider":
        rel = "pusterum.yaml"
    elif kind == "staff":
        staff_id = fixture_id(fixture)
        stem = staff_id if staff_id and PLAIN_NAME.match(staff_id) and not staff_id.startswith(".") \
            else name[: -len(".yaml")]
        rel = "staff/%s.yaml" % stem
    else:
        case_id = fixture_id(fixture)
        rel = "cases/%s/case.yaml" % (case_id if case_id and CASE_ID.match(case_id) else FALLBACK_CASE_ID)
    target = os.path.join(tree, rel)
    if kind != "provider" and os.path.exists(target):
        raise RuntimeError("%s already exists in examples/; the fixture would replace a real file" % rel)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    shutil.copyfile(fixture, target)
    return rel


def one_line(text, limit=300):
    text = " | ".join(line.strip() for line in text.strip().splitlines() if line.strip())
    return text if len(text) <= limit else text[:limit] + "..."


def main(argv):
    if len(argv) != 3:
        print("usage: check_refuses.py <pusterum-binary> <repo-root>", file=sys.stderr)
        return 2
    binary, root = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    report = validate.Tally()

    # Controls: the unchanged tree passes, the example referrals are taken in.
    with tempfile.TemporaryDirectory(prefix="pusterum-refuses-") as tmp:
        tree = copy_examples(root, tmp)
        result = run(binary, tree, ["check"])
        if result.returncode == 0:
            report(True, "ok  unchanged examples/ passes `pusterum check`")
        else:
            report(False, "FAIL unchanged examples/: `pusterum check` exited %d: %s" % (
                result.returncode, one_line(result.stdout + result.stderr)))
        referrals = os.path.join(root, "examples", "referrals")
        for name in sorted(os.listdir(referrals)) if os.path.isdir(referrals) else []:
            result = run(binary, tree, ["intake", "--file", os.path.join(referrals, name)])
            if result.returncode == 0:
                report(True, "ok  examples/referrals/%s is taken in (%s)" % (name, result.stdout.strip()))
            else:
                report(False, "FAIL examples/referrals/%s: `pusterum intake` exited %d: %s" % (
                    name, result.returncode, one_line(result.stdout + result.stderr)))

    # Every fixture must be refused.
    fixtures = os.path.join(root, "tests", "fixtures", "invalid-schema")
    names = sorted(n for n in os.listdir(fixtures) if not n.startswith(".")) if os.path.isdir(fixtures) else []
    if not names:
        report(False, "FAIL tests/fixtures/invalid-schema: no fixtures")
    for name in names:
        shown = "tests/fixtures/invalid-schema/" + name
        fixture = os.path.join(fixtures, name)
        kind = name.split("--", 1)[0]
        if "--" not in name or kind not in validate.KINDS or not name.endswith(".yaml"):
            report(False, "FAIL %s: name is not <kind>--<what-is-broken>.yaml with a known kind" % shown)
            continue
        with tempfile.TemporaryDirectory(prefix="pusterum-refuses-") as tmp:
            tree = copy_examples(root, tmp)
            try:
                if kind == "referral":
                    where, args = "intake --file", ["intake", "--file", fixture]
                else:
                    where, args = place(kind, fixture, name, tree), ["check"]
            except Exception as e:  # noqa: BLE001
                report(False, "FAIL %s: cannot put it in place: %s" % (shown, e))
                continue
            result = run(binary, tree, args)
        output = result.stdout + result.stderr
        errors = [line.strip() for line in output.splitlines() if "error:" in line]
        command = "pusterum %s" % ("intake" if kind == "referral" else "check")
        if result.returncode != 0 and errors:
            report(True, "refused  %s (as %s; %s exit %d) %s" % (shown, where, command, result.returncode, errors[0]))
        elif result.returncode == 0:
            report(False, "FAIL %s (as %s): `%s` exited 0, accepted it: %s" % (shown, where, command, one_line(output)))
        else:
            report(False, "FAIL %s (as %s): `%s` exited %d with no `error:` message: %s" % (
                shown, where, command, result.returncode, one_line(output)))

    return report.summary()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
