The status report to the caseworker for the grant's latest ended status
period: July to September for a grant that started on 1 January.

  $ pusterum report fr23
  Status til sagsbehandler — O.H., 1. juli 2026 – 30. september 2026
  Leverandør            Solsikken Aflastning ApS, Solsikkevej 4, 8000 Aarhus C, +45 86 12 34 56, kontakt@solsikken.example.dk, CVR 12345678
  Kommune               Aarhus
  Sagsbehandler         Trine Vestergaard, trine.vestergaard@example.dk, +45 87 13 52 41
  Kommunens sagsnummer  27.24.12-A35-41-25
  Lovgrundlag           Barnets Lov § 90
  Barnet                O.H. (vores sag 2025-FR23R)
  Familiekoordinator    Mette Lund, mette.lund@solsikken.example.dk, +45 86 12 34 57
  Hjælpen startede      opstartsmøde 12. januar 2026; første besøg 13. januar 2026
  Periode               1. juli 2026 – 30. september 2026
  Bevilling             5 timer om ugen; fra 1. juni 2026: 7 timer om ugen
  Bevillingsperiode     1. januar 2026 – 31. december 2026
  Udarbejdet            22. november 2026

  Timer
  -----
                                             Bevilget  Brugt   Tilbage
  I perioden                                 92,00     80,50   11,50
  Fra bevillingens start til periodens slut  229,86    204,50  25,36
  Hele bevillingsperioden                    321,86    204,50  117,36

  Art            I perioden  Til dato
  Besøg          80,50       204,50
  Overnatninger  0,00        0,00
  Møder          0,00        0,00

  Vagtplanen havde 91 timer i perioden; brugt 80,5 timer, 10,5 timer mindre end
  planlagt.

  Alle tal er timer. Timer er reel tid i Europe/Copenhagen; en bevillingsændring
  gælder fra sin dato.

  Prognose
  --------
  Forbrug pr. uge siden 12. januar 2026    5,46 timer
  Planlagt efter 30. september 2026        87,5 timer
  Forventet forbrug ved bevillingens slut  292 timer af 321,86 timer
  Prognosen bygger på de timer, der er brugt, og vagtplanen for resten af
  bevillingsperioden.

  Forbruget følger bevillingen (91 %).

  [█████████████████████████····|          ] 204,5 timer af 321,86 timer
   █ brugt   · bevilget, ikke brugt   | bevilget til periodens slut

  Besøg
  -----
  Antal besøg                23
  Gennemsnitlig længde       3,5 timer
  Kortere end 2 timer        0
  Aflyst af familien         1
  Aflyst af os               0
  Aflyst på grund af sygdom  2

  Kontinuitet
  -----------
  Fast medarbejder                            Maja Kristensen
  Andel af timerne ved den faste medarbejder  100 %
  Antal forskellige medarbejdere              1
  Afløsere brugt                              ingen
  Medarbejder      Timer
  Maja Kristensen  80,50  fast

  Status
  ------

  Formål
  Aflastning af familien to eftermiddage om ugen, så forældrene får luft i
  hverdagen og O.H. får faste, forudsigelige stunder uden for hjemmet.

  Mål
  - O.H. kan gennemføre en aftalt tur (bibliotek, togmuseet) efter en fast plan.
  - O.H. siger selv til, når larm bliver for meget, i stedet for at gå i stå.

  Begge mål er på vej: han bruger nu et stopkort, som Maja har lavet med ham.

  Barnets og familiens perspektiv
  O.H. glæder sig til tirsdag og torsdag og spørger efter Maja. Mor fortæller,
  at eftermiddagene giver ro til storesøsterens lektier.

  Ændringer i behov
  Ingen ændringer. Timerne fra 1. juni (7 om ugen) passer til behovet.

The same in English; a month, with the voided visit of 19 November left out.

  $ pusterum report fr23 --period 2026-11 --lang en | sed -n '/^Hours/,/^Forecast/p'
  note: 2025-FR23R: The status text for the period is missing; write it in cases/2025-FR23R/status/2026-11-01.md
  Hours
  -----
                                              Granted  Used    Left
  In the period                               30.00    21.00   9.00
  From the grant's start to the period's end  290.86   253.50  37.36
  The whole grant period                      321.86   253.50  68.36

  Kind             In the period  To date
  Visits           21.00          253.50
  Overnight stays  0.00           0.00
  Meetings         0.00           0.00

  The shift plan had 28 hours in the period; used 21 hours, 7 hours less than
  planned.

  All figures are hours: real elapsed time in Europe/Copenhagen; a change of the
  grant counts from its date.

  Forecast

The stay across the October change counts 49 hours.

  $ pusterum report qvehe --period 2026-10 --format csv | cut -d, -f1,6-10,16
  note: 2025-QVEHE: Statusteksten for perioden mangler; skriv den i cases/2025-QVEHE/status/2026-10-01.md
  case,period_from,period_to,granted_period,used_period,left_period,overnight_hours
  2025-QVEHE,2026-10-01,2026-10-31,48.92,49.00,-0.08,49.00

Driving appears only when the grant includes it; the corrected visit counts once.

  $ pusterum report zdsg3 --period 2026-11 --lang en | sed -n '/^Driving/,/^Continuity/p'
  note: 2026-ZDSG3: The status text for the period is missing; write it in cases/2026-ZDSG3/status/2026-11-01.md
  Driving
  -------
  Kilometres  72 km
  Amount      DKK 274.32
  Cap         120 km a month

  Continuity
  $ pusterum report fr23 --format md | head -8
  # Status til sagsbehandler — O.H., 1. juli 2026 – 30. september 2026

  |  |  |
  |---|---|
  | Leverandør | Solsikken Aflastning ApS, Solsikkevej 4, 8000 Aarhus C, +45 86 12 34 56, kontakt@solsikken.example.dk, CVR 12345678 |
  | Kommune | Aarhus |
  | Sagsbehandler | Trine Vestergaard, trine.vestergaard@example.dk, +45 87 13 52 41 |
  | Kommunens sagsnummer | 27.24.12-A35-41-25 |

Which reports are due, marking one as sent, and the list after.

  $ pusterum report --due
  SAG         KOMMUNE      BARN  KOORDINATOR  PERIODE                 SLUTTEDE     STATUSTEKST
  2025-FR23R  Aarhus       O.H.  Mette Lund   2026-07-01..2026-09-30  53 days ago  written
  2026-BKSGB  Aarhus       S.A.  Mette Lund   2026-07-01..2026-09-30  53 days ago  written
  2026-ZDSG3  Skanderborg  L.M.  Henrik Bak   2026-06-01..2026-08-31  83 days ago  missing
  $ pusterum report --mark-sent fr23 --date 2026-11-20
  Rapporten om 2025-FR23R for 2026-07-01 to 2026-09-30 er markeret som sendt den 2026-11-20.
  $ pusterum report --mark-sent fr23 --date 2026-11-20
  Rapporten om 2025-FR23R for 2026-07-01 to 2026-09-30 er allerede markeret som sendt den 2026-11-20.
  $ tail -1 cases/2025-FR23R/status/sent.yaml | sed 's/by: [a-z0-9._-]*}/by: USER}/'
  - {from: 2026-07-01, to: 2026-09-30, sent: 2026-11-20, by: USER}
  $ pusterum report --due --format csv
  case,municipality,child_initials,coordinator,from,to,days_since_end,status_text
  2026-BKSGB,Aarhus,S.A.,Mette Lund,2026-07-01,2026-09-30,53,yes
  2026-ZDSG3,Skanderborg,L.M.,Henrik Bak,2026-06-01,2026-08-31,83,no
  $ pusterum report fr23 | grep '^Sendt'
  Sendt                 20. november 2026

A quarter, a range, and the Danish spreadsheet CSV.

  $ pusterum report fr23 --period 2026-Q2 --format json | grep -A4 '"period": {' | head -5
        "period": {
          "from": "2026-04-01",
          "to": "2026-06-30"
        },
        "period_label": "2026-Q2",
  $ pusterum report fr23 --from 2026-05-25 --to 2026-06-07 --format csv --csv-dialect danish | cut -d';' -f1,6-10 | od -c | head -2
  pusterum: advarsel: --csv-dialect er forældet: brug --excel til CSV i dansk regnearksformat
  note: 2025-FR23R: Statusteksten for perioden mangler; skriv den i cases/2025-FR23R/status/2026-05-25.md
  0000000 357 273 277   S   a   g   ;   P   e   r   i   o   d   e       f
  0000020   r   a   ;   P   e   r   i   o   d   e       t   i   l   ;   B

Every case at once: one file per case and a summary per municipality; no
file holds another municipality's case.

  $ pusterum report --all --out ../out --format html
  note: 2025-EQKSG: Statusteksten for perioden mangler; skriv den i cases/2025-EQKSG/status/2026-07-01.md
  note: 2025-YJN8S: Statusteksten for perioden mangler; skriv den i cases/2025-YJN8S/status/2026-07-01.md
  note: 2026-BKSGB: Statusteksten mangler: Ændringer i behov (cases/2026-BKSGB/status/2026-07-01.md)
  note: 2026-ZDSG3: Statusteksten for perioden mangler; skriv den i cases/2026-ZDSG3/status/2026-06-01.md
  skrev ../out/aarhus/2025-EQKSG_2026-07-01_2026-08-31.html
  skrev ../out/aarhus/2025-FR23R_2026-07-01_2026-09-30.html
  skrev ../out/aarhus/2026-BKSGB_2026-07-01_2026-09-30.html
  skrev ../out/aarhus/summary_2026-07-01_2026-09-30.html
  skrev ../out/favrskov/2025-QVEHE_2026-07-01_2026-09-30.html
  skrev ../out/favrskov/2025-YJN8S_2026-07-01_2026-09-30.html
  skrev ../out/favrskov/summary_2026-07-01_2026-09-30.html
  skrev ../out/skanderborg/2026-ZDSG3_2026-06-01_2026-08-31.html
  skrev ../out/skanderborg/summary_2026-06-01_2026-08-31.html
  $ grep -l 'Favrskov' ../out/*/*.html
  ../out/favrskov/2025-QVEHE_2026-07-01_2026-09-30.html
  ../out/favrskov/2025-YJN8S_2026-07-01_2026-09-30.html
  ../out/favrskov/summary_2026-07-01_2026-09-30.html
  $ grep -c '<h1>' ../out/aarhus/summary_*.html
  1

Bad input: a clear line, a non-zero exit, nothing written.

  $ pusterum report fr23 --period 2026-X3
  pusterum: fejl: --period '2026-X3' er ikke en periode; skriv et kvartal som 2026-Q3 eller en måned som 2026-10, eller angiv --from og --to
  [2]
  $ pusterum report fr23 --period 2026-Q3 --from 2026-07-01 --to 2026-07-31
  pusterum: fejl: --period og --from/--to kan ikke bruges sammen
  [2]
  $ pusterum report fr23 --from 2026-07-01
  pusterum: fejl: --from og --to skal bruges sammen; angiv begge dage
  [2]
  $ pusterum report 6wpxb
  pusterum: fejl: case 2026-6WPXB: no status period has ended yet (the first ends 2027-01-31); give --period or --from and --to to report on the days so far
  [2]
  $ pusterum report fr23 --period 2025-Q1
  pusterum: fejl: case 2025-FR23R: the period 2025-Q1 is outside the grant period 2026-01-01 to 2026-12-31; give a period the grant covers
  [2]
  $ pusterum report
  pusterum: fejl: angiv en sag, eller angiv --all; `pusterum case list` viser sagerne
  [2]
  $ pusterum report fr23 --excel --format md
  pusterum: fejl: --excel skriver CSV, ikke --format md; udelad --format eller --excel
  [2]
  $ pusterum report --due --period 2026-Q3
  pusterum: fejl: --due viser alle statusperioder, der er afsluttet; udelad --period, --from og --to
  [2]
  $ pusterum report --mark-sent fr23 --date 2026-12-01
  pusterum: fejl: --date 2026-12-01 ligger i fremtiden; angiv den dag, rapporten blev sendt
  [2]
  $ pusterum report --mark-sent fr23 --date 2026-11-20 fr23
  pusterum: fejl: --mark-sent tager én sag og ingen andre sager, --all eller --out
  [2]
  $ printf '## Formål\nBarnet har CPR 010203-1234\n' > cases/2026-ZDSG3/status/2026-06-01.md
  $ pusterum report zdsg3
  cases/2026-ZDSG3/status/2026-06-01.md:2:1: fejl: the status text holds a value shaped like a CPR number; remove it: reports identify the child by initials and the municipality's case number [cpr-number]
  [3]
  $ rm cases/2026-ZDSG3/status/2026-06-01.md

A broken hours line stops that case's report; a batch reports the others
and names the case it could not produce.

  $ echo '- {id: BROKEN, kind: visit, staff: nanna-skov' >> cases/2025-QVEHE/hours/2026-09.yaml
  $ pusterum report qvehe
  cases/2025-QVEHE/hours/2026-09.yaml:4:1: fejl: ikke en læsbar registrering: did not find expected ',' or '}'; en linje i timeloggen ser sådan ud: - {id: 7K2M9Q, kind: visit, ...}; gendan den med `git checkout` [hours-log]
  [3]
  $ pusterum report --all --out ../batch
  note: 2025-EQKSG: Statusteksten for perioden mangler; skriv den i cases/2025-EQKSG/status/2026-07-01.md
  note: 2025-YJN8S: Statusteksten for perioden mangler; skriv den i cases/2025-YJN8S/status/2026-07-01.md
  note: 2026-BKSGB: Statusteksten mangler: Ændringer i behov (cases/2026-BKSGB/status/2026-07-01.md)
  note: 2026-ZDSG3: Statusteksten for perioden mangler; skriv den i cases/2026-ZDSG3/status/2026-06-01.md
  cases/2025-QVEHE/hours/2026-09.yaml:4:1: fejl: ikke en læsbar registrering: did not find expected ',' or '}'; en linje i timeloggen ser sådan ud: - {id: 7K2M9Q, kind: visit, ...}; gendan den med `git checkout` [hours-log]
  skrev ../batch/aarhus/2025-EQKSG_2026-07-01_2026-08-31.txt
  skrev ../batch/aarhus/2025-FR23R_2026-07-01_2026-09-30.txt
  skrev ../batch/aarhus/2026-BKSGB_2026-07-01_2026-09-30.txt
  skrev ../batch/aarhus/summary_2026-07-01_2026-09-30.txt
  skrev ../batch/favrskov/2025-YJN8S_2026-07-01_2026-09-30.txt
  skrev ../batch/favrskov/summary_2026-07-01_2026-09-30.txt
  skrev ../batch/skanderborg/2026-ZDSG3_2026-06-01_2026-08-31.txt
  skrev ../batch/skanderborg/summary_2026-06-01_2026-08-31.txt
  pusterum: fejl: 1 sag ikke rapporteret: 2025-QVEHE; ret det, der er nævnt ovenfor, og kør rapporten igen
  [3]
  $ ls ../batch/*
  ../batch/aarhus:
  2025-EQKSG_2026-07-01_2026-08-31.txt
  2025-FR23R_2026-07-01_2026-09-30.txt
  2026-BKSGB_2026-07-01_2026-09-30.txt
  summary_2026-07-01_2026-09-30.txt

  ../batch/favrskov:
  2025-YJN8S_2026-07-01_2026-09-30.txt
  summary_2026-07-01_2026-09-30.txt

  ../batch/skanderborg:
  2026-ZDSG3_2026-06-01_2026-08-31.txt
  summary_2026-06-01_2026-08-31.txt
  $ echo '- {from: 2026-07-01, to: 2026-09-31, sent: 2026-10-02}' >> cases/2026-BKSGB/status/sent.yaml
  $ pusterum report bksgb
  cases/2026-BKSGB/status/sent.yaml:4:22: fejl: to '2026-09-31' is not a date; write a real date as YYYY-MM-DD [schema]
  [3]

A case without a grant cannot be reported on; the batch still reports the
others, in JSON too, and lists it under failures.

  $ sed -i '/^grant:/,$d' cases/2026-ZDSG3/case.yaml
  $ pusterum report --all --format json > ../all.json
  cases/2025-QVEHE/hours/2026-09.yaml:4:1: fejl: ikke en læsbar registrering: did not find expected ',' or '}'; en linje i timeloggen ser sådan ud: - {id: 7K2M9Q, kind: visit, ...}; gendan den med `git checkout` [hours-log]
  cases/2026-BKSGB/status/sent.yaml:4:22: fejl: to '2026-09-31' is not a date; write a real date as YYYY-MM-DD [schema]
  cases/2026-ZDSG3/case.yaml:3:1: fejl: grant mangler; tilføj 'grant:' med en værdi [schema]
  pusterum: fejl: 3 sager ikke rapporteret: 2025-QVEHE, 2026-BKSGB, 2026-ZDSG3; ret det, der er nævnt ovenfor, og kør rapporten igen
  [3]
  $ grep -A3 '"failures"' ../all.json
    "failures": [
      {
        "case": "2025-QVEHE",
        "message": "cases/2025-QVEHE/hours/2026-09.yaml:4:1: fejl: ikke en læsbar registrering: did not find expected ',' or '}'; en linje i timeloggen ser sådan ud: - {id: 7K2M9Q, kind: visit, ...}; gendan den med `git checkout` [hours-log]"
  $ grep -o '"case": "[0-9A-Z-]*"' ../all.json
  "case": "2025-EQKSG"
  "case": "2025-FR23R"
  "case": "2025-YJN8S"
  "case": "2025-QVEHE"
  "case": "2026-BKSGB"
  "case": "2026-ZDSG3"
