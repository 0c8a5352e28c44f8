The plan of a case: what was agreed, then the concrete visits of the coming weeks.

  $ pusterum schedule FR23 --plan
  Plan for sag 2025-FR23R: 5 besøg, 4 ændringer
  VISIT   WHEN                    FROM        UNTIL       KIND     STAFF    NOTE
  3CVHQ2  2026-01-12 16:00-17:00  2026-01-12  grant end   meeting  (fixed)  Opstartsmøde med familien og Maja
  JV3KN5  every tue 15:30-18:00   2026-01-13  2026-05-31  visit    (fixed)
  XTFFGQ  every thu 15:30-18:00   2026-01-15  2026-05-31  visit    (fixed)
  EECGQR  every tue 15:00-18:30   2026-06-02  grant end   visit    (fixed)  Lektier, så Minecraft
  VDKY52  every thu 15:00-18:30   2026-06-04  grant end   visit    (fixed)
  VISIT   DATE        CHANGE  DETAIL         REASON
  VDKY52  2026-11-26  cover   by fatima-ali  Maja på kursus
  VDKY52  2026-12-24  cancel  by family      Juleaften
  EECGQR  2026-12-29  cancel  by provider    Maja på ferie; familien ønsker ikke vikar
  VDKY52  2026-12-31  cover   by fatima-ali  Maja på ferie
  $ pusterum schedule FR23
  DATO        DAG  FRA    TIL    TIMER  TYPE   MEDARBEJDER      BESØG   NOTE
  2026-11-17  tue  15:00  18:30  3.50   visit  maja-kristensen  EECGQR  Lektier, så Minecraft
  2026-11-19  thu  15:00  18:30  3.50   visit  maja-kristensen  VDKY52
  2026-11-24  tue  15:00  18:30  3.50   visit  maja-kristensen  EECGQR  Lektier, så Minecraft
  2026-11-26  thu  15:00  18:30  3.50   visit  fatima-ali       VDKY52  dækket af fatima-ali; Maja på kursus
  2026-12-01  tue  15:00  18:30  3.50   visit  maja-kristensen  EECGQR  Lektier, så Minecraft
  2026-12-03  thu  15:00  18:30  3.50   visit  maja-kristensen  VDKY52
  2026-12-08  tue  15:00  18:30  3.50   visit  maja-kristensen  EECGQR  Lektier, så Minecraft
  2026-12-10  thu  15:00  18:30  3.50   visit  maja-kristensen  VDKY52
  8 besøg, 28.00 t planlagt fra 2026-11-16 til 2026-12-13

A weekend stay over the October change counts 49 hours, the March one 47.

  $ pusterum schedule QVEHE add "2026-10-23 16:00 - 2026-10-25 16:00" --kind overnight --note "Ekstra weekend"
  cases/2025-QVEHE/schedule.yaml:4:3: advarsel: 2026-01-01..2026-12-31: 625.50 t planlagt, 576.00 t bevilget, 49.50 t for meget; planlæg færre timer i den periode, eller bed sagsbehandleren om at ændre bevillingen [plan-over-grant]
  cases/2025-QVEHE/schedule\.yaml:6:24: advarsel: [0-9A-HJKMNP-TV-Z]{6}@2026-10-23: nanna-skov har højst 0\.00 t sammenhængende hvile i de 24 t fra starten, 11 t påkrævet; lad en anden person tage en del af opholdet, eller sæt daily-rest i pusterum\.yaml, som aftalen tillader \[daily-rest\] (re)
  [0-9A-HJKMNP-TV-Z]{6} (re)
  Planlagt [0-9A-HJKMNP-TV-Z]{6}: 2026-10-23 16:00 - 2026-10-25 16:00\. (re)
  $ pusterum schedule QVEHE --from 2026-10-23 --to 2026-10-25
  DATO        DAG  FRA    TIL               TIMER  TYPE       MEDARBEJDER  BESØG   NOTE
  2026-10-23  fri  16:00  2026-10-25 16:00  49\.00  overnight  nanna-skov   [0-9A-HJKMNP-TV-Z]{6}  Ekstra weekend (re)
  1 besøg, 49.00 t planlagt fra 2026-10-23 til 2026-10-25
  $ pusterum schedule QVEHE --from 2026-03-27 --to 2026-03-29 --format json | grep '"hours"'
        "hours": 47.0,

Planning a new visit prints its ID; a warning names the rule, the visit and by how much.

  $ pusterum schedule ZDSG3 add "every wed 17:00-19:00" --from 2026-11-23
  cases/2026-ZDSG3/schedule.yaml:4:3: advarsel: 2026-11-23..2027-02-21: 6.00 t planlagt, 4.00 t bevilget, 2.00 t for meget i hver af 13 budgetperioder; planlæg færre timer i den periode, eller bed sagsbehandleren om at ændre bevillingen [plan-over-grant]
  [0-9A-HJKMNP-TV-Z]{6} (re)
  Planlagt [0-9A-HJKMNP-TV-Z]{6}: every wed 17:00-19:00 fra 2026-11-23\. (re)
  $ pusterum schedule ZDSG3 --from 2026-11-23 --to 2026-11-29
  DATO        DAG  FRA    TIL    TIMER  TYPE   MEDARBEJDER  BESØG   NOTE
  2026-11-23  mon  15:00  17:00  2.00   visit  jonas-berg   W6776V  Svømning eller legeland
  2026-11-25  wed  15:00  17:00  2.00   visit  jonas-berg   92CGA0
  2026-11-25  wed  17:00  19:00  2\.00   visit  jonas-berg   [0-9A-HJKMNP-TV-Z]{6} (re)
  3 besøg, 6.00 t planlagt fra 2026-11-23 til 2026-11-29

Cancel, move and cover single dates; the plan file gets one line per change.

  $ pusterum schedule ZDSG3 --plan | grep "every mon"
  W6776V  every mon 15:00-17:00   2026-03-16  grant end  visit    (fixed)  Svømning eller legeland
  $ pusterum schedule ZDSG3 cancel W677 --date 2026-12-07 --by family --reason "Sygdom i familien"
  Aflyst W6776V den 2026-12-07.
  $ pusterum schedule ZDSG3 cover W677 --date 2026-12-14 --staff louise --reason "Jonas på kursus"
  Dækket W6776V den 2026-12-14 af louise-bach.
  $ pusterum schedule ZDSG3 move W677 --date 2026-12-21 --to "2026-12-23 15:00-17:00"
  cases/2026-ZDSG3/schedule.yaml:5:24: fejl: W6776V@2026-12-21: jonas-berg er også planlagt wed 2026-12-23 15:00-17:00 på sag 2026-ZDSG3 (92CGA0@2026-12-23); én person kan ikke være to steder på én gang: flyt det ene besøg, eller lad en afløser dække det [plan-overlap]
  pusterum: fejl: intet blev skrevet; ændr besøget, eller sæt reglen til warn i pusterum.yaml, hvis aftalen tillader det
  [1]
  $ pusterum schedule ZDSG3 move W677 --date 2026-12-21 --to "2026-12-22 15:00-17:00" --reason "Juleferie"
  cases/2026-ZDSG3/schedule.yaml:5:24: advarsel: W6776V@2026-12-21: bevillingen tillader mon, wed 15:00-19:30, ikke tue 15:00-17:00; kontrollér tidspunkterne, eller spørg sagsbehandleren om bevillingens dage og tidspunkter [outside-grant-terms]
  cases/2026-ZDSG3/schedule.yaml:5:24: advarsel: W6776V@2026-12-21: tue 15:00-17:00 ligger uden for den ugentlige tilgængelighed for jonas-berg; aftal tidspunktet med medarbejderen og opdatér med `pusterum staff edit`, eller planlæg et andet tidspunkt [staff-unavailable]
  Flyttet W6776V den 2026-12-21 til 2026-12-22 15:00-17:00.
  $ tail -3 cases/2026-ZDSG3/schedule.yaml
    - {visit: W6776V, date: 2026-12-07, change: cancel, by: family, reason: Sygdom i familien}
    - {visit: W6776V, date: 2026-12-14, change: cover, staff: louise-bach, reason: Jonas på kursus}
    - {visit: W6776V, date: 2026-12-21, change: move, to: "2026-12-22 15:00-17:00", reason: Juleferie}
  $ pusterum schedule ZDSG3 --from 2026-12-07 --to 2026-12-27
  DATO        DAG  FRA    TIL    TIMER  TYPE   MEDARBEJDER  BESØG   NOTE
  2026-12-07  mon  15:00  17:00  -      visit  jonas-berg   W6776V  aflyst af family; Svømning eller legeland; Sygdom i familien
  2026-12-09  wed  15:00  17:00  2.00   visit  jonas-berg   92CGA0
  2026-12-09  wed  17:00  19:00  2\.00   visit  jonas-berg   [0-9A-HJKMNP-TV-Z]{6} (re)
  2026-12-14  mon  15:00  17:00  2.00   visit  louise-bach  W6776V  dækket af louise-bach; Svømning eller legeland; Jonas på kursus
  2026-12-16  wed  15:00  17:00  2.00   visit  jonas-berg   92CGA0
  2026-12-16  wed  17:00  19:00  2\.00   visit  jonas-berg   [0-9A-HJKMNP-TV-Z]{6} (re)
  2026-12-22  tue  15:00  17:00  2.00   visit  jonas-berg   W6776V  flyttet fra 2026-12-21; Svømning eller legeland; Juleferie
  2026-12-23  wed  15:00  17:00  2.00   visit  jonas-berg   92CGA0
  2026-12-23  wed  17:00  19:00  2\.00   visit  jonas-berg   [0-9A-HJKMNP-TV-Z]{6} (re)
  8 besøg, 16.00 t planlagt fra 2026-12-07 til 2026-12-27 (1 aflyst)

One person's roster across cases, and Danish holidays marked.

  $ pusterum schedule --staff fatima --from 2026-12-21 --to 2027-01-03
  DATO        DAG  FRA    TIL    TIMER  TYPE   SAG         BESØG   NOTE
  2026-12-27  sun  10:00  14:00  4.00   visit  2026-BKSGB  VZT34J  Fra december om søndagen; Fatima kan ikke lørdage
  2026-12-31  thu  15:00  18:30  3.50   visit  2025-FR23R  VDKY52  dækket af fatima-ali; særlig dag 12-31; Maja på ferie
  2027-01-03  sun  10:00  14:00  4.00   visit  2026-BKSGB  VZT34J  Fra december om søndagen; Fatima kan ikke lørdage
  3 besøg, 11.50 t planlagt fra 2026-12-21 til 2027-01-03

A double booking across cases is refused, and nothing is written.

  $ pusterum schedule BKSGB add "2026-12-17 15:00-18:00" --staff maja
  cases/2026-BKSGB/schedule.yaml:4:3: advarsel: 2026-12-01..2026-12-31: 19.00 t planlagt, 16.00 t bevilget, 3.00 t for meget; planlæg færre timer i den periode, eller bed sagsbehandleren om at ændre bevillingen [plan-over-grant]
  cases/2026-BKSGB/schedule\.yaml:7:24: fejl: [0-9A-HJKMNP-TV-Z]{6}@2026-12-17: maja-kristensen må ikke arbejde med barnet i sag 2026-BKSGB: lacks sign-language; plan someone who may, or record the exception once: `pusterum match 2026-BKSGB --assign fatima-ali --reassign --substitute maja-kristensen --force --reason TEXT` \[staff-competences\] (re)
  cases/2026-BKSGB/schedule\.yaml:7:24: fejl: [0-9A-HJKMNP-TV-Z]{6}@2026-12-17: maja-kristensen er også planlagt thu 2026-12-17 15:00-18:30 på sag 2025-FR23R \(VDKY52@2026-12-17\); én person kan ikke være to steder på én gang: flyt det ene besøg, eller lad en afløser dække det \[plan-overlap\] (re)
  pusterum: fejl: intet blev skrevet; ændr besøget, eller sæt reglen til warn i pusterum.yaml, hvis aftalen tillader det
  [1]

The check of every plan for the coming quarter.

  $ pusterum schedule check
  cases/2025-QVEHE/schedule.yaml:4:3: advarsel: 2026-01-01..2026-12-31: 625.50 t planlagt, 576.00 t bevilget, 49.50 t for meget; planlæg færre timer i den periode, eller bed sagsbehandleren om at ændre bevillingen [plan-over-grant]
  cases/2026-BKSGB/schedule.yaml:4:3: advarsel: 2027-01-01..2027-01-31: 20.00 t planlagt, 16.00 t bevilget, 4.00 t for meget; planlæg færre timer i den periode, eller bed sagsbehandleren om at ændre bevillingen [plan-over-grant]
  cases/2026-BKSGB/schedule.yaml:5:24: advarsel: 14NH74 på 2 datoer fra 2026-11-21 til 2026-11-28: sat 10:00-14:00 ligger uden for den ugentlige tilgængelighed for fatima-ali; aftal tidspunktet med medarbejderen og opdatér med `pusterum staff edit`, eller planlæg et andet tidspunkt [staff-unavailable]
  cases/2026-ZDSG3/schedule.yaml:4:3: advarsel: 2026-11-23..2026-12-06: 6.00 t planlagt, 4.00 t bevilget, 2.00 t for meget i hver af 2 budgetperioder; planlæg færre timer i den periode, eller bed sagsbehandleren om at ændre bevillingen [plan-over-grant]
  cases/2026-ZDSG3/schedule.yaml:4:3: advarsel: 2026-12-14..2027-02-14: 6.00 t planlagt, 4.00 t bevilget, 2.00 t for meget i hver af 9 budgetperioder; planlæg færre timer i den periode, eller bed sagsbehandleren om at ændre bevillingen [plan-over-grant]
  cases/2026-ZDSG3/schedule.yaml:5:24: advarsel: W6776V@2026-12-21: bevillingen tillader mon, wed 15:00-19:30, ikke tue 15:00-17:00; kontrollér tidspunkterne, eller spørg sagsbehandleren om bevillingens dage og tidspunkter [outside-grant-terms]
  cases/2026-ZDSG3/schedule.yaml:5:24: advarsel: W6776V@2026-12-21: tue 15:00-17:00 ligger uden for den ugentlige tilgængelighed for jonas-berg; aftal tidspunktet med medarbejderen og opdatér med `pusterum staff edit`, eller planlæg et andet tidspunkt [staff-unavailable]
  cases/2025-QVEHE/schedule.yaml:5:24: advarsel: JNCJ6J på 2 datoer fra 2026-11-27 til 2026-12-25: nanna-skov har højst 0.00 t sammenhængende hvile i de 24 t fra starten, 11 t påkrævet; lad en anden person tage en del af opholdet, eller sæt daily-rest i pusterum.yaml, som aftalen tillader [daily-rest]
  5 planer tjekket fra 2026-11-16 til 2027-02-14: 0 fejl, 8 advarsler
  [1]
  $ pusterum schedule check QVEHE --format json | grep '"rule"'
        "rule": "plan-over-grant",
        "rule": "daily-rest",

Bad input: a clear message, exit status 2 for the command line (a time that does not exist or happens twice included), and no change.

  $ pusterum schedule FR23 add "every funday 15:00-18:00"
  pusterum: fejl: WHEN: 'funday' er ikke en ugedag (mon, tue, ... eller monday, tuesday, ...); skriv f.eks. 'hver tirsdag 15:00-18:00', 'hver anden fredag 16:00 - søndag 16:00', 'første lørdag i måneden 10:00-16:00' eller '05.12.2026 10:00-14:00' (eller på engelsk: 'every tue 15:00-18:00')
  [2]
  $ pusterum schedule FR23 add "2026-03-29 02:30-05:00"
  pusterum: fejl: 2026-03-29 02:30 findes ikke i Europe/Copenhagen: uret springer den time over; summer time starts that night: at 02:00 the clocks go to 03:00, so give 03:00 or later
  [2]
  $ pusterum schedule FR23 add "2026-10-25 02:30-05:00"
  pusterum: fejl: 2026-10-25 02:30 forekommer to gange i Europe/Copenhagen: uret stilles en time tilbage den nat; angiv hvilket: 02:30+02:00 (det første, sommertid) eller 02:30+01:00 (det andet)
  [2]
  $ pusterum schedule FR23 add "every sun 02:30-05:00" --from 2026-03-22 --until 2026-03-29
  cases/2025-FR23R/schedule.yaml:4:3: advarsel: 2026-03-16..2026-03-22: 7.50 t planlagt, 5.00 t bevilget, 2.50 t for meget; planlæg færre timer i den periode, eller bed sagsbehandleren om at ændre bevillingen [plan-over-grant]
  cases/2025-FR23R/schedule.yaml:4:3: advarsel: 2026-03-23..2026-03-29: 6.50 t planlagt, 5.00 t bevilget, 1.50 t for meget; planlæg færre timer i den periode, eller bed sagsbehandleren om at ændre bevillingen [plan-over-grant]
  cases/2025-FR23R/schedule\.yaml:9:24: advarsel: [0-9A-HJKMNP-TV-Z]{6}@2026-03-22: bevillingen tillader tue, thu 15:00-19:00, ikke sun 02:30-05:00; kontrollér tidspunkterne, eller spørg sagsbehandleren om bevillingens dage og tidspunkter \[outside-grant-terms\] (re)
  cases/2025-FR23R/schedule\.yaml:9:24: advarsel: [0-9A-HJKMNP-TV-Z]{6}@2026-03-22: sun 02:30-05:00 ligger uden for den ugentlige tilgængelighed for maja-kristensen; aftal tidspunktet med medarbejderen og opdatér med `pusterum staff edit`, eller planlæg et andet tidspunkt \[staff-unavailable\] (re)
  cases/2025-FR23R/schedule\.yaml:9:24: fejl: [0-9A-HJKMNP-TV-Z]{6}@2026-03-29: dets tidspunkt start findes ikke den dag: uret springer en time frem den nat; flyt den dato til et tidspunkt, der findes: `pusterum schedule CASE move [0-9A-HJKMNP-TV-Z]{6} --date 2026-03-29 --to \.\.\.` \[plan-time\] (re)
  cases/2025-FR23R/schedule\.yaml:9:24: advarsel: [0-9A-HJKMNP-TV-Z]{6}@2026-03-29: bevillingen tillader tue, thu 15:00-19:00, ikke sun 03:30-05:00; kontrollér tidspunkterne, eller spørg sagsbehandleren om bevillingens dage og tidspunkter \[outside-grant-terms\] (re)
  cases/2025-FR23R/schedule\.yaml:9:24: advarsel: [0-9A-HJKMNP-TV-Z]{6}@2026-03-29: besøget varer 1\.50 t, mindre end kontraktens minimum på 2\.00 t; kontrollér tidspunkterne; pusterum\.yaml bestemmer, om dette giver en advarsel eller afvises \[short-visit\] (re)
  cases/2025-FR23R/schedule\.yaml:9:24: advarsel: [0-9A-HJKMNP-TV-Z]{6}@2026-03-29: sun 03:30-05:00 ligger uden for den ugentlige tilgængelighed for maja-kristensen; aftal tidspunktet med medarbejderen og opdatér med `pusterum staff edit`, eller planlæg et andet tidspunkt \[staff-unavailable\] (re)
  pusterum: fejl: intet blev skrevet; ændr besøget, eller sæt reglen til warn i pusterum.yaml, hvis aftalen tillader det
  [1]
  $ pusterum schedule FR23 cancel EECG --date 2026-12-02
  pusterum: fejl: besøg EECGQR (every tue 15:00-18:30) falder ikke på 2026-12-02; angiv --date som den dag, besøget er planlagt til at begynde
  [2]
  $ pusterum schedule FR23 cover NOPE --date 2026-12-01 --staff fatima
  pusterum: fejl: planen har intet besøg 'NOPE'; `pusterum schedule CASE --plan` viser planens besøg
  [2]
  $ pusterum schedule FR23 cover EECG --date 2026-12-01 --staff nobody
  pusterum: fejl: ingen medarbejder matcher 'nobody'; `pusterum staff list` viser dem
  [2]
