Dates, times and numbers as a Danish coordinator types them (issue 17,
point 2): day-first dates (24-12-2026, 24.12.2026, 24/12-2026, 1.7.2026),
days named from today (i dag, i går, i morgen, today, yesterday),
times with a dot or seconds (15.00, 15:00:00), a decimal comma (4,5). What
is written to the files stays ISO; what cannot be read either way is refused
as before.

A visit logged with a Danish date and times is stored as if typed in ISO.

  $ pusterum log-hours FR23 --date 21-11-2026 --start 10.00 --end 12:30:00 2>&1 | grep Registrerede
  Registrerede [0-9A-HJKMNP-TV-Z]{6}: besøg 2026-11-21 10:00 til 12:30 \(2\.50 t\) af maja-kristensen\. (re)
  $ tail -1 cases/2025-FR23R/hours/2026-11.yaml | grep -o 'start: "[^"]*", end: "[^"]*"'
  start: "2026-11-21T10:00+01:00", end: "2026-11-21T12:30+01:00"

Every date flag reads the same forms: a listing, a report period.

  $ pusterum log-hours FR23 --list --from 21.11.2026 --to 21/11-2026 --format csv | cut -d, -f4,5
  start,end
  2026-11-21T10:00+01:00,2026-11-21T12:30+01:00
  $ pusterum report FR23 --from 1.7.2026 --to 30.9.2026 --format json | jq -r '.reports[0].period | "\(.from) \(.to)"'
  2026-07-01 2026-09-30

A day named from today (the tests run on 2026-11-22): "i går" in log-hours,
"i dag" in a listing.

  $ pusterum log-hours FR23 --date "i går" --start 13.00 --end 14.30 2>&1 | grep Registrerede
  Registrerede [0-9A-HJKMNP-TV-Z]{6}: besøg 2026-11-21 13:00 til 14:30 \(1\.50 t\) af maja-kristensen\. (re)
  $ pusterum log-hours FR23 --list --from "i forgårs" --to "i dag" --format csv | cut -d, -f4,5
  start,end
  2026-11-21T10:00+01:00,2026-11-21T12:30+01:00
  2026-11-21T13:00+01:00,2026-11-21T14:30+01:00

A timesheet with day-first dates and times with seconds, as a spreadsheet
exports them.

  $ printf 'date,start,end\n10-11-2026,09:00:00,11:00:00\n12.11.2026,9.30,11.00\n' > sheet.csv
  $ pusterum log-hours FR23 --import sheet.csv 2>/dev/null | wc -l
  2
  $ pusterum log-hours FR23 --list --from 2026-11-10 --to 2026-11-12 --format csv | cut -d, -f4,5 | grep -v T15:00
  start,end
  2026-11-10T09:00+01:00,2026-11-10T11:00+01:00
  2026-11-12T09:30+01:00,2026-11-12T11:00+01:00

The list for Excel imports back as it is: Danish headings (Dato;Start;Slut;
Aflyst af ...) and words for codes (Besøg, Familien), the listing's own
columns (Timer, ID, Retter, Gælder) left aside, and a voided visit (Gælder:
Nej) not logged again. November of FR23 listed, its file moved away, the
list imported: the same entries in effect.

  $ pusterum log-hours FR23 --list --all --from 2026-11-01 --to 2026-11-30 --excel > november.csv
  $ head -1 november.csv | sed 's/^\xef\xbb\xbf//'
  Dato;Start;Slut;Slutdato;Medarbejder;Art;Aflyst af;km;Rute;Note;Timer;ID;Retter;Gælder
  $ grep -c ';Nej' november.csv
  1
  $ pusterum log-hours FR23 --list --from 2026-11-01 --to 2026-11-30 --format csv | grep ',yes$' | cut -d, -f2-10 | sort > before.csv
  $ mv cases/2025-FR23R/hours/2026-11.yaml ../november.yaml
  $ pusterum log-hours FR23 --import november.csv 2>/dev/null | wc -l
  10
  $ pusterum log-hours FR23 --list --from 2026-11-01 --to 2026-11-30 --format csv | grep ',yes$' | cut -d, -f2-10 | sort | diff before.csv - && echo same
  same
  $ mv ../november.yaml cases/2025-FR23R/hours/2026-11.yaml

Field flags: dates and decimal commas, written to the file in ISO and with a point.

  $ pusterum staff edit ida --max-hours 20,5 --borneattest-checked 2.12.2024
  Opdateret ida-lauridsen.
  $ grep -E '^max_hours_per_week|^  checked:' staff/ida-lauridsen.yaml
  max_hours_per_week: 20.5
    checked: 2024-12-02
  $ pusterum staff edit ida --borneattest-checked "i går"
  Opdateret ida-lauridsen.
  $ grep -E '^  checked:' staff/ida-lauridsen.yaml
    checked: 2026-11-21
  $ pusterum case amend ZDSG3 --from 1-12-2026 --quantity 4,5 --note "Ny afgørelse" | head -1
  Ændrede 2026-ZDSG3 fra 2026-12-01: 4.5 h/week; 215.00 h bevilget for hele perioden.

What is no day, or a number with two commas, is still refused, with a hint
that names both forms.

  $ pusterum case close 8VDW5 --date 31-11-2026
  pusterum: fejl: --date '31-11-2026' er ikke en dato; skriv en gyldig dato som YYYY-MM-DD eller DD-MM-YYYY
  [2]
  $ pusterum log-hours FR23 --date 2026-11-19 --start 15.00.00 --end 17:00
  --start: fejl: '15.00.00' er ikke et klokkeslæt; skriv det som HH:MM, fx 15:00 [schema]
  [2]
  $ pusterum staff edit ida --max-hours 20,5,5
  --max-hours: fejl: max_hours_per_week: '20,5,5' er ikke et tal; skriv det som 7 eller 3.5, uden anførselstegn [schema]
  [2]
  $ pusterum check > /dev/null

Plans in Danish words (hver, hver anden, hver 3. uge, første ... i måneden,
sidste ... hver måned, the day names and their short forms, kl., 15.00, til,
day-first dates): the plan file keeps the English form, which every clone
and the schema read the same way.

  $ pusterum schedule FR23 add "hver anden mandag kl. 15.30-18.00" --until 20.12.2026 2>&1 | grep '^Planlagt'
  Planlagt [0-9A-HJKMNP-TV-Z]{6}: every other mon 15:30-18:00 fra 2026-11-22 til og med 2026-12-20\. (re)
  $ pusterum schedule FR23 add "første lørdag i måneden 10.00 til 14.00" --from 01.12.2026 2>&1 | grep '^Planlagt'
  Planlagt [0-9A-HJKMNP-TV-Z]{6}: first sat of the month 10:00-14:00 fra 2026-12-01\. (re)
  $ pusterum schedule FR23 add "19.12.2026 10.00-14.00" 2>&1 | grep '^Planlagt'
  Planlagt [0-9A-HJKMNP-TV-Z]{6}: 2026-12-19 10:00-14:00\. (re)
  $ grep -o 'when: "[^"]*"' cases/2025-FR23R/schedule.yaml | tail -3
  when: "every other mon 15:30-18:00"
  when: "first sat of the month 10:00-14:00"
  when: "2026-12-19 10:00-14:00"
  $ pusterum schedule FR23 add "hver tirsdagen 15:00-18:00"
  pusterum: fejl: WHEN: 'tirsdagen' er ikke en ugedag (mon, tue, ... eller monday, tuesday, ...); skriv f.eks. 'hver tirsdag 15:00-18:00', 'hver anden fredag 16:00 - søndag 16:00', 'første lørdag i måneden 10:00-16:00' eller '05.12.2026 10:00-14:00' (eller på engelsk: 'every tue 15:00-18:00')
  [2]
