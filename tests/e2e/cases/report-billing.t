The billing basis for the month before today (October 2026): per municipality and case, hours by kind and band times the rates of pusterum.yaml.

  $ pusterum report billing
  Afregningsgrundlag oktober 2026
  ===============================
  Solsikken Aflastning ApS · ydelser påbegyndt fra 1. oktober 2026 til og med 31. oktober 2026

  Aarhus
  ------

  2025-FR23R · O.H. · sagsnr. 27.24.12-A35-41-25
    Ydelse  Tidsbånd  Takster fra     Antal           À          Beløb
    Besøg   dag       01.01.2026   16 timer  395,00 kr.   6.320,00 kr.
    Besøg   aften     01.01.2026   12 timer  430,00 kr.   5.160,00 kr.
    I alt                                                11.480,00 kr.

  Timer: besøg 28; dag 16, aften 12
  1 aflysning, som kontrakten ikke afregner

  2026-BKSGB · S.A. · sagsnr. 27.24.12-A35-9-26
    Ydelse  Tidsbånd  Takster fra     Antal           À         Beløb
    Besøg   weekend   01.01.2026   20 timer  440,00 kr.  8.800,00 kr.
    I alt                                                8.800,00 kr.

  Timer: besøg 20; weekend 20

  Aarhus i alt
    Sag           Barn  Sagsnr.             Timer  Km          Beløb
    2025-FR23R    O.H.  27.24.12-A35-41-25     28   0  11.480,00 kr.
    2026-BKSGB    S.A.  27.24.12-A35-9-26      20   0   8.800,00 kr.
    Aarhus i alt                               48   0  20.280,00 kr.

  Timer: besøg 48; dag 16, aften 12, weekend 20

  Favrskov
  --------

  2025-QVEHE · A.B. · sagsnr. 27.24.12-G01-52-25
    Ydelse         Tidsbånd  Takster fra     Antal             À          Beløb
    Ophold         dag       01.01.2026     1 time    395,00 kr.     395,00 kr.
    Ophold         aften     01.01.2026    6 timer    430,00 kr.   2.580,00 kr.
    Ophold         weekend   01.01.2026   25 timer    440,00 kr.  11.000,00 kr.
    Overnatninger            01.01.2026   2 nætter  1.650,00 kr.   3.300,00 kr.
    I alt                                                         17.275,00 kr.

  Timer: ophold 49; dag 1, aften 6, nat 17, weekend 25

  2025-YJN8S · J.N. · sagsnr. 27.24.12-G01-17-25
    Ydelse  Tidsbånd  Takster fra    Antal           À         Beløb
    Besøg   weekend   01.01.2026   9 timer  440,00 kr.  3.960,00 kr.
    I alt                                               3.960,00 kr.

  Timer: besøg 9; weekend 9

  Favrskov i alt
    Sag             Barn  Sagsnr.             Timer  Km          Beløb
    2025-QVEHE      A.B.  27.24.12-G01-52-25     49   0  17.275,00 kr.
    2025-YJN8S      J.N.  27.24.12-G01-17-25      9   0   3.960,00 kr.
    Favrskov i alt                               58   0  21.235,00 kr.

  Timer: besøg 9, ophold 49; dag 1, aften 6, nat 17, weekend 34

  Skanderborg
  -----------

  2026-ZDSG3 · L.M. · sagsnr. 27.24.12-A35-7-26
    Ydelse  Tidsbånd  Takster fra     Antal           À         Beløb
    Besøg   dag       01.01.2026   14 timer  395,00 kr.  5.530,00 kr.
    Kørsel            01.01.2026      83 km    3,81 kr.    316,23 kr.
    I alt                                                5.846,23 kr.

  Timer: besøg 14; dag 14
  1 aflysning, som kontrakten ikke afregner

  Skanderborg i alt
    Sag                Barn  Sagsnr.            Timer  Km         Beløb
    2026-ZDSG3         L.M.  27.24.12-A35-7-26     14  83  5.846,23 kr.
    Skanderborg i alt                              14  83  5.846,23 kr.

  Timer: besøg 14; dag 14

  I alt, alle kommuner: 47.361,23 kr.

The stay over the October change: 49 hours, of which 17 are night (8 + 9 in the 25-hour night), billed as two overnight blocks.

  $ pusterum report billing --municipality favrskov --lang en
  Billing basis October 2026
  ==========================
  Solsikken Aflastning ApS · services begun from 1 October 2026 to 31 October 2026

  Favrskov
  --------

  2025-QVEHE · A.B. · case no. 27.24.12-G01-52-25
    Item              Band     Rates from  Quantity    Unit price         Amount
    Overnight stays   day      2026-01-01    1 hour    DKK 395.00     DKK 395.00
    Overnight stays   evening  2026-01-01   6 hours    DKK 430.00   DKK 2,580.00
    Overnight stays   weekend  2026-01-01  25 hours    DKK 440.00  DKK 11,000.00
    Overnight blocks           2026-01-01  2 nights  DKK 1,650.00   DKK 3,300.00
    Total                                                          DKK 17,275.00

  Hours: stays 49; day 1, evening 6, night 17, weekend 25

  2025-YJN8S · J.N. · case no. 27.24.12-G01-17-25
    Item    Band     Rates from  Quantity  Unit price        Amount
    Visits  weekend  2026-01-01   9 hours  DKK 440.00  DKK 3,960.00
    Total                                              DKK 3,960.00

  Hours: visits 9; weekend 9

  Favrskov total
    Case            Child  Case no.            Hours  Km         Amount
    2025-QVEHE      A.B.   27.24.12-G01-52-25     49   0  DKK 17,275.00
    2025-YJN8S      J.N.   27.24.12-G01-17-25      9   0   DKK 3,960.00
    Favrskov total                                58   0  DKK 21,235.00

  Hours: visits 9, stays 49; day 1, evening 6, night 17, weekend 34

Every format tells the same totals: the JSON amounts equal the text's.

  $ pusterum report billing --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print([(m["name"], len(m["cases"]), m["hours"]["total"], m["km_billed"], m["amount"]) for m in d["municipalities"]], d["amount"])'
  [('Aarhus', 2, 48.0, 0, 20280.0), ('Favrskov', 2, 58.0, 0, 21235.0), ('Skanderborg', 1, 14.0, 83, 5846.23)] 47361.23
  $ pusterum report billing --format csv | python3 -c 'import csv,sys; print(round(sum(float(r["amount"]) for r in csv.DictReader(sys.stdin)), 2))'
  47361.23
  $ pusterum report billing --format md --municipality skanderborg
  # Afregningsgrundlag oktober 2026

  Solsikken Aflastning ApS · ydelser påbegyndt fra 1. oktober 2026 til og med 31. oktober 2026

  ## Skanderborg

  ### 2026-ZDSG3 · L.M. · sagsnr. 27.24.12-A35-7-26

  | Ydelse | Tidsbånd | Takster fra | Antal | À | Beløb |
  | --- | --- | --- | ---: | ---: | ---: |
  | Besøg | dag | 01.01.2026 | 14 timer | 395,00 kr. | 5.530,00 kr. |
  | Kørsel |  | 01.01.2026 | 83 km | 3,81 kr. | 316,23 kr. |
  | **I alt** |  |  |  |  | **5.846,23 kr.** |

  Timer: besøg 14; dag 14

  1 aflysning, som kontrakten ikke afregner

  ### Skanderborg i alt

  | Sag | Barn | Sagsnr. | Timer | Km | Beløb |
  | --- | --- | --- | ---: | ---: | ---: |
  | 2026-ZDSG3 | L.M. | 27.24.12-A35-7-26 | 14 | 83 | 5.846,23 kr. |
  | **Skanderborg i alt** |  |  | **14** | **83** | **5.846,23 kr.** |

  Timer: besøg 14; dag 14

CSV for programs by default; --excel gives the form Danish spreadsheets open directly.

  $ pusterum report billing --format csv --municipality Aarhus
  municipality,case,municipality_case_number,child_initials,item,band,rates_from,quantity,unit,unit_price,amount
  Aarhus,2025-FR23R,27.24.12-A35-41-25,O.H.,visit,day,2026-01-01,16.00,hour,395.00,6320.00
  Aarhus,2025-FR23R,27.24.12-A35-41-25,O.H.,visit,evening,2026-01-01,12.00,hour,430.00,5160.00
  Aarhus,2026-BKSGB,27.24.12-A35-9-26,S.A.,visit,weekend,2026-01-01,20.00,hour,440.00,8800.00
  $ pusterum report billing --format csv --excel --municipality skanderborg | head -c 3 | od -An -tx1
   ef bb bf
  $ pusterum report billing --format csv --excel --municipality skanderborg | sed 's/^\xef\xbb\xbf//'
  Kommune;Sag;Sagsnr.;Barn;Ydelse;Tidsbånd;Takster fra;Antal;Enhed;À kr.;Beløb kr.
  Skanderborg;2026-ZDSG3;27.24.12-A35-7-26;L.M.;Besøg;dag;2026-01-01;14,00;timer;395,00;5530,00
  Skanderborg;2026-ZDSG3;27.24.12-A35-7-26;L.M.;Kørsel;;2026-01-01;83,00;km;3,81;316,23

A printable HTML page, in the provider's language.

  $ pusterum report billing --format html --municipality aarhus | grep -E '<html|<h1>|<h2>|<h3>'
  <html lang="da">
  <h1>Afregningsgrundlag oktober 2026</h1>
  <h2>Aarhus</h2>
  <h3>2025-FR23R · O.H. · sagsnr. 27.24.12-A35-41-25</h3>
  <h3>2026-BKSGB · S.A. · sagsnr. 27.24.12-A35-9-26</h3>
  <h3>Aarhus i alt</h3>

--out writes one file per municipality, and no file holds another municipality's cases.

  $ pusterum report billing --format csv --out ../afregning
  skrev ../afregning/aarhus/billing_2026-10-01_2026-10-31.csv
  skrev ../afregning/favrskov/billing_2026-10-01_2026-10-31.csv
  skrev ../afregning/skanderborg/billing_2026-10-01_2026-10-31.csv
  $ ls ../afregning/*
  ../afregning/aarhus:
  billing_2026-10-01_2026-10-31.csv

  ../afregning/favrskov:
  billing_2026-10-01_2026-10-31.csv

  ../afregning/skanderborg:
  billing_2026-10-01_2026-10-31.csv
  $ grep -c 2025-QVEHE ../afregning/aarhus/*.csv || echo "no Favrskov case in Aarhus' file"
  0
  no Favrskov case in Aarhus' file
  $ grep -h -o '^[A-Za-z]*' ../afregning/*/*.csv | sort | uniq -c
        3 Aarhus
        5 Favrskov
        2 Skanderborg
        3 municipality

Quarters, years and any days; holidays pay the holiday supplement (Easter Monday and Whit Monday are Mondays with visits), km only with driving in the grant.

  $ pusterum report billing --period 2026-Q2 --municipality skanderborg --format csv
  municipality,case,municipality_case_number,child_initials,item,band,rates_from,quantity,unit,unit_price,amount
  Skanderborg,2026-ZDSG3,27.24.12-A35-7-26,L.M.,visit,day,2026-01-01,42.00,hour,395.00,16590.00
  Skanderborg,2026-ZDSG3,27.24.12-A35-7-26,L.M.,visit,holiday,2026-01-01,4.00,hour,485.00,1940.00
  Skanderborg,2026-ZDSG3,27.24.12-A35-7-26,L.M.,km,,2026-01-01,273.00,km,3.81,1040.13
  $ pusterum report billing --from 2026-10-23 --to 2026-10-23 --format csv
  municipality,case,municipality_case_number,child_initials,item,band,rates_from,quantity,unit,unit_price,amount
  Favrskov,2025-QVEHE,27.24.12-G01-52-25,A.B.,overnight,day,2026-01-01,1.00,hour,395.00,395.00
  Favrskov,2025-QVEHE,27.24.12-G01-52-25,A.B.,overnight,evening,2026-01-01,6.00,hour,430.00,2580.00
  Favrskov,2025-QVEHE,27.24.12-G01-52-25,A.B.,overnight,weekend,2026-01-01,25.00,hour,440.00,11000.00
  Favrskov,2025-QVEHE,27.24.12-G01-52-25,A.B.,stay_night,,2026-01-01,2.00,night,1650.00,3300.00
  $ pusterum report billing --period 2024
  Afregningsgrundlag 2024
  =======================
  Solsikken Aflastning ApS · ydelser påbegyndt fra 1. januar 2024 til og med 31. december 2024
  Intet at afregne i perioden.
  $ pusterum report billing --period 2024 --format json
  {
    "provider": "Solsikken Aflastning ApS",
    "period": {
      "from": "2024-01-01",
      "to": "2024-12-31"
    },
    "currency": "DKK",
    "municipalities": [],
    "amount": 0.0
  }

An entry over New Year (written by hand, as a provider may): 31 December is a special day and 1 January a holiday, each side priced by its own year's rates, and the entry billed in the month it starts.

  $ echo '- {id: NEWYR1, kind: visit, staff: soeren-moelgaard, start: "2025-12-31T22:00+01:00", end: "2026-01-01T01:00+01:00", logged: "2026-01-01T01:05+01:00", by: test}' > cases/2025-YJN8S/hours/2025-12.yaml
  $ pusterum report billing --month 2025-12 --format csv
  municipality,case,municipality_case_number,child_initials,item,band,rates_from,quantity,unit,unit_price,amount
  Favrskov,2025-YJN8S,27.24.12-G01-17-25,J.N.,visit,holiday,2025-01-01,2.00,hour,475.00,950.00
  Favrskov,2025-YJN8S,27.24.12-G01-17-25,J.N.,visit,holiday,2026-01-01,1.00,hour,485.00,485.00
  $ pusterum report billing --from 2026-01-01 --to 2026-01-01 --format csv
  municipality,case,municipality_case_number,child_initials,item,band,rates_from,quantity,unit,unit_price,amount

The contract's terms come from a billing: section in pusterum.yaml: here awake nights instead of blocks, and late cancellations by the family billed.

  $ printf 'billing:\n  stay_nights: awake\n  billed_cancellations: [family]\n' >> pusterum.yaml
  $ pusterum check | tail -1
  ok: 81 filer, ingen problemer
  $ pusterum report billing --municipality favrskov --format csv
  municipality,case,municipality_case_number,child_initials,item,band,rates_from,quantity,unit,unit_price,amount
  Favrskov,2025-QVEHE,27.24.12-G01-52-25,A.B.,overnight,day,2026-01-01,1.00,hour,395.00,395.00
  Favrskov,2025-QVEHE,27.24.12-G01-52-25,A.B.,overnight,evening,2026-01-01,6.00,hour,430.00,2580.00
  Favrskov,2025-QVEHE,27.24.12-G01-52-25,A.B.,overnight,weekend,2026-01-01,25.00,hour,440.00,11000.00
  Favrskov,2025-QVEHE,27.24.12-G01-52-25,A.B.,awake_night,night,2026-01-01,17.00,hour,420.00,7140.00
  Favrskov,2025-YJN8S,27.24.12-G01-17-25,J.N.,visit,weekend,2026-01-01,9.00,hour,440.00,3960.00
  $ pusterum report billing --municipality aarhus --lang en | grep -E 'Cancelled|cancellation|Total'
    Cancelled, billed  day      2026-01-01    2 hours  DKK 395.00     DKK 790.00
    Cancelled, billed  evening  2026-01-01  1.5 hours  DKK 430.00     DKK 645.00
    Total                                                          DKK 12,915.00
    Total                                              DKK 8,800.00

Bad input: one line saying what to do, and nothing is billed.

  $ pusterum report billing --period 2026-13
  pusterum: fejl: --period '2026-13' er ikke en periode; skriv en måned 2026-10, et kvartal 2026-Q3 eller et år 2026, eller angiv --from og --to
  [2]
  $ pusterum report billing --month 2026-Q3
  pusterum: fejl: --month '2026-Q3' er ikke en måned; skriv den som YYYY-MM, f.eks. 2026-10
  [2]
  $ pusterum report billing --month 2026-10 --period 2026-Q4
  pusterum: fejl: angiv én af --month, --period eller --from/--to; de angiver det samme på forskellige måder
  [2]
  $ pusterum report billing --from 2026-10-01
  pusterum: fejl: --from og --to skal bruges sammen; angiv begge dage, f.eks. --from 2026-10-01 --to 2026-10-15
  [2]
  $ pusterum report billing --from 2026-10-31 --to 2026-10-01
  pusterum: fejl: --to 2026-10-01 ligger før --from 2026-10-31; byt om på dem
  [2]
  $ pusterum report billing --excel --format json
  pusterum: fejl: --excel skriver CSV, ikke --format json; udelad --format eller --excel
  [2]
  $ pusterum report billing --format pdf
  pusterum: fejl: --format: 'pdf' er ikke en af {text,md,csv,json,html}; se `pusterum report billing --help`
  [2]
  $ pusterum report billing --municipality Arhus
  pusterum: fejl: ingen sag hører til kommunen 'Arhus'; mente du 'Aarhus'?
  [2]
  $ printf '  evening: "17-23"\n' >> pusterum.yaml
  $ pusterum report billing
  pusterum.yaml:63:12: fejl: billing.evening: '17-23' er ikke et tidsrum på døgnet; skriv det som "HH:MM-HH:MM"; et sluttidspunkt før starttidspunktet går over midnat [schema]
  [3]
  $ cp "$EXAMPLES/pusterum.yaml" pusterum.yaml
  $ sed -i 's/^    overnight_block: 1650.00$//' pusterum.yaml
  $ pusterum report billing --municipality favrskov
  pusterum: fejl: pusterum.yaml: the rates from 2026-01-01 have no overnight_block; add overnight_block: to that rates entry (kr.)
  [3]

A broken hours line: that case is named and left out, the others are still billed and written, and the exit status is 3.

  $ cp "$EXAMPLES/pusterum.yaml" pusterum.yaml
  $ echo '- {id: BROKEN, kind: visit, staff: maja-kristensen, start: "2026-10-30T25:00+01:00"' >> cases/2025-FR23R/hours/2026-10.yaml
  $ pusterum report billing --municipality aarhus --format csv
  municipality,case,municipality_case_number,child_initials,item,band,rates_from,quantity,unit,unit_price,amount
  Aarhus,2026-BKSGB,27.24.12-A35-9-26,S.A.,visit,weekend,2026-01-01,20.00,hour,440.00,8800.00
  cases/2025-FR23R/hours/2026-10.yaml:12:1: fejl: ikke en læsbar registrering: did not find expected ',' or '}'; en linje i timeloggen ser sådan ud: - {id: 7K2M9Q, kind: visit, ...}; gendan den med `git checkout` [hours-log]
  pusterum: sag 2025-FR23R er udeladt af afregningsgrundlaget: ret linjerne ovenfor, og kør igen
  pusterum: fejl: 1 sag kunne ikke afregnes; de øvrige er komplette; `pusterum check` viser alle problemer
  [3]
  $ pusterum report billing --format csv --out ../med-fejl
  skrev ../med-fejl/aarhus/billing_2026-10-01_2026-10-31.csv
  skrev ../med-fejl/favrskov/billing_2026-10-01_2026-10-31.csv
  skrev ../med-fejl/skanderborg/billing_2026-10-01_2026-10-31.csv
  cases/2025-FR23R/hours/2026-10.yaml:12:1: fejl: ikke en læsbar registrering: did not find expected ',' or '}'; en linje i timeloggen ser sådan ud: - {id: 7K2M9Q, kind: visit, ...}; gendan den med `git checkout` [hours-log]
  pusterum: sag 2025-FR23R er udeladt af afregningsgrundlaget: ret linjerne ovenfor, og kør igen
  pusterum: fejl: 1 sag kunne ikke afregnes; de øvrige er komplette; `pusterum check` viser alle problemer
  [3]
  $ ls ../med-fejl/*
  ../med-fejl/aarhus:
  billing_2026-10-01_2026-10-31.csv

  ../med-fejl/favrskov:
  billing_2026-10-01_2026-10-31.csv

  ../med-fejl/skanderborg:
  billing_2026-10-01_2026-10-31.csv
