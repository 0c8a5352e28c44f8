#!/usr/bin/python3
"""Write a made-up but realistic provider tree for benchmarks.

    bench/generate_provider.py DIR [--staff N] [--open M] [--waiting SHARE] [--closed C] [--seed S]

The same seed always gives the same tree. The provider works in ten East
Jutland municipalities; staff live in one of them and work in it and one or
two neighbours, with competences, interests, weekly availability, absences
and børneattest checks of various ages (some expired, as in real life).
Cases use every grant unit in the sizes municipalities grant (3-9 hours a
week, 8-30 a month, døgn per month or year for stays ...). Of the M open
cases (every case not closed, as `pusterum case list` counts them) a share
waits for a match (referred or matching; a quarter by default) and the rest
are active or paused with a fixed staff member who met the rules when they
were matched, so staff hold hours; C more are closed. Siblings share a
household and name each other.

The files have the layout and the key order pusterum writes; `pusterum check`
passes on the tree (with PUSTERUM_TODAY at --today). Only the Python
standard library is used.
"""
import argparse
import datetime
import os
import random

TODAY = datetime.date(2026, 11, 22)

# Municipality -> (postcodes, neighbours).
MUNICIPALITIES = {
    "Aarhus": (["8000", "8200", "8210", "8220", "8230", "8240", "8250", "8260", "8270"], ["Favrskov", "Skanderborg", "Syddjurs", "Odder"]),
    "Favrskov": (["8370", "8381", "8382", "8450", "8860"], ["Aarhus", "Randers", "Silkeborg"]),
    "Skanderborg": (["8660", "8670", "8680", "8362", "8464"], ["Aarhus", "Silkeborg", "Horsens", "Odder"]),
    "Silkeborg": (["8600", "8620", "8641", "8653", "8883"], ["Favrskov", "Skanderborg", "Horsens"]),
    "Randers": (["8900", "8920", "8930", "8940", "8960"], ["Favrskov", "Norddjurs", "Syddjurs"]),
    "Horsens": (["8700", "8732", "8740", "8751", "8783"], ["Skanderborg", "Hedensted", "Silkeborg"]),
    "Odder": (["8300", "8350"], ["Aarhus", "Skanderborg", "Horsens"]),
    "Syddjurs": (["8400", "8410", "8420", "8541", "8550"], ["Aarhus", "Norddjurs", "Randers"]),
    "Norddjurs": (["8500", "8560", "8570", "8585", "8586"], ["Syddjurs", "Randers"]),
    "Hedensted": (["7140", "7150", "7160", "8722", "8781"], ["Horsens"]),
}
# Bigger municipalities refer more families.
MUNICIPALITY_WEIGHTS = {"Aarhus": 30, "Favrskov": 6, "Skanderborg": 7, "Silkeborg": 10, "Randers": 10,
                        "Horsens": 9, "Odder": 3, "Syddjurs": 5, "Norddjurs": 4, "Hedensted": 5}

COMPETENCES = [("autism", 45), ("adhd", 40), ("anxiety", 35), ("epilepsy", 12), ("medication", 18),
               ("personal-care", 20), ("physical-disability", 12), ("sign-language", 3), ("tube-feeding", 4)]
INTERESTS = ["minecraft", "lego", "horses", "football", "drawing", "music", "swimming", "gaming", "animals", "trains",
             "dinosaurs", "baking", "nature", "climbing", "fishing", "board-games", "crafts", "dancing", "cars", "space"]
PERSONALITY = ["calm", "structured", "playful", "energetic", "warm", "patient", "humorous", "caring", "relaxed"]
FIRST_F = ["Anna", "Maja", "Ida", "Louise", "Fatima", "Nanna", "Sofie", "Emma", "Laura", "Julie", "Mette", "Camilla",
           "Sara", "Amalie", "Freja", "Line", "Signe", "Katrine", "Aisha", "Zeynep", "Cecilie", "Rikke", "Trine", "Helle"]
FIRST_M = ["Jonas", "Kasper", "Mikkel", "Emil", "Søren", "Mads", "Rasmus", "Anders", "Frederik", "Jakob", "Martin",
           "Peter", "Thomas", "Lars", "Ali", "Omar", "Christian", "Nikolaj", "Morten", "Jesper", "Henrik", "Simon"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
        "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen",
        "Holm", "Bach", "Skov", "Berg", "Lauridsen", "Frandsen", "Mølgaard", "Ali", "Yilmaz", "Nguyen", "Kjær"]
COORDINATORS = ["Mette Lund", "Henrik Bak", "Lene Holm", "Birgitte Dahl", "Ole Vinther"]
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def slug(name):
    out = name.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("é", "e"), ("ü", "ue")):
        out = out.replace(a, b)
    return "".join(c if c.isalnum() else "-" for c in out).strip("-")


def flow(items, quote=False):
    return "[" + ", ".join('"%s"' % i if quote else i for i in items) + "]"


def weighted_sample(rng, pairs, k):
    pool = list(pairs)
    out = []
    while pool and len(out) < k:
        total = sum(w for _, w in pool)
        r = rng.uniform(0, total)
        for i, (item, w) in enumerate(pool):
            r -= w
            if r <= 0:
                out.append(item)
                pool.pop(i)
                break
        else:
            out.append(pool.pop()[0])
    return out


def clock(minutes):
    return "%02d:%02d" % (minutes // 60, minutes % 60)


def weekly_hours(grant):
    """Roughly what pusterum counts: the grant spread over the weeks."""
    q, unit = grant["quantity"], grant["unit"]
    days = (grant["end"] - grant["start"]).days + 1
    return {"hours_per_week": q, "hours_per_month": q * 12 / 52, "hours_per_quarter": q * 4 / 52,
            "hours_per_period": q * 7 / days, "dogn_per_month": q * 24 * 12 / 52, "dogn_per_year": q * 24 / 52}[unit]


def borneattest_valid(staff, day, renewal_months=24):
    checked = staff["checked"]
    months = checked.month - 1 + renewal_months
    year = checked.year + months // 12
    month = months % 12 + 1
    while True:
        try:
            until = datetime.date(year, month, checked.day) - datetime.timedelta(days=1)
            break
        except ValueError:
            checked = checked - datetime.timedelta(days=1)
    return staff["ok"] and staff["checked"] <= day <= until


class Generator:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.case_ids = set()
        self.staff_ids = set()

    # --- staff ---------------------------------------------------------------
    def staff_member(self):
        rng = self.rng
        female = rng.random() < 0.7
        name = "%s %s" % (rng.choice(FIRST_F if female else FIRST_M), rng.choice(LAST))
        base = sid = slug(name)
        n = 2
        while sid in self.staff_ids:
            sid = "%s-%d" % (base, n)
            n += 1
        self.staff_ids.add(sid)
        home = rng.choices(list(MUNICIPALITY_WEIGHTS), weights=list(MUNICIPALITY_WEIGHTS.values()))[0]
        postcodes, neighbours = MUNICIPALITIES[home]
        areas = [home] + rng.sample(neighbours, min(len(neighbours), rng.choice([0, 1, 1, 2])))
        slots = []
        for day in rng.sample(WEEKDAYS[:5], rng.choice([1, 2, 2, 3, 3, 4])):
            start = rng.choice([13, 14, 14, 15, 15, 16]) * 60
            slots.append((day, start, min(24 * 60, start + rng.choice([4, 5, 5, 6, 8]) * 60)))
        if rng.random() < 0.45:
            for day in rng.sample(["sat", "sun"], rng.choice([1, 2])):
                start = rng.choice([0, 8, 9, 10]) * 60
                slots.append((day, start, rng.choice([16, 18, 24]) * 60))
        slots.sort(key=lambda s: (WEEKDAYS.index(s[0]), s[1]))
        absences = []
        if rng.random() < 0.2:
            start = TODAY + datetime.timedelta(days=rng.randint(-20, 90))
            absences.append((start, start + datetime.timedelta(days=rng.randint(3, 21)), rng.choice(["ferie", "kursus", "barsel"])))
        licence = rng.random() < 0.85
        active = rng.random() < 0.95
        return {
            "id": sid, "name": name, "gender": "female" if female else "male", "active": active,
            "employment_start": TODAY - datetime.timedelta(days=rng.randint(60, 4000)),
            "postcode": rng.choice(postcodes), "areas": areas,
            "competences": weighted_sample(rng, COMPETENCES, rng.choice([1, 2, 2, 3, 3, 4])),
            "interests": rng.sample(INTERESTS, rng.choice([2, 3, 3, 4])),
            "personality": rng.sample(PERSONALITY, 2),
            "languages": ["da"] + rng.sample(["en", "de", "ar", "tr", "so"], rng.choice([0, 1, 1, 2])),
            "max_hours": rng.choice([10, 12, 15, 15, 20, 20, 25, 25, 30, 37]),
            "overnight": rng.random() < 0.4, "licence": licence, "car": licence and rng.random() < 0.8,
            "slots": slots, "absences": absences,
            # Renewed every 24 months; about one in six has run out.
            "checked": TODAY - datetime.timedelta(days=rng.randint(10, 850)), "ok": rng.random() < 0.99,
            "deactivated": None if active else TODAY - datetime.timedelta(days=rng.randint(1, 200)),
        }

    # --- cases ---------------------------------------------------------------
    def case_id(self, year):
        while True:
            cid = "%d-%s" % (year, "".join(self.rng.choice(CROCKFORD) for _ in range(5)))
            if cid not in self.case_ids:
                self.case_ids.add(cid)
                return cid

    def grant(self, start):
        rng = self.rng
        unit, quantity, overnight = rng.choices(
            [("hours_per_week", rng.choice([3, 3, 4, 5, 5, 6, 7, 8, 9]), False),
             ("hours_per_month", rng.choice([8, 10, 12, 16, 20, 24, 30]), False),
             ("hours_per_quarter", rng.choice([24, 36, 48, 60, 90]), False),
             ("hours_per_period", rng.choice([60, 80, 120, 160, 200]), False),
             ("dogn_per_month", rng.choice([1, 2, 2, 3, 4]), True),
             ("dogn_per_year", rng.choice([12, 18, 24, 24, 36]), True)],
            weights=[45, 20, 10, 8, 7, 10])[0]
        end = start + datetime.timedelta(days=rng.choice([180, 364, 364, 364, 547]))
        days = []
        windows = []
        if overnight:
            days = ["fri", "sat", "sun"] if rng.random() < 0.7 else []
        else:
            if rng.random() < 0.5:
                days = sorted(rng.sample(WEEKDAYS, rng.choice([2, 3, 3, 4, 5])), key=WEEKDAYS.index)
            if rng.random() < 0.6:
                windows = ["%s-%s" % (clock(rng.choice([13, 14, 15]) * 60), clock(rng.choice([18, 19, 20]) * 60))]
        driving = rng.random() < 0.25
        return {"unit": unit, "quantity": quantity, "start": start, "end": end, "granted_on": start - datetime.timedelta(days=rng.randint(5, 40)),
                "overnight": overnight, "driving": driving, "km_cap": rng.choice([100, 120, 150, 200]) if driving else None,
                "days": days, "windows": windows}

    def case(self, status, staff):
        rng = self.rng
        municipality = rng.choices(list(MUNICIPALITY_WEIGHTS), weights=list(MUNICIPALITY_WEIGHTS.values()))[0]
        needs = weighted_sample(rng, [c for c in COMPETENCES if c[0] not in ("medication", "personal-care")], rng.choice([1, 1, 2, 2, 3]))
        required = needs[: rng.choice([1, 1, 1, 2])] if rng.random() < 0.9 else []
        if "epilepsy" in needs and rng.random() < 0.6:
            required = list(dict.fromkeys(required + ["medication"]))
        if status in ("referred", "matching"):
            referred = TODAY - datetime.timedelta(days=rng.randint(1, 60))
            start = referred + datetime.timedelta(days=rng.randint(-20, 60))
        elif status == "active":
            referred = TODAY - datetime.timedelta(days=rng.randint(60, 400))
            start = referred + datetime.timedelta(days=rng.randint(10, 40))
        else:
            referred = TODAY - datetime.timedelta(days=rng.randint(500, 900))
            start = referred + datetime.timedelta(days=rng.randint(10, 40))
        grant = self.grant(start)
        if status == "active":
            grant["end"] = max(grant["end"], TODAY + datetime.timedelta(days=rng.randint(30, 300)))
        if status == "closed":
            grant["end"] = min(grant["end"], TODAY - datetime.timedelta(days=rng.randint(10, 200)))
        year = referred.year
        c = {
            "id": self.case_id(year), "status": status, "referred": referred, "municipality": municipality,
            "postcode": rng.choice(MUNICIPALITIES[municipality][0]), "birth_year": rng.randint(2008, 2022),
            "gender": rng.choice(["boy", "girl"]), "needs": needs, "required": required,
            "interests": rng.sample(INTERESTS, rng.choice([1, 2, 2, 3])),
            "personality": rng.sample(PERSONALITY, rng.choice([0, 1, 1, 2])),
            "languages": ["da"] + (rng.sample(["en", "ar", "tr", "so"], 1) if rng.random() < 0.1 else []),
            "place": rng.choice(["home", "outings", "both"]), "case_number": "27.24.12-%s-%d-%02d" % (
                rng.choice(["A35", "G01", "K12"]), rng.randint(1, 99999), year % 100),
            "coordinator": rng.choice(COORDINATORS), "preferred_gender": rng.choice(["", "", "", "female", "male"]),
            "grant": grant, "fixed": None, "substitutes": [], "siblings": [], "do_not_match": [],
        }
        if status in ("active", "closed"):
            c["matched"] = min(TODAY, max(start, referred + datetime.timedelta(days=rng.randint(7, 35))))
            c["fixed"] = self.fixed_for(c, staff)
        if status == "matching":
            c["matching"] = referred + datetime.timedelta(days=rng.randint(0, min(5, (TODAY - referred).days)))
        if status == "closed":
            c["closed"] = grant["end"] + datetime.timedelta(days=rng.randint(0, 10))
        if rng.random() < 0.05 and staff:
            c["do_not_match"] = [rng.choice(staff)["id"]]
        return c

    def fixed_for(self, c, staff):
        """Someone who could hold the case today: active, valid børneattest, in the area, with the competences."""
        fits = [s for s in staff if s["active"] and borneattest_valid(s, TODAY) and c["municipality"] in s["areas"]
                and all(r in s["competences"] for r in c["required"])
                and s["held"] + weekly_hours(c["grant"]) <= s["max_hours"]]
        if not fits:
            fits = [s for s in staff if s["active"] and borneattest_valid(s, TODAY)]
        chosen = self.rng.choice(fits)
        chosen["held"] += weekly_hours(c["grant"])
        return chosen["id"]


def write_staff(path, s):
    lines = [
        "# yaml-language-server: $schema=../.pusterum/schemas/staff.schema.json",
        "# Written by pusterum: change it with `pusterum staff edit|deactivate`. Comments are not kept.",
        "id: " + s["id"], "name: " + s["name"],
        "phone: +45 %02d %02d %02d %02d" % tuple(random.Random(s["id"]).randint(10, 99) for _ in range(4)),
        "email: %s@example.dk" % s["id"].replace("-", "."), "gender: " + s["gender"],
        "active: " + ("true" if s["active"] else "false"),
        "employment_start: " + s["employment_start"].isoformat(), 'postcode: "%s"' % s["postcode"],
        "areas: " + flow(s["areas"]), "competences: " + flow(s["competences"]), "interests: " + flow(s["interests"]),
        "personality: " + flow(s["personality"]), "languages: " + flow(s["languages"]),
        "max_hours_per_week: %d" % s["max_hours"],
    ]
    if s["overnight"]:
        lines.append("overnight: true")
    if s["licence"]:
        lines.append("driving_licence: true")
    if s["car"]:
        lines.append("car: true")
    lines.append("availability:")
    for day, start, end in s["slots"]:
        lines += ["  - day: " + day, '    from: "%s"' % clock(start), '    to: "%s"' % clock(end)]
    if s["absences"]:
        lines.append("absences:")
        for start, end, reason in s["absences"]:
            lines += ["  - from: " + start.isoformat(), "    to: " + end.isoformat(), "    reason: " + reason]
    lines += ["borneattest:", "  checked: " + s["checked"].isoformat(), "  result: " + ("ok" if s["ok"] else "not-ok"),
              "  checked_by: Lene Holm"]
    if s["deactivated"]:
        lines.append("deactivated: " + s["deactivated"].isoformat())
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def write_case(path, c):
    g = c["grant"]
    history = [("referred", c["referred"])]
    if "matching" in c:
        history.append(("matching", c["matching"]))
    if "matched" in c:
        history.append(("active", c["matched"]))
    if "paused" in c:
        history.append(("paused", max(c["paused"], c["matched"])))
    if "closed" in c:
        history.append(("closed", c["closed"]))
    lines = [
        "# yaml-language-server: $schema=../../.pusterum/schemas/case.schema.json",
        "# Written by pusterum: change it with `pusterum case amend|close|reopen` and `pusterum match`. Comments are not kept.",
        "id: " + c["id"], "status: " + c["status"], "status_history:",
    ]
    for status, day in history:
        lines += ["  - date: " + day.isoformat(), "    status: " + status]
    initials = random.Random(c["id"])
    lines += ["child:", "  initials: %s.%s." % tuple(initials.choice("ABCDEFGHJKLMNOPRSTV") for _ in range(2)),
              "  birth_year: %d" % c["birth_year"], "  gender: " + c["gender"], "  needs: " + flow(c["needs"])]
    if c["required"]:
        lines.append("  required_competences: " + flow(c["required"]))
    lines.append("  special_interests: " + flow(c["interests"]))
    if c["personality"]:
        lines.append("  wanted_personality: " + flow(c["personality"]))
    lines += ["  languages: " + flow(c["languages"]), "place: " + c["place"], 'postcode: "%s"' % c["postcode"],
              "municipality: " + c["municipality"], "municipality_case_number: " + c["case_number"],
              "legal_basis: Barnets Lov § 90", "caseworker:", "  name: Rasmus Østergaard",
              "coordinator: " + c["coordinator"]]
    if c["preferred_gender"]:
        lines.append("preferred_gender: " + c["preferred_gender"])
    if c["do_not_match"]:
        lines.append("do_not_match: " + flow(c["do_not_match"]))
    if c["siblings"]:
        lines.append("siblings: " + flow(c["siblings"]))
    if c["fixed"]:
        lines.append("fixed_staff: " + c["fixed"])
    lines += ["grant:", "  unit: " + g["unit"], "  quantity: %d" % g["quantity"], "  start: " + g["start"].isoformat(),
              "  end: " + g["end"].isoformat(), "  granted_on: " + g["granted_on"].isoformat(), "  terms:",
              "    overnight: " + ("true" if g["overnight"] else "false"), "    driving: " + ("true" if g["driving"] else "false")]
    if g["km_cap"]:
        lines.append("    km_cap_per_month: %d" % g["km_cap"])
    if g["days"]:
        lines.append("    days: " + flow(g["days"]))
    if g["windows"]:
        lines.append("    windows: " + flow(g["windows"], quote=True))
    os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


PROVIDER = """# yaml-language-server: $schema=.pusterum/schemas/provider.schema.json
# A generated provider for benchmarks (bench/generate_provider.py).
provider: Bench Aflastning ApS
time_zone: Europe/Copenhagen
language: da
contract:
  minimum_visit_hours: 2
  borneattest_renewal_months: 24
rules:
  duplicate-case-number: warn
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("dir")
    ap.add_argument("--staff", type=int, default=800)
    ap.add_argument("--open", type=int, default=1000, help="open cases: every case that is not closed")
    ap.add_argument("--waiting", type=float, default=0.25,
                    help="the share of open cases waiting for a match (referred or matching); the rest are active, "
                         "one in twenty of them paused")
    ap.add_argument("--closed", type=int, default=None, help="closed cases (default: a quarter of the open ones)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    waiting = round(args.open * args.waiting)
    active = args.open - waiting
    closed = args.closed if args.closed is not None else args.open // 4

    gen = Generator(args.seed)
    staff = [gen.staff_member() for _ in range(args.staff)]
    for s in staff:
        s["held"] = 0
    cases = [gen.case("active", staff) for _ in range(active)]
    for c in cases[::20]:
        c["status"] = "paused"
        c["paused"] = TODAY - datetime.timedelta(days=gen.rng.randint(1, 40))
    cases += [gen.case(gen.rng.choice(["referred", "matching"]), staff) for _ in range(waiting)]
    cases += [gen.case("closed", staff) for _ in range(closed)]
    # One family in ten has two children with cases: they name each other.
    gen.rng.shuffle(cases)
    for a, b in zip(cases[0: len(cases) // 10: 2], cases[1: len(cases) // 10: 2]):
        a["siblings"], b["siblings"] = [b["id"]], [a["id"]]
        b["municipality"], b["postcode"] = a["municipality"], a["postcode"]

    root = args.dir
    os.makedirs(os.path.join(root, "staff"), mode=0o700, exist_ok=True)
    os.makedirs(os.path.join(root, "cases"), mode=0o700, exist_ok=True)
    os.makedirs(os.path.join(root, ".pusterum"), mode=0o700, exist_ok=True)
    with open(os.path.join(root, "pusterum.yaml"), "w", encoding="utf-8") as f:
        f.write(PROVIDER)
    for s in staff:
        write_staff(os.path.join(root, "staff", s["id"] + ".yaml"), s)
    for c in cases:
        write_case(os.path.join(root, "cases", c["id"], "case.yaml"), c)
    print("%s: %d staff, %d cases: %d open (%d waiting for a match, %d active or paused), %d closed" % (
        root, len(staff), len(cases), args.open, waiting, active, closed))


if __name__ == "__main__":
    main()
