Batch use of `pusterum report` (issue 21): several cases at once, the due
reports as files, file names that carry municipality, case and period, one
way of saying what was written, and one switch for the CSV a person opens
in Excel.

Several cases on one command line, as the help promises with CASE...; a
case ID that looks like nothing is read as a case, and a typo of a command
under `report` is named as one.

  $ pusterum report fr23 bksgb --format json | grep '"case": '
        "case": "2025-FR23R",
        "case": "2026-BKSGB",
  $ pusterum report fr23 bksgb --format csv | cut -d, -f1
  note: 2026-BKSGB: Statusteksten mangler: Ændringer i behov (cases/2026-BKSGB/status/2026-07-01.md)
  case
  2025-FR23R
  2026-BKSGB
  $ pusterum report biling
  pusterum: fejl: ingen sag eller rapportkommando svarer til 'biling'; mente du `pusterum report billing`?
  [2]
  $ pusterum report fr23 overveiw
  pusterum: fejl: ingen sag eller rapportkommando svarer til 'overveiw'; mente du `pusterum report overview`?
  [2]
  $ pusterum report fr23 zzz
  pusterum: fejl: ingen sag matcher 'zzz'; `pusterum case list` viser dem
  [2]

The reports that are due, written as files: the coordinator's quarterly
batch. A folder per municipality, each name with the case and the period;
one line per file on stderr, as `report billing --out` says it.

  $ pusterum report --due --out ../due --format html
  note: 2026-BKSGB: Statusteksten mangler: Ændringer i behov (cases/2026-BKSGB/status/2026-07-01.md)
  note: 2026-ZDSG3: Statusteksten for perioden mangler; skriv den i cases/2026-ZDSG3/status/2026-06-01.md
  skrev ../due/aarhus/2025-FR23R_2026-07-01_2026-09-30.html
  skrev ../due/aarhus/2026-BKSGB_2026-07-01_2026-09-30.html
  skrev ../due/aarhus/summary_2026-07-01_2026-09-30.html
  skrev ../due/skanderborg/2026-ZDSG3_2026-06-01_2026-08-31.html
  skrev ../due/skanderborg/summary_2026-06-01_2026-08-31.html
  $ grep -l 'Skanderborg' ../due/*/*.html
  ../due/skanderborg/2026-ZDSG3_2026-06-01_2026-08-31.html
  ../due/skanderborg/summary_2026-06-01_2026-08-31.html
  $ pusterum report --due --format html
  pusterum: fejl: --due viser de forfaldne rapporter i text, csv eller json; tilføj --out DIR for at skrive selve de forfaldne rapporter
  [2]

Once sent, a report is no longer due.

  $ pusterum report --mark-sent zdsg3 --date 2026-11-20
  Rapporten om 2026-ZDSG3 for 2026-06-01 to 2026-08-31 er markeret som sendt den 2026-11-20.
  $ pusterum report --due zdsg3 --out ../none
  Ingen statusrapporter er forfaldne; ingen filer er skrevet.

Next quarter's files land beside this quarter's instead of over them, and
`--format json` lists what was written, for scripts.

  $ pusterum report fr23 --period 2026-Q2 --out ../out
  note: 2025-FR23R: Statusteksten for perioden mangler; skriv den i cases/2025-FR23R/status/2026-04-01.md
  skrev ../out/aarhus/2025-FR23R_2026-04-01_2026-06-30.txt
  skrev ../out/aarhus/summary_2026-04-01_2026-06-30.txt
  $ pusterum report fr23 --period 2026-Q3 --out ../out
  skrev ../out/aarhus/2025-FR23R_2026-07-01_2026-09-30.txt
  skrev ../out/aarhus/summary_2026-07-01_2026-09-30.txt
  $ ls ../out/aarhus
  2025-FR23R_2026-04-01_2026-06-30.txt
  2025-FR23R_2026-07-01_2026-09-30.txt
  summary_2026-04-01_2026-06-30.txt
  summary_2026-07-01_2026-09-30.txt
  $ pusterum report fr23 qvehe --out ../json --format json 2>/dev/null
  {
    "written": [
      {
        "path": "../json/aarhus/2025-FR23R_2026-07-01_2026-09-30.json",
        "municipality": "Aarhus",
        "case": "2025-FR23R",
        "period": {
          "from": "2026-07-01",
          "to": "2026-09-30"
        }
      },
      {
        "path": "../json/aarhus/summary_2026-07-01_2026-09-30.json",
        "municipality": "Aarhus",
        "case": null,
        "period": {
          "from": "2026-07-01",
          "to": "2026-09-30"
        }
      },
      {
        "path": "../json/favrskov/2025-QVEHE_2026-07-01_2026-09-30.json",
        "municipality": "Favrskov",
        "case": "2025-QVEHE",
        "period": {
          "from": "2026-07-01",
          "to": "2026-09-30"
        }
      },
      {
        "path": "../json/favrskov/summary_2026-07-01_2026-09-30.json",
        "municipality": "Favrskov",
        "case": null,
        "period": {
          "from": "2026-07-01",
          "to": "2026-09-30"
        }
      }
    ]
  }
  $ pusterum report billing --period 2026-10 --municipality favrskov --out ../out
  skrev ../out/favrskov/billing_2026-10-01_2026-10-31.txt

One switch for the CSV a person opens in Excel, on every command that
writes CSV: `--excel` implies --format csv, and gives ';', decimal commas,
a byte-order mark, Danish headers and Danish words for the codes.

  $ pusterum report fr23 --excel | head -c 3 | od -An -tx1
   ef bb bf
  $ pusterum report fr23 --excel | sed 's/^\xef\xbb\xbf//' | cut -d';' -f1,6-9,19,20,32
  Sag;Periode fra;Periode til;Bevilget i perioden, timer;Brugt i perioden, timer;Forbrug;Antal besøg;Statustekst
  2025-FR23R;2026-07-01;2026-09-30;92,00;80,50;Følger bevillingen;23;Skrevet
  $ pusterum report --due --excel | sed 's/^\xef\xbb\xbf//'
  Sag;Kommune;Barn;Koordinator;Fra;Til;Dage siden periodens slut;Statustekst
  2025-FR23R;Aarhus;O.H.;Mette Lund;2026-07-01;2026-09-30;53;Ja
  2026-BKSGB;Aarhus;S.A.;Mette Lund;2026-07-01;2026-09-30;53;Ja
  $ pusterum report billing --period 2026-10 --municipality favrskov --excel | sed 's/^\xef\xbb\xbf//' | head -2
  Kommune;Sag;Sagsnr.;Barn;Ydelse;Tidsbånd;Takster fra;Antal;Enhed;À kr.;Beløb kr.
  Favrskov;2025-QVEHE;.* (re)
  $ pusterum report overview --excel | sed 's/^\xef\xbb\xbf//' | head -1
  Fra;Til;Medarbejder;Navn;Registreringer;Besøg, timer;Ophold, timer;Møder, timer;Dag, timer;Aften, timer;Nat, timer;Weekend, timer;Helligdag, timer;Timer i alt;km
  $ pusterum log-hours fr23 --list --from 2026-11-01 --excel | sed 's/^\xef\xbb\xbf//' | head -3
  Dato;Start;Slut;Slutdato;Medarbejder;Art;Aflyst af;km;Rute;Note;Timer;ID;Retter;Gælder
  .* (re)
  .* (re)
  $ pusterum report fr23 --excel --format json
  pusterum: fejl: --excel skriver CSV, ikke --format json; udelad --format eller --excel
  [2]
  $ pusterum log-hours fr23 --excel
  pusterum: fejl: --excel bruges sammen med --list; det skriver listen som CSV til Excel
  [2]

The old spelling `--csv-dialect danish` still works for scripts, with a
warning.

  $ pusterum report fr23 --format csv --csv-dialect danish | sed 's/^\xef\xbb\xbf//' | cut -d';' -f1 | head -1
  pusterum: advarsel: --csv-dialect er forældet: brug --excel til CSV i dansk regnearksformat
  Sag
