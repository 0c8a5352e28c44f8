Open cases, then all of them, then filters.

  $ pusterum case list
  ID          STATUS    CHILD  MUNICIPALITY  CASE NO.            COORDINATOR  FIXED STAFF       GRANT         PERIOD
  2025-FR23R  active    O.H.   Aarhus        27.24.12-A35-41-25  Mette Lund   maja-kristensen   7 h/week      2026-01-01..2026-12-31
  2025-QVEHE  active    A.B.   Favrskov      27.24.12-G01-52-25  Henrik Bak   nanna-skov        24 døgn/year  2026-01-01..2026-12-31
  2025-YJN8S  paused    J.N.   Favrskov      27.24.12-G01-17-25  Henrik Bak   soeren-moelgaard  36 h/quarter  2025-10-01..2027-03-31
  2026-6WPXB  matching  C.M.   Skanderborg   27.24.12-A35-38-26  Henrik Bak   -                 3 h/week      2026-11-01..2027-10-31
  2026-8VDW5  referred  N.P.   Skanderborg   27.24.12-A35-44-26  Henrik Bak   -                 6 h/week      2026-12-01..2027-11-30
  2026-BKSGB  active    S.A.   Aarhus        27.24.12-A35-9-26   Mette Lund   fatima-ali        16 h/month    2026-04-01..2027-03-31
  2026-ZDSG3  active    L.M.   Skanderborg   27.24.12-A35-7-26   Henrik Bak   jonas-berg        4 h/week      2026-03-01..2027-02-28
  $ pusterum case list --all --municipality aarhus
  ID          STATUS  CHILD  MUNICIPALITY  CASE NO.            COORDINATOR  FIXED STAFF      GRANT         PERIOD
  2025-EQKSG  closed  E.R.   Aarhus        27.24.12-A35-63-25  Mette Lund   jonas-berg       120 h in all  2026-01-01..2026-08-31
  2025-FR23R  active  O.H.   Aarhus        27.24.12-A35-41-25  Mette Lund   maja-kristensen  7 h/week      2026-01-01..2026-12-31
  2026-BKSGB  active  S.A.   Aarhus        27.24.12-A35-9-26   Mette Lund   fatima-ali       16 h/month    2026-04-01..2027-03-31
  $ pusterum case list --status closed --format json
  {
    "cases": [
      {
        "id": "2025-EQKSG",
        "status": "closed",
        "child_initials": "E.R.",
        "municipality": "Aarhus",
        "municipality_case_number": "27.24.12-A35-63-25",
        "coordinator": "Mette Lund",
        "fixed_staff": "jonas-berg",
        "grant": {
          "on": "2026-08-31",
          "unit": "hours_per_period",
          "quantity": 120,
          "start": "2026-01-01",
          "end": "2026-08-31"
        }
      }
    ]
  }

One case, by any unique part of its ID.

  $ pusterum case show bksg
  Case          2026-BKSGB, active since 2026-04-14
  Child         S.A., born 2016, girl
  Needs         deaf, anxiety
  Competences   sign-language
  Interests     drawing, animals
  Personality   warm, patient; Kommunikerer på tegnsprog. Bliver tryg, når hun får tid.
  Household     Mor, far og to ældre brødre. Forældrene taler arabisk og dansk.
  Where         both, postcode 8220
  Municipality  Aarhus, case 27.24.12-A35-9-26 (Barnets Lov § 90)
  Caseworker    Trine Vestergaard, +45 87 13 52 41, trine.vestergaard@example.dk
  Coordinator   Mette Lund
  Fixed staff   fatima-ali
  Start-up      2026-04-14
  Grant         16 h/month from 2026-04-01 to 2027-03-31, granted 2026-03-05
    terms       any day
    in force    16 h/month (any day)
    granted     192.00 h over the whole period (365 days)
  History       2026-03-10 referred
                2026-03-11 matching
                2026-04-14 active: Opstartsmøde med Fatima og forældrene
  $ pusterum case show 2025-QVEHE --format json | head -5
  {
    "case": {
      "id": "2025-QVEHE",
      "status": "active",
      "status_history": [
  $ pusterum case show 2025
  pusterum: error: '2025' matches 4 cases: 2025-EQKSG, 2025-FR23R, 2025-QVEHE, 2025-YJN8S; type more of the ID
  [2]
  $ pusterum case show nope
  pusterum: error: no case matches 'nope'; `pusterum case list` lists them
  [2]
  $ pusterum case list --status lukket
  pusterum: error: --status: lukket not in {referred,matching,active,paused,closed}; see `pusterum case list --help`
  [2]

An amendment is appended; the base grant stays and git shows a small diff.

  $ pusterum case amend ZDSG3 --from 2026-12-01 --quantity 6 --note "Øget efter opfølgningsmøde"
  Amended 2026-ZDSG3 from 2026-12-01: 6 h/week; 234.29 h granted over the whole period.
  $ tail -5 cases/2026-ZDSG3/case.yaml
    amendments:
      - from: 2026-12-01
        recorded: 2026-11-22
        quantity: 6
        note: Øget efter opfølgningsmøde
  $ pusterum case show ZDSG3 | grep -E 'Grant|amended|in force|granted'
  Grant         4 h/week from 2026-03-01 to 2027-02-28, granted 2026-01-27
    amended     from 2026-12-01: 6 h/week (Øget efter opfølgningsmøde)
    in force    4 h/week (mon, wed 15:00-19:30; driving up to 120 km/month)
    granted     234.29 h over the whole period (365 days)

Changing terms from a date copies the terms in force and changes what is given.

  $ pusterum case amend ZDSG3 --from 2027-01-01 --no-driving --note "Kørsel udgår"
  Amended 2026-ZDSG3 from 2027-01-01: 6 h/week; 234.29 h granted over the whole period.
  $ pusterum case show ZDSG3 | grep -E 'amended'
    amended     from 2026-12-01: 6 h/week (Øget efter opfølgningsmøde)
    amended     from 2027-01-01: terms: mon, wed 15:00-19:30 (Kørsel udgår)

Amendments that cannot be right are refused and nothing is written.

  $ pusterum case amend ZDSG3 --from 2028-01-01 --quantity 6
  --from: error: the amendment from 2028-01-01 lies outside the grant period 2026-03-01 to 2027-02-28; amend from a date inside the period [grant-period]
  [1]
  $ pusterum case amend ZDSG3 --from 2026-12-01
  pusterum: error: the amendment changes nothing; give --quantity, --unit, --end or a term such as --overnight
  [2]
  $ pusterum case amend ZDSG3 --from 2026-12-32 --quantity 6
  pusterum: error: --from '2026-12-32' is not a date; write a real date as YYYY-MM-DD or DD-MM-YYYY
  [2]
  $ pusterum case amend ZDSG3 --from 2026-12-01 --quantity -2
  --quantity: error: the amended quantity must be more than 0 [grant-period]
  --quantity: error: grant.amendments[0] and [1] both apply from 2026-12-01 and disagree on quantity: 6 and -2 (recorded 2026-11-22 and 2026-11-22); nothing says which holds; two clones amended the same grant? keep the amendment the municipality decided, delete the other from case.yaml, then run `pusterum check` [amendment-conflict]
  [1]
  $ pusterum case amend ZDSG3 --from 2026-12-01 --quantity many
  --quantity: error: quantity: 'many' is not a number; write it like 7 or 3.5, without quotes [schema]
  [2]
  $ pusterum case amend ZDSG3 --from 2026-12-01 --unit hours_a_week
  --unit: error: unit: 'hours_a_week' is not allowed; did you mean 'hours_per_week'? (use one of: hours_per_week, hours_per_month, hours_per_quarter, hours_per_period, dogn_per_month, dogn_per_year) [schema]
  [2]
  $ pusterum case amend ZDSG3 --from 2026-12-01 --window 19:00-15:00
  --window: error: terms.windows[0]: '19:00-15:00' is not a time window; write it as "HH:MM-HH:MM" with the start first [schema]
  [2]
  $ pusterum case amend ZDSG3 --from 2026-12-01 --day funday
  --day: error: terms.days[0]: 'funday' is not a weekday; use mon, tue, wed, thu, fri, sat or sun [schema]
  [2]

A whole-period grant whose new total is below what was already granted.

  $ pusterum case amend EQKSG --from 2026-06-01 --quantity 50
  --quantity: error: the new total of 50.00 h is less than the 74.57 h granted before 2026-06-01; a whole-period total counts from the grant's start; give the new total for the whole period [grant-period]
  [1]

A case file that is broken is reported, not silently listed.

  $ sed -i 's/^place: both/place: garden/' cases/2025-FR23R/case.yaml
  $ pusterum case list --status active
  cases/2025-FR23R/case.yaml:24:8: warning: place: 'garden' is not allowed; use one of: home, outings, both [schema]
  ID          STATUS  CHILD  MUNICIPALITY  CASE NO.            COORDINATOR  FIXED STAFF  GRANT         PERIOD
  2025-QVEHE  active  A.B.   Favrskov      27.24.12-G01-52-25  Henrik Bak   nanna-skov   24 døgn/year  2026-01-01..2026-12-31
  2026-BKSGB  active  S.A.   Aarhus        27.24.12-A35-9-26   Mette Lund   fatima-ali   16 h/month    2026-04-01..2027-03-31
  2026-ZDSG3  active  L.M.   Skanderborg   27.24.12-A35-7-26   Henrik Bak   jonas-berg   4 h/week      2026-03-01..2027-02-28
  pusterum: error: 1 case file could not be read; run `pusterum check`
  [3]
  $ sed -i 's/^place: garden/place: both/' cases/2025-FR23R/case.yaml

Closing, reopening, pausing and resuming keep a dated history.

  $ pusterum case close 8VDW5 --date 2026-11-25 --note "Familien takkede nej"
  Case 2026-8VDW5 is now closed (from 2026-11-25).
  $ pusterum case reopen 8VDW5 --date 2026-11-26
  Case 2026-8VDW5 is now referred (from 2026-11-26).
  $ pusterum case show 8VDW5 | grep -A4 History
  History       2026-11-18 referred: Henvist telefonisk af sagsbehandler
                2026-11-25 closed: Familien takkede nej
                2026-11-26 referred
  $ pusterum case close EQKSG
  pusterum: error: case 2025-EQKSG is closed; `case close` does not apply
  [1]
  $ pusterum case resume FR23R
  pusterum: error: case 2025-FR23R is active; `case resume` does not apply
  [1]
  $ pusterum case pause FR23R --date 2026-01-01
  pusterum: error: --date 2026-01-01 is before the case's last status change (2026-01-12); the history runs forward in time
  [2]
  $ pusterum case pause FR23R --date 2026-11-23 --note "Indlagt"
  Case 2025-FR23R is now paused (from 2026-11-23).
  $ pusterum case resume FR23R --date 2026-12-07
  Case 2025-FR23R is now active (from 2026-12-07).
