Open cases, then all of them, then filters.

  $ pusterum case list
  ID          STATUS    BARN  KOMMUNE      SAGSNR.             KOORDINATOR  FAST MEDARBEJDER  BEVILLING     PERIODE
  2025-FR23R  active    O.H.  Aarhus       27.24.12-A35-41-25  Mette Lund   maja-kristensen   7 h/week      2026-01-01..2026-12-31
  2025-QVEHE  active    A.B.  Favrskov     27.24.12-G01-52-25  Henrik Bak   nanna-skov        24 døgn/year  2026-01-01..2026-12-31
  2025-YJN8S  paused    J.N.  Favrskov     27.24.12-G01-17-25  Henrik Bak   soeren-moelgaard  36 h/quarter  2025-10-01..2027-03-31
  2026-6WPXB  matching  C.M.  Skanderborg  27.24.12-A35-38-26  Henrik Bak   -                 3 h/week      2026-11-01..2027-10-31
  2026-8VDW5  referred  N.P.  Skanderborg  27.24.12-A35-44-26  Henrik Bak   -                 6 h/week      2026-12-01..2027-11-30
  2026-BKSGB  active    S.A.  Aarhus       27.24.12-A35-9-26   Mette Lund   fatima-ali        16 h/month    2026-04-01..2027-03-31
  2026-ZDSG3  active    L.M.  Skanderborg  27.24.12-A35-7-26   Henrik Bak   jonas-berg        4 h/week      2026-03-01..2027-02-28
  $ pusterum case list --all --municipality aarhus
  ID          STATUS  BARN  KOMMUNE  SAGSNR.             KOORDINATOR  FAST MEDARBEJDER  BEVILLING     PERIODE
  2025-EQKSG  closed  E.R.  Aarhus   27.24.12-A35-63-25  Mette Lund   jonas-berg        120 h in all  2026-01-01..2026-08-31
  2025-FR23R  active  O.H.  Aarhus   27.24.12-A35-41-25  Mette Lund   maja-kristensen   7 h/week      2026-01-01..2026-12-31
  2026-BKSGB  active  S.A.  Aarhus   27.24.12-A35-9-26   Mette Lund   fatima-ali        16 h/month    2026-04-01..2027-03-31
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
  Sag           2026-BKSGB, active siden 2026-04-14
  Barn          S.A., født 2016, girl
  Kræver        deaf, anxiety
  Kompetencer   sign-language
  Interesser    drawing, animals
  Personlighed  warm, patient; Kommunikerer på tegnsprog. Bliver tryg, når hun får tid.
  Husstand      Mor, far og to ældre brødre. Forældrene taler arabisk og dansk.
  Hvor          both, postnummer 8220
  Kommune       Aarhus, sag 27.24.12-A35-9-26 (Barnets Lov § 90)
  Sagsbehandler Trine Vestergaard, +45 87 13 52 41, trine.vestergaard@example.dk
  Koordinator   Mette Lund
  Fast medarbejderfatima-ali
  Opstart       2026-04-14
  Bevilling     16 h/month fra 2026-04-01 til 2027-03-31, bevilget 2026-03-05
    vilkår      any day
    gældende    16 h/month (any day)
    bevilget    192.00 h over hele perioden (365 dage)
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
  pusterum: fejl: '2025' matcher 4 sager: 2025-EQKSG, 2025-FR23R, 2025-QVEHE, 2025-YJN8S; skriv mere af ID'et
  [2]
  $ pusterum case show nope
  pusterum: fejl: ingen sag matcher 'nope'; `pusterum case list` viser dem
  [2]
  $ pusterum case list --status lukket
  pusterum: fejl: --status: 'lukket' er ikke en af {referred,matching,active,paused,closed}; se `pusterum case list --help`
  [2]

An amendment is appended; the base grant stays and git shows a small diff.

  $ pusterum case amend ZDSG3 --from 2026-12-01 --quantity 6 --note "Øget efter opfølgningsmøde"
  Ændrede 2026-ZDSG3 fra 2026-12-01: 6 h/week; 234.29 h bevilget for hele perioden.
  $ tail -5 cases/2026-ZDSG3/case.yaml
    amendments:
      - from: 2026-12-01
        recorded: 2026-11-22
        quantity: 6
        note: Øget efter opfølgningsmøde
  $ pusterum case show ZDSG3 | grep -E 'Bevilling|ændret|gældende|bevilget'
  Bevilling     4 h/week fra 2026-03-01 til 2027-02-28, bevilget 2026-01-27
    ændret      fra 2026-12-01: 6 h/week (Øget efter opfølgningsmøde)
    gældende    4 h/week (mon, wed 15:00-19:30; driving up to 120 km/month)
    bevilget    234.29 h over hele perioden (365 dage)

Changing terms from a date copies the terms in force and changes what is given.

  $ pusterum case amend ZDSG3 --from 2027-01-01 --no-driving --note "Kørsel udgår"
  Ændrede 2026-ZDSG3 fra 2027-01-01: 6 h/week; 234.29 h bevilget for hele perioden.
  $ pusterum case show ZDSG3 | grep -E 'ændret'
    ændret      fra 2026-12-01: 6 h/week (Øget efter opfølgningsmøde)
    ændret      fra 2027-01-01: terms: mon, wed 15:00-19:30 (Kørsel udgår)

Amendments that cannot be right are refused and nothing is written.

  $ pusterum case amend ZDSG3 --from 2028-01-01 --quantity 6
  --from: fejl: ændringen fra 2028-01-01 ligger uden for bevillingsperioden 2026-03-01 til 2027-02-28; ændr fra en dato inden for perioden [grant-period]
  [1]
  $ pusterum case amend ZDSG3 --from 2026-12-01
  pusterum: fejl: ændringen ændrer ingenting; angiv --quantity, --unit, --end eller et vilkår som --overnight
  [2]
  $ pusterum case amend ZDSG3 --from 2026-12-32 --quantity 6
  pusterum: fejl: --from '2026-12-32' er ikke en dato; skriv en gyldig dato som YYYY-MM-DD eller DD-MM-YYYY
  [2]
  $ pusterum case amend ZDSG3 --from 2026-12-01 --quantity -2
  --quantity: fejl: det ændrede omfang skal være større end 0 [grant-period]
  --from: fejl: grant.amendments[0] og [1] gælder begge fra 2026-12-01 og er uenige om omfang: 6 og -2 (registreret 2026-11-22 og 2026-11-22); intet angiver, hvilken der gælder; har to kloner ændret den samme bevilling? behold den ændring, kommunen har besluttet, slet den anden fra case.yaml, og kør derefter `pusterum check` [amendment-conflict]
  [1]
  $ pusterum case amend ZDSG3 --from 2026-12-01 --quantity many
  --quantity: fejl: quantity: 'many' er ikke et tal; skriv det som 7 eller 3.5, uden anførselstegn [schema]
  [2]
  $ pusterum case amend ZDSG3 --from 2026-12-01 --unit hours_a_week
  --unit: fejl: unit: 'hours_a_week' er ikke tilladt; mente du 'hours_per_week'? (brug en af: hours_per_week, hours_per_month, hours_per_quarter, hours_per_period, dogn_per_month, dogn_per_year) [schema]
  [2]
  $ pusterum case amend ZDSG3 --from 2026-12-01 --window 19:00-15:00
  --window: fejl: terms.windows[0]: '19:00-15:00' er ikke et tidsrum; skriv det som "HH:MM-HH:MM" med starttidspunktet først [schema]
  [2]
  $ pusterum case amend ZDSG3 --from 2026-12-01 --day funday
  --day: fejl: terms.days[0]: 'funday' er ikke en ugedag; brug mon, tue, wed, thu, fri, sat eller sun [schema]
  [2]

A whole-period grant whose new total is below what was already granted.

  $ pusterum case amend EQKSG --from 2026-06-01 --quantity 50
  --quantity: fejl: det nye samlede antal på 50.00 t er mindre end de 74.57 t, der var bevilget før 2026-06-01; et samlet antal for hele perioden tælles fra bevillingens start; angiv det nye samlede antal for hele perioden [grant-period]
  [1]

A case file that is broken is reported, not silently listed.

  $ sed -i 's/^place: both/place: garden/' cases/2025-FR23R/case.yaml
  $ pusterum case list --status active
  cases/2025-FR23R/case.yaml:24:8: advarsel: place: 'garden' er ikke tilladt; brug en af: home, outings, both [schema]
  ID          STATUS  BARN  KOMMUNE      SAGSNR.             KOORDINATOR  FAST MEDARBEJDER  BEVILLING     PERIODE
  2025-QVEHE  active  A.B.  Favrskov     27.24.12-G01-52-25  Henrik Bak   nanna-skov        24 døgn/year  2026-01-01..2026-12-31
  2026-BKSGB  active  S.A.  Aarhus       27.24.12-A35-9-26   Mette Lund   fatima-ali        16 h/month    2026-04-01..2027-03-31
  2026-ZDSG3  active  L.M.  Skanderborg  27.24.12-A35-7-26   Henrik Bak   jonas-berg        4 h/week      2026-03-01..2027-02-28
  pusterum: fejl: 1 sagsfil kunne ikke læses; kør `pusterum check`
  [3]
  $ sed -i 's/^place: garden/place: both/' cases/2025-FR23R/case.yaml

Closing, reopening, pausing and resuming keep a dated history.

  $ pusterum case close 8VDW5 --date 2026-11-25 --note "Familien takkede nej"
  Sag 2026-8VDW5 er nu closed (fra 2026-11-25).
  $ pusterum case reopen 8VDW5 --date 2026-11-26
  Sag 2026-8VDW5 er nu referred (fra 2026-11-26).
  $ pusterum case show 8VDW5 | grep -A4 History
  History       2026-11-18 referred: Henvist telefonisk af sagsbehandler
                2026-11-25 closed: Familien takkede nej
                2026-11-26 referred
  $ pusterum case close EQKSG
  pusterum: fejl: sag 2025-EQKSG har status closed; `case close` kan ikke bruges
  [1]
  $ pusterum case resume FR23R
  pusterum: fejl: sag 2025-FR23R har status active; `case resume` kan ikke bruges
  [1]
  $ pusterum case pause FR23R --date 2026-01-01
  pusterum: fejl: --date 2026-01-01 ligger før sagens seneste statusændring (2026-01-12); historikken skal gå fremad i tid
  [2]
  $ pusterum case pause FR23R --date 2026-11-23 --note "Indlagt"
  Sag 2025-FR23R er nu paused (fra 2026-11-23).
  $ pusterum case resume FR23R --date 2026-12-07
  Sag 2025-FR23R er nu active (fra 2026-12-07).
