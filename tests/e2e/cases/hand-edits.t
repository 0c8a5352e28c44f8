`check` is the reader's equal (issue 16): what a command refuses on the way
in, `check` names in a hand-edited file, with the file, line and column.
tests/robust/hand_edits.py tries many more edits; these are the issue's.

km past what log-hours takes (0 to 5000), here 2^31-1: the status report
summed them in 32 bits and billing multiplied them by the km rate.

  $ pusterum log-hours fr23 --date 2026-11-19 --start 19:00 --end 21:00 --km 2147483647
  --km: fejl: '2147483647' er ikke et antal km fra 0 til 5000; skriv hele km, fx 12 [schema]
  [2]
  $ sed -i '3 s|, logged:|, km: 2147483647, logged:|' cases/2025-FR23R/hours/2026-11.yaml
  $ pusterum check
  cases/2025-FR23R/hours/2026-11.yaml:3:121: fejl: km: '2147483647' er ikke et helt antal km fra 0 til 5000; skriv kun cifre [hours-log]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/hours/2026-11.yaml" cases/2025-FR23R/hours/2026-11.yaml

Numbers read strictly: one sign, and the bounds of the schema.

  $ sed -i 's/^    hour: 395.00/    hour: --395/' pusterum.yaml
  $ pusterum check
  pusterum.yaml:35:11: fejl: rates[1].hour: '--395' er ikke et tal; skriv det som 7 eller 3.5, uden anførselstegn [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ sed -i 's/^    hour: --395/    hour: -395.00/' pusterum.yaml
  $ pusterum check
  pusterum.yaml:35:11: fejl: rates[1].hour: -395 er mindre end 0 [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ sed -i 's/^    hour: -395.00/    hour: 395.00/' pusterum.yaml
  $ pusterum staff edit ida --max-hours -25
  --max-hours: fejl: max_hours_per_week: -25 er ikke større end 0 [schema]
  [2]
  $ sed -i 's/^max_hours_per_week: 25/max_hours_per_week: -25/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:16:21: fejl: max_hours_per_week: -25 er ikke større end 0 [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ sed -i 's/^max_hours_per_week: -25/max_hours_per_week: 25/' staff/ida-lauridsen.yaml

Entry IDs have the pattern log-hours makes, `logged:` is a time.

  $ sed -i '3 s|id: GGMAKE|id: ../GGMAKE|; 4 s|logged: "[^"]*"|logged: yesterday|' cases/2025-FR23R/hours/2026-11.yaml
  $ pusterum check
  cases/2025-FR23R/hours/2026-11.yaml:3:8: fejl: id: '../GGMAKE' er ikke et registrerings-ID; registrerings-ID'er er seks tegn, fx 7K2M9Q [hours-log]
  cases/2025-FR23R/hours/2026-11.yaml:4:125: fejl: logged: 'yesterday' er ikke et tidspunkt; skriv det som "YYYY-MM-DDTHH:MM+01:00" [hours-log]
  2 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/hours/2026-11.yaml" cases/2025-FR23R/hours/2026-11.yaml

Voids and corrections: of itself, in a circle.

  $ echo '- {id: ZZZZZ1, kind: void, voids: ZZZZZ1, reason: fejl, logged: "2026-11-22T23:59+01:00", by: mette.lund}' >> cases/2025-FR23R/hours/2026-11.yaml
  $ echo '- {id: ZZZZZ2, kind: visit, staff: maja-kristensen, start: "2026-11-03T15:00+01:00", end: "2026-11-03T18:30+01:00", corrects: ZZZZZ3, logged: "2026-11-22T23:59+01:00", by: mette.lund}' >> cases/2025-FR23R/hours/2026-11.yaml
  $ echo '- {id: ZZZZZ3, kind: visit, staff: maja-kristensen, start: "2026-11-03T15:00+01:00", end: "2026-11-03T18:30+01:00", corrects: ZZZZZ2, logged: "2026-11-22T23:59+01:00", by: mette.lund}' >> cases/2025-FR23R/hours/2026-11.yaml
  $ pusterum check
  cases/2025-FR23R/hours/2026-11\.yaml:11:1: fejl: registrering [0-9A-HJKMNP-TV-Z]{6} annullerer sig selv; gendan timeloggen fra git; ret registreringer med `pusterum log-hours` \[hours-log\] (re)
  cases/2025-FR23R/hours/2026-11\.yaml:12:1: fejl: rettelserne [0-9A-HJKMNP-TV-Z]{6} -> [0-9A-HJKMNP-TV-Z]{6} -> [0-9A-HJKMNP-TV-Z]{6} går i ring; gendan timeloggen fra git; ret registreringer med `pusterum log-hours` \[hours-log\] (re)
  2 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/hours/2026-11.yaml" cases/2025-FR23R/hours/2026-11.yaml

A month file named otherwise is read by no command: reported, not skipped.

  $ mv cases/2025-FR23R/hours/2026-01.yaml cases/2025-FR23R/hours/2026-1.yaml
  $ mv cases/2025-FR23R/hours/2026-02.yaml cases/2025-FR23R/hours/2026-02.yml
  $ pusterum check
  cases/2025-FR23R/hours/2026-02.yml: fejl: ikke navngivet som en måned i timeloggen (YYYY-MM.yaml): ingen kommando læser den; omdøb den til den måned, dens registreringer starter i, fx 2026-01.yaml [hours-log]
  cases/2025-FR23R/hours/2026-1.yaml: fejl: ikke navngivet som en måned i timeloggen (YYYY-MM.yaml): ingen kommando læser den; omdøb den til den måned, dens registreringer starter i, fx 2026-01.yaml [hours-log]
  2 fejl, 0 advarsler i 78 filer
  [1]
  $ mv cases/2025-FR23R/hours/2026-1.yaml cases/2025-FR23R/hours/2026-01.yaml
  $ mv cases/2025-FR23R/hours/2026-02.yml cases/2025-FR23R/hours/2026-02.yaml

A voided entry's staff, a plan's staff: IDs of the tree too.

  $ sed -i '3 s|staff: maja-kristensen|staff: ../staff/maja-kristensen|' cases/2025-FR23R/hours/2026-11.yaml
  $ pusterum log-hours fr23 --void GGMAKE --reason "fejl" > /dev/null
  Annullerede GGMAKE (besøg 3.50 t den 2026-11-03).
  uge 2026-11-02..2026-11-08: 3.50 af 7.00 t brugt, 3.50 t tilbage
  bevilling 2026-01-01..2026-12-31: 250.00 af 321.86 t brugt, 71.86 t tilbage
  $ pusterum check
  cases/2025-FR23R/hours/2026-11.yaml:3:36: fejl: entry GGMAKE: der findes ingen medarbejder '../staff/maja-kristensen'; `pusterum staff list` viser, hvilke medarbejdere der er [unknown-staff]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/hours/2026-11.yaml" cases/2025-FR23R/hours/2026-11.yaml
  $ sed -i 's|change: cover, staff: fatima-ali|change: cover, staff: ../staff/fatima-ali|' cases/2025-FR23R/schedule.yaml
  $ pusterum check
  cases/2025-FR23R/schedule.yaml:10:61: fejl: changes[0].staff: '../staff/fatima-ali' er ikke et gyldigt navn; brug små bogstaver, cifre og '-', og start med et bogstav eller et ciffer [schema]
  cases/2025-FR23R/schedule.yaml:13:61: fejl: changes[3].staff: '../staff/fatima-ali' er ikke et gyldigt navn; brug små bogstaver, cifre og '-', og start med et bogstav eller et ciffer [schema]
  2 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/schedule.yaml" cases/2025-FR23R/schedule.yaml

A grant lasts at most 10 years: intake, amend and check refuse longer.

  $ sed 's/end: 2027-12-31/end: 9999-12-31/' referrals/favrskov-2026-11-19.yaml > long.yaml
  $ pusterum intake --file long.yaml
  long.yaml:29:8: fejl: bevillingen ville vare fra 2027-01-01 til 9999-12-31, mere end 10 år; tjek slutdatoen i kommunens afgørelse; en bevilling slutter før 2037-01-01 [grant-period]
  [1]
  $ pusterum case amend fr23 --from 2026-06-01 --end 2036-12-31
  --end: fejl: bevillingen ville vare fra 2026-01-01 til 2036-12-31, mere end 10 år; tjek slutdatoen i kommunens afgørelse; en bevilling slutter før 2036-01-01 [grant-period]
  [1]
  $ sed -i 's/^  end: 2026-12-31/  end: 9999-12-31/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:42:8: fejl: bevillingen ville vare fra 2026-01-01 til 9999-12-31, mere end 10 år; tjek slutdatoen i kommunens afgørelse; en bevilling slutter før 2036-01-01 [grant-period]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

An overnight stay holds a whole night: 06:00-22:00 is billed as a night's
block for its one hour before 07:00.

  $ pusterum log-hours qvehe --kind overnight --date 2026-11-20 --start 06:00 --end 22:00
  --start: fejl: en overnatning fra 2026-11-20T06:00+01:00 til 2026-11-20T22:00+01:00 dækker ikke en nat (23:00-07:00); registrér det som et besøg, eller angiv tidspunkterne for hele opholdet [overnight-night]
  [1]
  $ sed -i '3 s|start: "2026-01-23T16:00+01:00", end: "2026-01-25T16:00+01:00"|start: "2026-01-23T06:00+01:00", end: "2026-01-23T22:00+01:00"|' cases/2025-QVEHE/hours/2026-01.yaml
  $ pusterum check
  cases/2025-QVEHE/hours/2026-01.yaml:3:59: fejl: entry KQHZB2: en overnatning fra 2026-01-23T06:00+01:00 til 2026-01-23T22:00+01:00 dækker ikke en nat (23:00-07:00); registrér det som et besøg, eller angiv tidspunkterne for hele opholdet [overnight-night]
  1 fejl, 0 advarsler i 80 filer
  [1]

The record of reports sent has its schema, named in its first line and put
into every new tree.

  $ head -1 cases/2025-FR23R/status/sent.yaml
  # yaml-language-server: $schema=../../../.pusterum/schemas/sent.schema.json
  $ pusterum init new --name "Ny ApS" > /dev/null && ls new/.pusterum/schemas | grep sent
  Oprettede leverandørmappen new (Ny ApS). Næste trin: redigér pusterum.yaml, og kør derefter `pusterum staff add` og `pusterum intake`.
  sent.schema.json
