The provider's overview on 22 November 2026: cases by status, days from referral to match and to the first visit, grants close to running out, and October's hours per staff member.

  $ pusterum report overview
  Overblik 22. november 2026
  ==========================
  Solsikken Aflastning ApS

  Sager efter status
  ------------------
    Status       Sager
    henvist          1
    søger match      1
    aktiv            4
    på pause         1
    afsluttet        1
    I alt            8

  Fra henvisning til første besøg
  -------------------------------
  Median fra henvisning til match: 35 dage
  Median fra match til første besøg: 3 dage
    Sag         Henvist     Matchet     Første besøg  Dage til match  Dage til besøg
    2025-EQKSG  24.11.2025  08.01.2026  10.01.2026                45               2
    2025-FR23R  08.12.2025  12.01.2026  13.01.2026                35               1
    2025-QVEHE  17.11.2025  09.01.2026  23.01.2026                53              14
    2025-YJN8S  01.09.2025  06.10.2025  04.01.2026                35              90
    2026-6WPXB  26.10.2026  –           –                          –               –
    2026-8VDW5  18.11.2026  –           –                          –               –
    2026-BKSGB  10.03.2026  14.04.2026  18.04.2026                35               4
    2026-ZDSG3  02.02.2026  09.03.2026  09.03.2026                35               0

  Bevillinger tæt på at løbe ud
  -----------------------------
  Åbne sager med mindst 80 % af bevillingens timer brugt, eller som slutter inden for 60 dage.
    Sag         Kommune         Brugt      Bevilget  Andel  Slutter     Dage tilbage
    2025-FR23R  Aarhus    253,5 timer  321,86 timer   79 %  31.12.2026            39
    2025-QVEHE  Favrskov    480 timer     576 timer   83 %  31.12.2026            39

  Timer pr. medarbejder til løn, oktober 2026
  -------------------------------------------
  Besøg, ophold og møder påbegyndt i perioden; aflysninger er ikke arbejdstid. Nattetimer under ophold står under nat.
    Medarbejder      Besøg  Ophold  Møder  dag  aften  nat  weekend  helligdag  Timer i alt  Km
    Fatima Ali          20       0      0    0      0    0       20          0           20   0
    Jonas Berg          14       0      0   14      0    0        0          0           14  83
    Maja Kristensen     28       0      0   16     12    0        0          0           28   0
    Nanna Skov           0      49      0    1      6   17       25          0           49   0
    Søren Mølgaard       9       0      0    0      0    0        9          0            9   0
    I alt               71      49      0   31     18   17       54          0          120  83

In English, and the payroll for the third quarter.

  $ pusterum report overview --lang en --period 2026-Q3
  Overview 22 November 2026
  =========================
  Solsikken Aflastning ApS

  Cases by status
  ---------------
    Status    Cases
    referred      1
    matching      1
    active        4
    paused        1
    closed        1
    Total         8

  From referral to first visit
  ----------------------------
  Median from referral to match: 35 days
  Median from match to first visit: 3 days
    Case        Referred    Matched     First visit  Days to match  Days to visit
    2025-EQKSG  2025-11-24  2026-01-08  2026-01-10              45              2
    2025-FR23R  2025-12-08  2026-01-12  2026-01-13              35              1
    2025-QVEHE  2025-11-17  2026-01-09  2026-01-23              53             14
    2025-YJN8S  2025-09-01  2025-10-06  2026-01-04              35             90
    2026-6WPXB  2026-10-26  –           –                        –              –
    2026-8VDW5  2026-11-18  –           –                        –              –
    2026-BKSGB  2026-03-10  2026-04-14  2026-04-18              35              4
    2026-ZDSG3  2026-02-02  2026-03-09  2026-03-09              35              0

  Grants close to running out
  ---------------------------
  Open cases with at least 80 % of the grant's hours used, or ending within 60 days.
    Case        Municipality         Used       Granted  Share  Ends        Days left
    2025-FR23R  Aarhus        253.5 hours  321.86 hours   79 %  2026-12-31         39
    2025-QVEHE  Favrskov        480 hours     576 hours   83 %  2026-12-31         39

  Hours per staff member for payroll, Q3 2026
  -------------------------------------------
  Visits, stays and meetings begun in the period; cancellations are not working time. Night hours of stays are under night.
    Staff            Visits  Stays  Meetings  day  evening  night  weekend  holiday  Total hours   Km
    Fatima Ali           48      0         0    0        0      0       48        0           48    0
    Jonas Berg           78      0         0   50        0      0       28        0           78  299
    Maja Kristensen    80.5      0         0   46     34.5      0        0        0         80.5    0
    Nanna Skov            0    144         0    3       18     48       75        0          144    0
    Søren Mølgaard       36      0         0    0        0      0       36        0           36    0
    Total             242.5    144         0   99     52.5     48      187        0        386.5  299

The payroll part as CSV, for programs and for Danish spreadsheets.

  $ pusterum report overview --format csv
  from,to,staff,name,entries,visit_hours,overnight_hours,meeting_hours,day_hours,evening_hours,night_hours,weekend_hours,holiday_hours,total_hours,km
  2026-10-01,2026-10-31,fatima-ali,Fatima Ali,5,20.00,0.00,0.00,0.00,0.00,0.00,20.00,0.00,20.00,0
  2026-10-01,2026-10-31,jonas-berg,Jonas Berg,7,14.00,0.00,0.00,14.00,0.00,0.00,0.00,0.00,14.00,83
  2026-10-01,2026-10-31,maja-kristensen,Maja Kristensen,8,28.00,0.00,0.00,16.00,12.00,0.00,0.00,0.00,28.00,0
  2026-10-01,2026-10-31,nanna-skov,Nanna Skov,1,0.00,49.00,0.00,1.00,6.00,17.00,25.00,0.00,49.00,0
  2026-10-01,2026-10-31,soeren-moelgaard,Søren Mølgaard,3,9.00,0.00,0.00,0.00,0.00,0.00,9.00,0.00,9.00,0
  $ pusterum report overview --format csv --excel | sed 's/^\xef\xbb\xbf//'
  Fra;Til;Medarbejder;Navn;Registreringer;Besøg, timer;Ophold, timer;Møder, timer;Dag, timer;Aften, timer;Nat, timer;Weekend, timer;Helligdag, timer;Timer i alt;km
  2026-10-01;2026-10-31;fatima-ali;Fatima Ali;5;20,00;0,00;0,00;0,00;0,00;0,00;20,00;0,00;20,00;0
  2026-10-01;2026-10-31;jonas-berg;Jonas Berg;7;14,00;0,00;0,00;14,00;0,00;0,00;0,00;0,00;14,00;83
  2026-10-01;2026-10-31;maja-kristensen;Maja Kristensen;8;28,00;0,00;0,00;16,00;12,00;0,00;0,00;0,00;28,00;0
  2026-10-01;2026-10-31;nanna-skov;Nanna Skov;1;0,00;49,00;0,00;1,00;6,00;17,00;25,00;0,00;49,00;0
  2026-10-01;2026-10-31;soeren-moelgaard;Søren Mølgaard;3;9,00;0,00;0,00;0,00;0,00;0,00;9,00;0,00;9,00;0

JSON agrees with the text: the medians and the grants running out.

  $ pusterum report overview --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["cases_by_status"], d["median_days"], [(g["case"], g["share"], g["days_left"]) for g in d["running_out"]["grants"]])'
  {'referred': 1, 'matching': 1, 'active': 4, 'paused': 1, 'closed': 1} {'referral_to_match': 35.0, 'match_to_first_visit': 3.0} [('2025-FR23R', 0.788, 39), ('2025-QVEHE', 0.833, 39)]
  $ pusterum report overview --format md | head -20
  # Overblik 22. november 2026

  Solsikken Aflastning ApS

  ## Sager efter status

  | Status | Sager |
  | --- | ---: |
  | henvist | 1 |
  | søger match | 1 |
  | aktiv | 4 |
  | på pause | 1 |
  | afsluttet | 1 |
  | **I alt** | **8** |

  ## Fra henvisning til første besøg

  Median fra henvisning til match: 35 dage

  Median fra match til første besøg: 3 dage

  $ pusterum report overview --format html | grep -E '<html|<h1>|<h2>'
  <html lang="da">
  <h1>Overblik 22. november 2026</h1>
  <h2>Sager efter status</h2>
  <h2>Fra henvisning til første besøg</h2>
  <h2>Bevillinger tæt på at løbe ud</h2>
  <h2>Timer pr. medarbejder til løn, oktober 2026</h2>

A staffing recorded by match is the match day, and the case counts as active from then.

  $ pusterum match 2026-6WPXB --assign louise-bach --force --reason "test" > /dev/null 2>&1; pusterum report overview --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print([c for c in d["cases"] if c["case"] == "2026-6WPXB"], d["cases_by_status"])'
  [{'case': '2026-6WPXB', 'referred': '2026-10-26', 'matched': '2026-11-22', 'first_visit': None, 'days_to_match': 27, 'days_to_first_visit': None}] {'referred': 1, 'matching': 0, 'active': 5, 'paused': 1, 'closed': 1}

Bad input: one line saying what to do. A broken hours line leaves that case out, names it, shows the rest and exits 3.

  $ pusterum report overview --period 2026-Q0
  pusterum: fejl: --period '2026-Q0' er ikke en periode; skriv en måned 2026-10, et kvartal 2026-Q3 eller et år 2026, eller angiv --from og --to
  [2]
  $ pusterum report overview --format csv --excel --lang fr
  pusterum: fejl: --lang: 'fr' er ikke en af {da,en}; se `pusterum report overview --help`
  [2]
  $ echo 'not: [closed' >> cases/2026-BKSGB/hours/2026-11.yaml
  $ pusterum report overview --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(sum(d["cases_by_status"].values()))'; echo "exit ${PIPESTATUS[0]}"
  cases/2026-BKSGB/hours/2026-11.yaml:6:1: fejl: ikke en læsbar registrering: expected one entry as '- {key: value, ...}'; en linje i timeloggen ser sådan ud: - {id: 7K2M9Q, kind: visit, ...}; gendan den med `git checkout` [hours-log]
  pusterum: sag 2026-BKSGB er udeladt af overblikket: ret linjerne ovenfor, og kør igen
  pusterum: fejl: 1 sag udeladt af overblikket; `pusterum check` viser alle problemer
  7
  exit 3
