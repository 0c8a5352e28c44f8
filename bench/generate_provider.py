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
import re

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


# --- plans (--plans) ----------------------------------------------------------
# A plan for every active or paused case, as `pusterum schedule` writes it. The
# plans use their own random numbers (seeded by --seed and the case ID), so the
# rest of the tree is the same with or without --plans.

WEEK = 7 * 1440
NON_TEXT = re.compile(
    "^(?:"
    "|~|null|Null|NULL"
    "|y|Y|n|N|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
    "|[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|0o[0-7]+"
    "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+"
    "|[-+]?[0-9][0-9_]*\\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9_]+(?:[eE][-+]?[0-9]+)?"
    "|[-+]?[0-9]+[eE][-+]?[0-9]+"
    "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
    "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)"
    "|<<|="
    ")$")
TIMESTAMP = re.compile("^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \\t]+).*)?$")


def flow_text(value):
    """A value as store::FlowLine::text writes it (the values written here need no escapes)."""
    if NON_TEXT.match(value) or TIMESTAMP.match(value) or ":" in value:
        return '"%s"' % value
    return value


def flow_map(pairs):
    return "  - {" + ", ".join("%s: %s" % (k, v) for k, v in pairs if v) + "}"


def span_text(start, end_days, end):
    """format_pattern's span: a same-day span whose end is not after its start ends the next day."""
    if end_days == 0 or (end_days == 1 and end <= start):
        return "%s-%s" % (clock(start), clock(end))
    return None


def weekly_when(every, day, start, end_days=0, end=None):
    words = {1: "every", 2: "every other"}.get(every, "every %d weeks" % every)
    span = span_text(start, end_days, end)
    if span is None:
        span = "%s - %s %s" % (clock(start), WEEKDAYS[(WEEKDAYS.index(day) + end_days) % 7], clock(end))
    return "%s %s %s" % (words, day, span)


def monthly_when(nth, day, start, end_days, end):
    span = span_text(start, end_days, end)
    if span is None:
        span = "%s - %s %s" % (clock(start), WEEKDAYS[(WEEKDAYS.index(day) + end_days) % 7], clock(end))
    return "%s %s of the month %s" % (["first", "second", "third", "fourth"][nth - 1] if nth > 0 else "last", day, span)


def monday(day):
    return day - datetime.timedelta(days=day.weekday())


def first_of_month(day):
    return day.replace(day=1)


def next_month(day):
    return (day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)


def container_first(unit, day):
    """The first day of the budget container holding `day` (grant/arithmetic.cpp)."""
    if unit == "hours_per_week":
        return monday(day)
    if unit in ("hours_per_month", "dogn_per_month"):
        return first_of_month(day)
    if unit == "hours_per_quarter":
        return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
    if unit == "dogn_per_year":
        return day.replace(month=1, day=1)
    return None


def occurrences(v, first, last):
    """start_days() of lib/schedule/pattern.cpp for the visit's pattern, within its from..until."""
    first, last = max(first, v["from"]), min(last, v["until"])
    out = []
    if last < first:
        return out
    if v["repeat"] == "once":
        return [v["date"]] if first <= v["date"] <= last else []
    target = WEEKDAYS.index(v["day"])
    if v["repeat"] == "weekly":
        day = first + datetime.timedelta(days=(target - first.weekday()) % 7)
        anchor = monday(v["from"])
        while day <= last:
            if ((monday(day) - anchor).days // 7) % v["every"] == 0:
                out.append(day)
            day += datetime.timedelta(days=7)
        return out
    month = first_of_month(first)
    while month <= last:
        if v["nth"] > 0:
            day = month + datetime.timedelta(days=(target - month.weekday()) % 7 + 7 * (v["nth"] - 1))
        else:
            end = next_month(month) - datetime.timedelta(days=1)
            day = end - datetime.timedelta(days=(end.weekday() - target) % 7)
        if first <= day <= last:
            out.append(day)
        month = next_month(month)
    return out


class Planner:
    def __init__(self, seed, staff):
        self.seed = seed
        self.staff = {s["id"]: s for s in staff}
        self.bookings = {s["id"]: [] for s in staff}  # (start, end) in minutes of the week, Monday 00:00 = 0
        self.covering = set()  # (staff ID, date) of the covers given out

    def free(self, sid, start, end):
        return all(end <= a or b <= start for a, b in self.bookings[sid])

    def slots_on(self, sid, day):
        return [(a, b) for d, a, b in self.staff[sid]["slots"] if d == day]

    def absent(self, sid, first, last):
        return any(a <= last and first <= b for a, b, _ in self.staff[sid]["absences"])

    def new_id(self, rng, taken):
        while True:
            vid = "".join(rng.choice(CROCKFORD) for _ in range(6))
            if vid not in taken:
                taken.add(vid)
                return vid

    def place_weekday(self, sid, days, window, minutes, use_slots):
        """A start minute on one of `days` where the visit fits the grant's window, the person's week and (if asked) availability."""
        for day in days:
            base = WEEKDAYS.index(day) * 1440
            ranges = self.slots_on(sid, day) if use_slots else [(14 * 60, 20 * 60)]
            for lo, hi in ranges:
                if window:
                    lo, hi = max(lo, window[0]), min(hi, window[1])
                start = max(lo, 15 * 60 if day in WEEKDAYS[:5] else 10 * 60)
                if start + minutes > hi:
                    start = lo
                while start + minutes <= hi:
                    if self.free(sid, base + start, base + start + minutes):
                        return day, start
                    start += 30
        return None

    def hour_visits(self, rng, c, sid, first, last):
        g = c["grant"]
        unit, q = g["unit"], g["quantity"]
        weeks = max(1, ((last - first).days + 7) // 7)
        # Occurrences of a weekly visit a budget period can hold, and its hours (less an hour for the meeting).
        per = {"hours_per_week": (1, q), "hours_per_month": (5, q - 1), "hours_per_quarter": (14, q - 1),
               "hours_per_period": (weeks + 1, q - 1)}[unit]
        plans = []
        for every in (1, 2, 3, 4):
            n, hours = -(-per[0] // every), per[1]
            for k in ((2, 1) if hours / n >= 5 else (1,)):
                half_hours = int(hours * 2 / (n * k))
                if half_hours >= 4:
                    plans.append((every, k, min(half_hours, 8 if k == 1 else 7) * 30))
            if plans:
                break
        if not plans:
            return []
        every, k, minutes = plans[0]
        allowed = g["days"] or WEEKDAYS[:5]
        window = None
        if g["windows"]:
            lo, hi = g["windows"][0].split("-")
            window = (int(lo[:2]) * 60, int(hi[:2]) * 60)
            minutes = min(minutes, window[1] - window[0])
        days = list(allowed)
        rng.shuffle(days)
        out = []
        for _ in range(k):
            # Inside the person's availability if possible; else where the grant allows (a staff-unavailable warning, as happens).
            found = self.place_weekday(sid, [d for d in days if d not in [o[0] for o in out]], window, minutes, True)
            if not found and rng.random() < 0.2:
                found = self.place_weekday(sid, [d for d in days if d not in [o[0] for o in out]], window, minutes, False)
            if not found:
                break
            day, start = found
            base = WEEKDAYS.index(day) * 1440
            self.bookings[sid].append((base + start, base + start + minutes))
            out.append((day, start, minutes, every))
        return out

    def overnight_staff(self, rng, c, sid, start, end):
        """The fixed person if they stay overnight and are free, else a colleague in the area who does."""
        def ok(s):
            return s["active"] and s["overnight"] and self.free(s["id"], start, end) and borneattest_valid(s, TODAY)
        if ok(self.staff[sid]):
            return sid
        near = [s for s in self.staff.values() if ok(s) and c["municipality"] in s["areas"]]
        anyone = near or [s for s in self.staff.values() if ok(s)]
        return rng.choice(anyone)["id"] if anyone else None

    def plan(self, c):
        rng = random.Random("%d/%s" % (self.seed, c["id"]))
        g, sid = c["grant"], c["fixed"]
        taken = set()
        visits = []
        end_of_grant = g["end"]
        # The start-up meeting: the first weekday on or after the match the person has an hour free in their slot.
        day, lo = c["matched"], None
        for _ in range(14):
            base = day.weekday() * 1440
            lo = next((max(a, 15 * 60) for a, b in self.slots_on(sid, WEEKDAYS[day.weekday()])
                       if day.weekday() < 5 and max(a, 15 * 60) + 60 <= b and self.free(sid, base + max(a, 15 * 60), base + max(a, 15 * 60) + 60)), None)
            if lo is not None:
                break
            day += datetime.timedelta(days=1)
        if day > end_of_grant:
            return None
        if lo is None:
            lo = 16 * 60
        visits.append({"id": self.new_id(rng, taken), "repeat": "once", "date": day, "from": day, "until": day,
                       "when": "%s %s-%s" % (day.isoformat(), clock(lo), clock(lo + 60)), "kind": "meeting", "staff": "",
                       "note": rng.choice(["Opstartsmøde", "Opstartsmøde med familien", "Opstartsmøde i hjemmet", ""]),
                       "minutes": (lo, lo + 60)})
        # Recurring visits from the Monday after the meeting, until the last whole budget period of the grant.
        first = monday(day) + datetime.timedelta(days=7)
        last = end_of_grant
        box = container_first(g["unit"], end_of_grant + datetime.timedelta(days=1))
        if box is not None and box != end_of_grant + datetime.timedelta(days=1):
            last = container_first(g["unit"], end_of_grant) - datetime.timedelta(days=1)
        if g["unit"] == "dogn_per_month":
            first = max(first, next_month(day))
        until = last if last < end_of_grant else None
        if c["status"] == "paused":
            until = min(last, c["paused"] - datetime.timedelta(days=1))
        if first > (until or last):
            return visits
        if g["overnight"]:
            q = g["quantity"]
            # (pattern, day, start, days, end): døgn a stay uses times how often it comes stays within the grant.
            if g["unit"] == "dogn_per_month":
                stay = {1: ("monthly", "sat", 600, 1, 600), 2: ("monthly", "fri", 960, 2, 960), 3: ("monthly", "fri", 960, 2, 960),
                        4: ("every2", "fri", 960, 1, 960)}[q]
            else:
                stay = {12: ("every5", "sat", 600, 1, 600), 18: ("every4", "fri", 960, 1, 960), 24: ("every6", "fri", 960, 2, 960),
                        36: ("every4", "fri", 960, 2, 960)}[q]
            how, wday, start, end_days, end = stay
            base = WEEKDAYS.index(wday) * 1440
            span = (base + start, base + end_days * 1440 + end)
            person = self.overnight_staff(rng, c, sid, *span)
            if person:
                self.bookings[person].append(span)
                v = {"id": self.new_id(rng, taken), "day": wday, "from": first, "until": until or end_of_grant, "kind": "overnight",
                     "staff": "" if person == sid else person, "note": rng.choice(["", "", "Weekend i hjemmet", "Aflastningsweekend"]),
                     "end_days": end_days, "minutes": (start, end)}
                if how == "monthly":
                    v.update(repeat="monthly", nth=1, when=monthly_when(1, wday, start, end_days, end))
                else:
                    v.update(repeat="weekly", every=int(how[5:]), when=weekly_when(int(how[5:]), wday, start, end_days, end))
                v["written_until"] = until
                visits.append(v)
        else:
            for wday, start, minutes, every in self.hour_visits(rng, c, sid, first, until or last):
                visits.append({"id": self.new_id(rng, taken), "repeat": "weekly", "every": every, "day": wday, "from": first,
                               "until": until or end_of_grant, "written_until": until, "kind": "visit", "staff": "",
                               "note": rng.choice(["", "", "", "", "Lektier og leg", "Svømning eller legeland", "Ud i naturen"]),
                               "end_days": 0, "minutes": (start, start + minutes),
                               "when": weekly_when(every, wday, start, 0, start + minutes)})
        return visits

    def changes(self, c, visits):
        """Cancels, moves and covers around today: the person's absences are covered or cancelled, a few dates more change."""
        rng = random.Random("%d/%s/changes" % (self.seed, c["id"]))
        out = []
        for v in visits:
            if v["repeat"] == "once":
                continue
            person = v["staff"] or c["fixed"]
            for day in occurrences(v, TODAY - datetime.timedelta(days=60), TODAY + datetime.timedelta(days=120)):
                last_day = day + datetime.timedelta(days=v["end_days"])
                start, end = v["minutes"]
                if self.absent(person, day, last_day):
                    reason = [r for a, b, r in self.staff[person]["absences"] if a <= last_day and day <= b][0]
                    base = day.weekday() * 1440
                    subs = [s for s in self.staff.values() if s["id"] != person and s["active"] and borneattest_valid(s, day)
                            and c["municipality"] in s["areas"] and not self.absent(s["id"], day, last_day)
                            and (s["id"], day) not in self.covering
                            and not any(b0 < base + 1440 * (v["end_days"] + 1) and base < b1 for b0, b1 in self.bookings[s["id"]])
                            and (v["kind"] == "overnight" and s["overnight"]
                                 or any(a <= start and end <= b for a, b in self.slots_on(s["id"], WEEKDAYS[day.weekday()])))]
                    if subs and rng.random() < 0.6:
                        sub = rng.choice(subs)["id"]
                        self.covering.add((sub, day))
                        out.append((day, [("visit", v["id"]), ("date", day.isoformat()), ("change", "cover"),
                                          ("staff", sub), ("reason", "%s er på %s" % (self.staff[person]["name"].split()[0], reason))]))
                    else:
                        out.append((day, [("visit", v["id"]), ("date", day.isoformat()), ("change", "cancel"), ("by", "provider"),
                                          ("reason", "%s: ingen vikar" % reason)]))
                    continue
                r = rng.random()
                if r < 0.03:
                    by, reason = rng.choice([("family", "Familien er bortrejst"), ("illness", "Barnet er sygt"), ("family", "Fødselsdag"),
                                             ("illness", "")])
                    out.append((day, [("visit", v["id"]), ("date", day.isoformat()), ("change", "cancel"), ("by", by), ("reason", reason)]))
                elif r < 0.045 and v["kind"] == "visit":
                    # An hour later the same day, when the person is free and available then.
                    base = day.weekday() * 1440
                    later = (start + 60, end + 60)
                    if (end + 60 <= 20 * 60 and any(a <= later[0] and later[1] <= b for a, b in self.slots_on(person, WEEKDAYS[day.weekday()]))
                            and self.free(person, base + end, base + later[1])
                            and all(later[0] >= int(w[:2]) * 60 and later[1] <= int(w[6:8]) * 60 for w in c["grant"]["windows"])):
                        to = "%s %s-%s" % (day.isoformat(), clock(later[0]), clock(later[1]))
                        out.append((day, [("visit", v["id"]), ("date", day.isoformat()), ("change", "move"), ("to", flow_text(to)),
                                          ("reason", rng.choice(["Tandlæge", "Fodboldkamp", "Forældresamtale", "Lægebesøg"]))]))
        out.sort(key=lambda change: change[0])
        return [pairs for _, pairs in out]


def write_plan(path, c, visits, changes):
    lines = ["# yaml-language-server: $schema=../../.pusterum/schemas/schedule.schema.json",
             "# Written by pusterum: change it with `pusterum schedule %s add|cancel|move|cover|stop`. One visit or change per line." % c["id"]]
    lines.append("visits:" if visits else "visits: []")
    for v in visits:
        until = v.get("written_until")
        lines.append(flow_map([("id", flow_text(v["id"])), ("when", flow_text(v["when"])), ("from", v["from"].isoformat()),
                               ("until", until.isoformat() if until else ""), ("kind", v["kind"]), ("staff", v["staff"]),
                               ("note", flow_text(v["note"]) if v["note"] else "")]))
    lines.append("changes:" if changes else "changes: []")
    for pairs in changes:
        lines.append(flow_map([(k, flow_text(x) if k in ("reason", "visit") and x else x) for k, x in pairs]))
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



# --- hours logs (--hours-years) ---------------------------------------------
# Y years of delivered hours for every active case, as `pusterum log-hours`
# writes them: cases/<id>/hours/YYYY-MM.yaml, one flow map per line. The
# grants of active cases are moved back so they cover the Y years. Each case
# keeps a weekly pattern (visits on its days and hours, or overnight
# weekends) with its fixed staff member; the patterns of one person never
# overlap within the week, so their entries never overlap either. Some visits
# are cancelled, a few entries voided or corrected, km logged where the grant
# includes driving. Times carry the UTC offset they had in Europe/Copenhagen.

HOURS_HEADER = ("# yaml-language-server: $schema=../../../.pusterum/schemas/hours.schema.json\n"
                "# Written by pusterum log-hours: one entry per line, never edited. Correct with --void or --correct.\n")
ROUTES = ["Hjem til svømmehallen og tilbage", "Hjem til legelandet og tilbage", "Hjem til skoven og tilbage",
          "Hjem til biblioteket og tilbage", "Hjem til fodboldbanen og tilbage"]


def extend_history(seed, c, years):
    """Move an active case's grant back so it covers most of the Y years of hours."""
    rng = random.Random("%d/%s/history" % (seed, c["id"]))
    g = c["grant"]
    g["start"] = TODAY - datetime.timedelta(days=int(365.25 * years) - rng.randint(0, 120))
    g["granted_on"] = g["start"] - datetime.timedelta(days=rng.randint(5, 40))
    c["referred"] = g["start"] - datetime.timedelta(days=rng.randint(10, 40))
    c["matched"] = g["start"] + datetime.timedelta(days=rng.randint(0, 14))


class HoursWriter:
    def __init__(self, seed, staff, years):
        from zoneinfo import ZoneInfo
        self.seed = seed
        self.staff = {s["id"]: s for s in staff}
        self.zone = ZoneInfo("Europe/Copenhagen")
        self.first_day = TODAY - datetime.timedelta(days=int(365.25 * years))
        self.week = {}        # staff -> [(start, end)] in minutes of the week, never overlapping
        self.meetings = set()  # (staff, day) with a start-up meeting at 10:00
        self.offsets = {}
        self.entries = 0

    def offset(self, day):
        """The UTC offset on `day` for times from 03:00 on: no visit starts in the night of a DST change."""
        text = self.offsets.get(day)
        if text is None:
            minutes = int(datetime.datetime(day.year, day.month, day.day, 12, tzinfo=self.zone).utcoffset().total_seconds()) // 60
            text = "%s%02d:%02d" % ("+" if minutes >= 0 else "-", abs(minutes) // 60, abs(minutes) % 60)
            self.offsets[day] = text
        return text

    def moment(self, day, minute):
        day += datetime.timedelta(days=minute // 1440)
        minute %= 1440
        return '"%sT%02d:%02d%s"' % (day.isoformat(), minute // 60, minute % 60, self.offset(day)), day

    def free(self, sid, span):
        return not any(a < span[1] and span[0] < b for a, b in self.week.get(sid, ()))

    def pattern(self, rng, c, sid):
        """[(weekday, start minute, end minute relative to that day's midnight)], every k weeks, phase."""
        g = c["grant"]
        if g["overnight"]:
            per_year = g["quantity"] * (12 if g["unit"] == "dogn_per_month" else 1)
            stay = (4, 960, 2 * 1440 + 960, 2) if per_year >= 24 else (5, 600, 1440 + 600, 1)
            every = max(1, min(8, round(52 * stay[3] / per_year)))
            wd, start, end, _ = stay
            span = (wd * 1440 + start, wd * 1440 + end)
            if not self.free(sid, span):
                return [], 1
            self.week.setdefault(sid, []).append(span)
            return [(wd, start, end)], every
        hours = weekly_hours(g)
        n = 1 if hours < 4 else 2 if hours < 7 else 3
        minutes = max(120, min(240, int(hours * 60 / n) // 30 * 30))
        window = None
        if g["windows"]:
            a, b = g["windows"][0].split("-")
            window = (int(a[:2]) * 60 + int(a[3:]), int(b[:2]) * 60 + int(b[3:]))
        # Without days in the grant any day will do: after school on weekdays, from the morning at weekends.
        days = [WEEKDAYS.index(d) for d in (g["days"] or WEEKDAYS)]
        rng.shuffle(days)
        out = []
        for wd in days:
            if len(out) == n:
                break
            lo, hi = window or ((14 * 60 if wd < 5 else 9 * 60), 20 * 60)
            length = min(minutes, hi - lo)
            starts = list(range(lo, hi - length + 1, 30))
            rng.shuffle(starts)
            for start in starts:
                span = (wd * 1440 + start, wd * 1440 + start + length)
                if self.free(sid, span):
                    self.week.setdefault(sid, []).append(span)
                    out.append((wd, start, start + length))
                    break
        return out, 1

    def new_id(self, rng, taken):
        while True:
            eid = "".join(rng.choice(CROCKFORD) for _ in range(6))
            # Never one that reads as a number, so it is written unquoted as pusterum does.
            if eid not in taken and any(ch.isalpha() and ch != "E" for ch in eid):
                taken.add(eid)
                return eid

    def logged(self, rng, end_day):
        day = min(TODAY, end_day + datetime.timedelta(days=rng.choice([0, 0, 1, 1, 2, 3])))
        minute = rng.randint(20 * 60, 23 * 60 + 59) if day < TODAY or day > end_day else 23 * 60 + 59
        return '"%sT%02d:%02d%s"' % (day.isoformat(), minute // 60, minute % 60, self.offset(day))

    def write(self, root, c):
        rng = random.Random("%d/%s/hours" % (self.seed, c["id"]))
        g, sid = c["grant"], c["fixed"]
        by = slug(c["coordinator"]).replace("-", ".")
        first = max(g["start"], c["matched"], self.first_day)
        taken = set()
        months = {}   # "YYYY-MM" -> [lines]

        def put(day, line):
            months.setdefault(day.strftime("%Y-%m"), []).append(line)

        # The start-up meeting: the first weekday from `first` at 10:00 with none of the person's others that day.
        day = first
        while day.weekday() >= 5 or (sid, day) in self.meetings:
            day += datetime.timedelta(days=1)
        self.meetings.add((sid, day))
        if day < TODAY:
            s, _ = self.moment(day, 600)
            e, _ = self.moment(day, 660)
            put(day, "- {id: %s, kind: meeting, staff: %s, start: %s, end: %s, note: Opstartsmøde, logged: %s, by: %s}\n" % (
                self.new_id(rng, taken), sid, s, e, self.logged(rng, day), by))
        first = day + datetime.timedelta(days=1)  # visits from the day after the meeting
        slots, every = self.pattern(rng, c, sid)
        phase = rng.randrange(every)
        absences = self.staff[sid]["absences"]
        driving = g["driving"]
        kind = "overnight" if g["overnight"] else "visit"
        late = []    # voids and corrections, written after the month's entries
        monday0 = first - datetime.timedelta(days=first.weekday())
        week = 0
        while True:
            monday_ = monday0 + datetime.timedelta(days=7 * week)
            if monday_ > TODAY:
                break
            if week % every == phase:
                for wd, start, end in slots:
                    day = monday_ + datetime.timedelta(days=wd)
                    s, _ = self.moment(day, start)
                    e, end_day = self.moment(day, end)
                    if day < first or end_day >= TODAY or day > g["end"]:
                        continue
                    eid = self.new_id(rng, taken)
                    logged = self.logged(rng, end_day)
                    r = rng.random()
                    if any(a <= end_day and day <= b for a, b, _ in absences):
                        put(day, "- {id: %s, kind: cancelled, staff: %s, start: %s, end: %s, cancelled_by: provider, note: Ingen vikar, logged: %s, by: %s}\n" % (
                            eid, sid, s, e, logged, by))
                        continue
                    if r < 0.04:
                        who, note = rng.choice([("family", "Familien er bortrejst"), ("illness", "Barnet er sygt"),
                                                ("family", "Aflyst samme dag"), ("illness", "Aflyst samme dag")])
                        put(day, "- {id: %s, kind: cancelled, staff: %s, start: %s, end: %s, cancelled_by: %s, note: %s, logged: %s, by: %s}\n" % (
                            eid, sid, s, e, who, note, logged, by))
                        continue
                    km = ""
                    if driving and rng.random() < 0.4:
                        km = ", km: %d, route: %s" % (rng.randint(4, 18), rng.choice(ROUTES))
                    put(day, "- {id: %s, kind: %s, staff: %s, start: %s, end: %s%s, logged: %s, by: %s}\n" % (
                        eid, kind, sid, s, e, km, logged, by))
                    if r > 0.994:
                        late.append((day, "- {id: %s, kind: void, voids: %s, reason: Registreret på den forkerte dag, logged: %s, by: %s}\n" % (
                            self.new_id(rng, taken), eid, logged, by)))
                    elif r > 0.985 and kind == "visit" and end - start >= 150:
                        e2, _ = self.moment(day, end - 30)
                        late.append((day, "- {id: %s, kind: visit, staff: %s, start: %s, end: %s%s, corrects: %s, reason: Sluttede en halv time før, logged: %s, by: %s}\n" % (
                            self.new_id(rng, taken), sid, s, e2, km, eid, logged, by)))
            week += 1
        for day, line in late:
            put(day, line)
        folder = os.path.join(root, "cases", c["id"], "hours")
        os.makedirs(folder, mode=0o700, exist_ok=True)
        for month, lines in months.items():
            with open(os.path.join(folder, month + ".yaml"), "w", encoding="utf-8") as f:
                f.write(HOURS_HEADER + "".join(lines))
            self.entries += len(lines)

RATES = """rates:
  - from: 2020-01-01
    hour: 385.00
    overnight_block: 1600.00
    awake_night_hour: 410.00
    evening_supplement: 35.00
    weekend_supplement: 45.00
    holiday_supplement: 90.00
    km: 3.79
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
    ap.add_argument("--plans", action="store_true",
                    help="also write a shift plan (cases/<id>/schedule.yaml) for every active or paused case")
    ap.add_argument("--hours-years", type=float, default=None, metavar="Y",
                    help="also write Y years of hours logs (cases/<id>/hours/YYYY-MM.yaml) up to today for every active "
                         "case; their grants are moved back to cover the Y years")
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

    if args.hours_years:
        for c in cases:
            if c["status"] == "active":
                extend_history(args.seed, c, args.hours_years)

    root = args.dir
    os.makedirs(os.path.join(root, "staff"), mode=0o700, exist_ok=True)
    os.makedirs(os.path.join(root, "cases"), mode=0o700, exist_ok=True)
    os.makedirs(os.path.join(root, ".pusterum"), mode=0o700, exist_ok=True)
    with open(os.path.join(root, "pusterum.yaml"), "w", encoding="utf-8") as f:
        # With hours, rates too, so `pusterum report billing` can price them.
        f.write(PROVIDER + (RATES if args.hours_years else ""))
    for s in staff:
        write_staff(os.path.join(root, "staff", s["id"] + ".yaml"), s)
    for c in cases:
        write_case(os.path.join(root, "cases", c["id"], "case.yaml"), c)
    plans = 0
    if args.plans:
        planner = Planner(args.seed, staff)
        # Every plan first, then the changes, so a cover or a move sees the whole week of the person.
        planned = [(c, planner.plan(c)) for c in sorted(cases, key=lambda c: c["id"]) if c["status"] in ("active", "paused")]
        for c, visits in planned:
            if visits is None:
                continue
            write_plan(os.path.join(root, "cases", c["id"], "schedule.yaml"), c, visits, planner.changes(c, visits))
            plans += 1
    entries = 0
    if args.hours_years:
        writer = HoursWriter(args.seed, staff, args.hours_years)
        for c in sorted(cases, key=lambda c: c["id"]):
            if c["status"] == "active":
                writer.write(root, c)
        entries = writer.entries
    print("%s: %d staff, %d cases: %d open (%d waiting for a match, %d active or paused), %d closed%s%s" % (
        root, len(staff), len(cases), args.open, waiting, active, closed, ", %d plans" % plans if args.plans else "",
        ", %d hours entries" % entries if args.hours_years else ""))


if __name__ == "__main__":
    main()
