#!/usr/bin/python3
"""Random 4-byte damages of every cache under .pusterum/cache/ never change
what pusterum prints: a damaged record fails its checksum and is rebuilt
from the YAML, never used.

    tests/robust/cache_damage.py PUSTERUM_BINARY EXAMPLES_DIR [DAMAGES_PER_KIND] [SEED]

A copy of the examples is run cold (no cache) and then warm, which must
leave the caches as they are: they are used. Then, for each kind of cache
(the read cache of staff, cases and plans; the hours caches of the cases;
the staff index by month), DAMAGES_PER_KIND times: the pristine caches are
put back, 4 bytes at a random place of one file of that kind are
overwritten (its size and modification time kept, as a disk or a careless
tool would leave them), and billing, the status reports, check, match,
schedule and a log-hours refused for an overlap run again. Their output and
exit status must be the cold run's, and the damaged file must have been
rebuilt. Prints, per kind, the damages tried, the outputs changed and the
files rebuilt, and last "N passed, M failed".
"""
import os
import random
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Tally, env  # noqa: E402

COMMANDS = [
    ["report", "billing", "--period", "2026"],
    ["report", "billing", "--period", "2026-10", "--format", "json"],
    ["report", "--all"],
    ["check"],
    ["match", "fr23"],
    ["schedule", "FR23"],
    ["case", "list"],
    ["log-hours", "fr23", "--list", "--all"],
    # Refused: maja-kristensen is logged in 2025-FR23R then; the staff index finds that case.
    ["log-hours", "zdsg3", "--date", "2026-11-03", "--start", "16:00", "--end", "17:00", "--staff", "maja-kristensen"],
]

KINDS = {
    "read cache (files.bin)": lambda rel: rel == "files.bin",
    "hours caches (hours/<case>.bin)": lambda rel: rel.startswith("hours/") and rel.count("/") == 1,
    "staff index (hours/by-month/<month>.bin)": lambda rel: rel.startswith("hours/by-month/"),
}


def run_all(binary, tree):
    out = []
    for args in COMMANDS:
        p = subprocess.run([binary, "--lang", "en", "-C", tree] + args, capture_output=True, env=env(), timeout=120)
        out.append((p.returncode, p.stdout, p.stderr))
    return out


def cache_files(cache):
    found = {}
    for folder, _, names in os.walk(cache):
        for name in names:
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, cache)
            if not name.startswith("."):
                with open(path, "rb") as f:
                    found[rel] = f.read()
    return found


def put_back(cache, pristine):
    shutil.rmtree(cache, ignore_errors=True)
    for rel, data in pristine.items():
        os.makedirs(os.path.dirname(os.path.join(cache, rel)), exist_ok=True)
        with open(os.path.join(cache, rel), "wb") as f:
            f.write(data)


def damage(path, rng):
    """Overwrites 4 bytes at a random place with other bytes; size and times stay."""
    st = os.stat(path)
    with open(path, "r+b") as f:
        data = bytearray(f.read())
        at = rng.randrange(0, max(1, len(data) - 3))
        old = bytes(data[at:at + 4])
        new = old
        while new == old:
            new = bytes(rng.randrange(256) for _ in range(len(old)))
        data[at:at + 4] = new
        f.seek(0)
        f.write(data)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    return at, bytes(data)


def differences(cold, warm):
    return [" ".join(COMMANDS[i]) for i, (a, b) in enumerate(zip(cold, warm)) if a != b]


def main(argv):
    binary, examples = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    per_kind = int(argv[3]) if len(argv) > 3 else 40
    rng = random.Random(int(argv[4]) if len(argv) > 4 else 16)
    tally = Tally()
    work = tempfile.mkdtemp(prefix="pusterum-cache-damage-")
    try:
        tree = os.path.join(work, "tree")
        shutil.copytree(examples, tree, symlinks=True)
        cache = os.path.join(tree, ".pusterum", "cache")
        shutil.rmtree(cache, ignore_errors=True)
        shutil.rmtree(os.path.join(tree, ".pusterum", "access"), ignore_errors=True)

        cold = run_all(binary, tree)
        shutil.rmtree(cache)
        tally(run_all(binary, tree) == cold, "a second cold run prints what the first did")
        pristine = cache_files(cache)
        warm = run_all(binary, tree)
        tally(warm == cold, "a warm run prints what the cold run did: " + ", ".join(differences(cold, warm)))
        tally(cache_files(cache) == pristine, "a warm run uses the caches as they are, rebuilding none")
        for kind, matches in KINDS.items():
            files = sorted(rel for rel in pristine if matches(rel))
            tally(bool(files), "the cold run made a %s" % kind)
            if not files:
                continue
            changed = rebuilt = 0
            for _ in range(per_kind):
                put_back(cache, pristine)
                rel = rng.choice(files)
                at, damaged = damage(os.path.join(cache, rel), rng)
                out = run_all(binary, tree)
                if out != cold:
                    changed += 1
                    print("changed: %s damaged at byte %d: %s" % (rel, at, ", ".join(differences(cold, out))))
                with open(os.path.join(cache, rel), "rb") as f:
                    if f.read() != damaged:
                        rebuilt += 1
            print("%s: %d damages tried, %d outputs changed, %d files rebuilt" % (kind, per_kind, changed, rebuilt))
            tally(changed == 0, "%s: %d of %d damages changed an output" % (kind, changed, per_kind))
            tally(rebuilt == per_kind, "%s: %d of %d damaged files were rebuilt" % (kind, rebuilt, per_kind))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return tally.summary()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
