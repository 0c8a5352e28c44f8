A visit logged by the fixed staff member prints its ID, then the grant status.

  $ pusterum log-hours FR23 --date 2026-11-20 --start 15:00 --end 17:30 --note "Lektier og Minecraft"
  --start: advarsel: bevillingen tillader tue, thu 15:00-19:00, ikke fri 15:00-17:30; kontrollér tidspunkterne, eller spørg sagsbehandleren om bevillingens dage og tidspunkter [outside-grant-terms]
  [0-9A-HJKMNP-TV-Z]{6} (re)
  Registrerede [0-9A-HJKMNP-TV-Z]{6}: besøg 2026-11-20 15:00 til 17:30 \(2\.50 t\) af maja-kristensen\. (re)
  uge 2026-11-16..2026-11-22: 9.50 af 7.00 t brugt, -2.50 t tilbage
  bevilling 2026-01-01..2026-12-31: 256.00 af 321.86 t brugt, 65.86 t tilbage
  advarsel: de 7.00 t, der er bevilget for 2026-11-16..2026-11-22, er brugt op (136 %)
  $ tail -1 cases/2025-FR23R/hours/2026-11.yaml | sed 's/by: [a-z0-9._-]*}/by: USER}/'
  - \{id: [0-9A-HJKMNP-TV-Z]{6}, kind: visit, staff: maja-kristensen, start: "2026-11-20T15:00\+01:00", end: "2026-11-20T17:30\+01:00", note: Lektier og Minecraft, logged: "2026-11-22T23:59\+01:00", by: USER\} (re)

The week's hours used up: a warning at 80 % and at 100 %.

  $ pusterum log-hours FR23 --date 2026-11-16 --start 15:00 --end 17:00 --staff fatima
  --start: advarsel: bevillingen tillader tue, thu 15:00-19:00, ikke mon 15:00-17:00; kontrollér tidspunkterne, eller spørg sagsbehandleren om bevillingens dage og tidspunkter [outside-grant-terms]
  [0-9A-HJKMNP-TV-Z]{6} (re)
  Registrerede [0-9A-HJKMNP-TV-Z]{6}: besøg 2026-11-16 15:00 til 17:00 \(2\.00 t\) af fatima-ali\. (re)
  uge 2026-11-16..2026-11-22: 11.50 af 7.00 t brugt, -4.50 t tilbage
  bevilling 2026-01-01..2026-12-31: 258.00 af 321.86 t brugt, 63.86 t tilbage
  advarsel: de 7.00 t, der er bevilget for 2026-11-16..2026-11-22, er brugt op (164 %)

A stay over the October change counts 49 hours, and the file keeps the offsets.

  $ pusterum log-hours QVEHE --list --from 2026-10-23 --to 2026-10-25
  ID      DATO        FRA    TIL               TIMER  TYPE       MEDARBEJDER  KM  NOTE
  5G84J2  2026-10-23  16:00  2026-10-25 16:00  49.00  overnight  nanna-skov
  49.00 h used from 2026-10-23 to 2026-10-25
  $ grep -c '2026-10-25T16:00+01:00' cases/2025-QVEHE/hours/2026-10.yaml
  1

The hour that does not exist, and the one that happens twice.

  $ pusterum log-hours QVEHE --date 2026-03-29 --start 02:30 --end 05:00
  --start: fejl: 2026-03-29 02:30 findes ikke i Europe/Copenhagen: uret springer den time over; summer time starts that night: at 02:00 the clocks go to 03:00, so give 03:00 or later [schema]
  [2]
  $ pusterum log-hours QVEHE --kind overnight --date 2026-10-24 --start 22:00 --end-date 2026-10-25 --end 02:30
  --end: fejl: 2026-10-25 02:30 forekommer to gange i Europe/Copenhagen: uret stilles en time tilbage den nat; angiv hvilket: 02:30+02:00 (det første, sommertid) eller 02:30+01:00 (det andet) [schema]
  [2]
  $ pusterum log-hours QVEHE --kind overnight --date 2026-10-24 --start 22:00 --end 2026-10-25T02:30+01:00 --staff soeren
  [0-9A-HJKMNP-TV-Z]{6} (re)
  Registrerede [0-9A-HJKMNP-TV-Z]{6}: overnatning 2026-10-24 22:00 til 2026-10-25 02:30 \(5\.50 t\) af soeren-moelgaard\. (re)
  år 2026-01-01..2026-12-31: 485.50 af 576.00 t brugt, 90.50 t tilbage
  bevilling 2026-01-01..2026-12-31: 485.50 af 576.00 t brugt, 90.50 t tilbage
  advarsel: 84 % af de timer, der er bevilget for 2026-01-01..2026-12-31, er brugt

Rules that refuse an entry, and nothing is written.

  $ pusterum log-hours FR23 --date 2026-11-19 --start 17:00 --end 19:00
  --start: fejl: maja-kristensen er allerede registreret fra 2026-11-19T15:00+01:00 til 2026-11-19T18:30+01:00 på sag 2025-FR23R (registrering 8MVM9T); én person kan ikke være to steder på én gang: ret tidspunkterne, eller annullér den anden registrering [staff-overlap]
  [1]
  $ pusterum log-hours FR23 --date 2026-11-24 --start 15:00 --end 17:00
  --end: fejl: registreringen slutter 2026-11-24T17:00+01:00, hvilket ligger i fremtiden; registrér det leverede, når det har fundet sted [future-entry]
  [1]
  $ pusterum log-hours FR23 --date 2026-11-20 --start 10:00 --end 12:00 --km 12
  --start: advarsel: bevillingen tillader tue, thu 15:00-19:00, ikke fri 10:00-12:00; kontrollér tidspunkterne, eller spørg sagsbehandleren om bevillingens dage og tidspunkter [outside-grant-terms]
  --km: fejl: 12 km angivet, men kørsel indgår ikke i denne bevilling; udelad --km; kørsel tæller kun med, når bevillingen omfatter det [km-not-granted]
  [1]
  $ pusterum log-hours FR23 --date 2026-11-20 --start 10:00 --end 12:00 --kind overnight
  --kind: fejl: en overnatning, men bevillingen omfatter ikke overnatninger; gør det til et besøg, eller ændr bevillingen med --overnight [overnight-not-granted]
  --start: fejl: en overnatning fra 2026-11-20T10:00+01:00 til 2026-11-20T12:00+01:00 dækker ikke en nat (23:00-07:00); registrér det som et besøg, eller angiv tidspunkterne for hele opholdet [overnight-night]
  [1]
  $ pusterum log-hours EQKSG --date 2026-08-01 --start 10:00 --end 12:00
  --start: fejl: jonas-berg er allerede registreret fra 2026-08-01T10:00+02:00 til 2026-08-01T13:30+02:00 på sag 2025-EQKSG (registrering 87KR8B); én person kan ikke være to steder på én gang: ret tidspunkterne, eller annullér den anden registrering [staff-overlap]
  [1]
  $ pusterum log-hours ZDSG3 --date 2026-02-20 --start 10:00 --end 12:00
  --start: advarsel: bevillingen tillader mon, wed 15:00-19:30, ikke fri 10:00-12:00; kontrollér tidspunkterne, eller spørg sagsbehandleren om bevillingens dage og tidspunkter [outside-grant-terms]
  CASE: fejl: sag 2026-ZDSG3 havde status matching den 2026-02-20; timer registreres for dage, hvor sagen var aktiv; check the date [case-not-active]
  --start: fejl: 2026-02-20 ligger uden for bevillingsperioden 2026-03-01 til 2027-02-28; registrér det på den sag, hvis bevilling dækker dagen, eller ændr bevillingen [outside-grant]
  [1]
  $ pusterum log-hours FR23 --date 2026-11-20 --start 19:00 --end 18:00
  --end: fejl: registreringen slutter (2026-11-20T18:00+01:00), før den starter (2026-11-20T19:00+01:00); angiv også slutdatoen for et besøg, der går over midnat (--end-date, eller end_date i en timeseddel) [schema]
  [2]
  $ pusterum log-hours FR23 --date 2026-11-20 --start 10:00 --end 12:00 --staff nobody
  pusterum: fejl: ingen medarbejder matcher 'nobody'; `pusterum staff list` viser dem
  [2]
  $ pusterum log-hours FR23 --date 2026-11-20 --start 10:00 --end 12:00 --note "cpr 010203-1234"
  --note: fejl: note indeholder en værdi, der ligner et CPR-nummer; fjern den: pusterum identificerer personer ved internt ID [cpr-number]
  [2]

Km are logged when driving is part of the grant, within its monthly cap.

  $ pusterum log-hours ZDSG3 --date 2026-11-18 --start 17:30 --end 19:30 --km 90 --route "Hospitalet i Aarhus"
  --km: advarsel: 162 km denne måned ville overskride bevillingens loft på 120 km; kontrollér antal km, eller bed sagsbehandleren om at hæve loftet [km-cap]
  [0-9A-HJKMNP-TV-Z]{6} (re)
  Registrerede [0-9A-HJKMNP-TV-Z]{6}: besøg 2026-11-18 17:30 til 19:30 \(2\.00 t\) af jonas-berg\. (re)
  afviger fra planen: planlagt visit 15:00-17:00 af jonas-berg (92CGA0@2026-11-18), registreret visit 17:30-19:30 af jonas-berg
  uge 2026-11-16..2026-11-22: 6.00 af 4.00 t brugt, -2.00 t tilbage
  bevilling 2026-03-01..2027-02-28: 138.50 af 208.57 t brugt, 70.07 t tilbage
  advarsel: de 4.00 t, der er bevilget for 2026-11-16..2026-11-22, er brugt op (150 %)

Cancellations say who cancelled; a cancelled visit uses no hours.

  $ pusterum log-hours BKSG --kind cancelled --date 2026-11-21 --start 10:00 --end 14:00
  --cancelled-by: fejl: et aflyst besøg skal angive, hvem der aflyste det; angiv family, provider eller illness [schema]
  [2]
  $ pusterum log-hours BKSG --kind cancelled --cancelled-by family --date 2026-11-21 --start 10:00 --end 14:00 --note "Barnet syg"
  [0-9A-HJKMNP-TV-Z]{6} (re)
  Registrerede [0-9A-HJKMNP-TV-Z]{6}: aflyst besøg 2026-11-21 10:00 til 14:00 \(4\.00 t\) af fatima-ali\. (re)
  måned 2026-11-01..2026-11-30: 12.00 af 16.00 t brugt, 4.00 t tilbage
  bevilling 2026-04-01..2027-03-31: 121.00 af 192.00 t brugt, 71.00 t tilbage

Corrections and voids never edit history.

  $ pusterum log-hours FR23 --list --from 2026-11-17 --to 2026-11-17 --format csv | sed -n 2p | cut -d, -f1 > id17
  $ pusterum log-hours FR23 --void "$(cat id17)" --reason "Dobbeltregistreret" > void17
  Annullerede DKQG54 (besøg 3.50 t den 2026-11-17).
  uge 2026-11-16..2026-11-22: 8.00 af 7.00 t brugt, -1.00 t tilbage
  bevilling 2026-01-01..2026-12-31: 254.50 af 321.86 t brugt, 67.36 t tilbage
  advarsel: de 7.00 t, der er bevilget for 2026-11-16..2026-11-22, er brugt op (114 %)
  $ pusterum log-hours FR23 --void "$(cat id17)" --reason "igen"
  pusterum: fejl: registrering DKQG54 er allerede annulleret eller rettet; annullér den registrering, der erstattede den
  [1]
  $ pusterum log-hours FR23 --void "$(cat id17)"
  pusterum: fejl: en annullering eller en rettelse kræver --reason; angiv hvorfor, så ændringen kan spores
  [2]
  $ pusterum log-hours FR23 --list --from 2026-11-17 --to 2026-11-17 --all
  ID      DATO        FRA    TIL    TIMER  TYPE   MEDARBEJDER      KM  NOTE
  DKQG54  2026-11-17  15:00  18:30  3\.50   visit  maja-kristensen      \(voided by [0-9A-HJKMNP-TV-Z]{6}\) (re)
  9E9FP2                                   void                        voids Z8JC8Z: Fatima kom ikke; besøget blev aflyst
  [0-9A-HJKMNP-TV-Z]{6}                                   void                        voids DKQG54: Dobbeltregistreret (re)
  0.00 h used from 2026-11-17 to 2026-11-17
  $ pusterum log-hours FR23 --list --from 2026-11-03 --to 2026-11-03 --format csv | sed -n 2p | cut -d, -f1 > id03
  $ pusterum log-hours FR23 --correct "$(cat id03)" --date 2026-11-03 --start 15:00 --end 18:00 --reason "Sluttede tidligere"
  [0-9A-HJKMNP-TV-Z]{6} (re)
  Registrerede [0-9A-HJKMNP-TV-Z]{6}: besøg 2026-11-03 15:00 til 18:00 \(3\.00 t\) af maja-kristensen, i stedet for GGMAKE\. (re)
  afviger fra planen: planlagt visit 15:00-18:30 af maja-kristensen (EECGQR@2026-11-03), registreret visit 15:00-18:00 af maja-kristensen: -0.50 h
  uge 2026-11-02..2026-11-08: 6.50 af 7.00 t brugt, 0.50 t tilbage
  bevilling 2026-01-01..2026-12-31: 254.00 af 321.86 t brugt, 67.86 t tilbage
  advarsel: 93 % af de timer, der er bevilget for 2026-11-02..2026-11-08, er brugt
  $ pusterum log-hours FR23 --list --from 2026-11-03 --to 2026-11-03 --format csv
  id,kind,staff,start,end,hours,cancelled_by,km,route,note,corrects,in_effect
  [0-9A-HJKMNP-TV-Z]{6},visit,maja-kristensen,2026-11-03T15:00\+01:00,2026-11-03T18:00\+01:00,3\.00,,,,,GGMAKE,yes (re)

A timesheet is logged whole, or not at all.

  $ printf 'date;start;end;note\n2026-11-06;10:00;12:00;Ekstra besøg\n2026-11-07;10:00;12:00;\n' > ark.csv
  $ printf 'date,start,end,kind\n2026-11-06,10:00,12:00,visit\n2026-02-30,10:00,12:00,visit\n2026-11-07,12:00,10:00,visit\n2026-11-08,10:00,12:00,visti\n' > bad.csv
  $ pusterum log-hours FR23 --import bad.csv
  bad.csv:3:1: fejl: '2026-02-30' er ikke en dato; skriv en gyldig dato som YYYY-MM-DD eller DD-MM-YYYY [schema]
  bad.csv:4:18: fejl: registreringen slutter (2026-11-07T10:00+01:00), før den starter (2026-11-07T12:00+01:00); angiv også slutdatoen for et besøg, der går over midnat (--end-date, eller end_date i en timeseddel) [schema]
  bad.csv:5:24: fejl: 'visti' er ikke en type registrering; brug visit, overnight, meeting eller cancelled [schema]
  [3]
  $ pusterum log-hours FR23 --import ark.csv
  ark.csv:2:12: advarsel: bevillingen tillader tue, thu 15:00-19:00, ikke fri 10:00-12:00; kontrollér tidspunkterne, eller spørg sagsbehandleren om bevillingens dage og tidspunkter [outside-grant-terms]
  ark.csv:3:12: advarsel: bevillingen tillader tue, thu 15:00-19:00, ikke sat 10:00-12:00; kontrollér tidspunkterne, eller spørg sagsbehandleren om bevillingens dage og tidspunkter [outside-grant-terms]
  [0-9A-HJKMNP-TV-Z]{6} (re)
  [0-9A-HJKMNP-TV-Z]{6} (re)
  Registrerede 2 registreringer fra ark.csv.
  uge 2026-11-02..2026-11-08: 10.50 af 7.00 t brugt, -3.50 t tilbage
  bevilling 2026-01-01..2026-12-31: 258.00 af 321.86 t brugt, 63.86 t tilbage
  advarsel: de 7.00 t, der er bevilget for 2026-11-02..2026-11-08, er brugt op (150 %)
  $ pusterum log-hours FR23 --import ark.csv
  ark.csv:2:12: advarsel: bevillingen tillader tue, thu 15:00-19:00, ikke fri 10:00-12:00; kontrollér tidspunkterne, eller spørg sagsbehandleren om bevillingens dage og tidspunkter [outside-grant-terms]
  ark.csv:3:12: advarsel: bevillingen tillader tue, thu 15:00-19:00, ikke sat 10:00-12:00; kontrollér tidspunkterne, eller spørg sagsbehandleren om bevillingens dage og tidspunkter [outside-grant-terms]
  ark\.csv:2:12: fejl: maja-kristensen er allerede registreret fra 2026-11-06T10:00\+01:00 til 2026-11-06T12:00\+01:00 på sag 2025-FR23R \(registrering [0-9A-HJKMNP-TV-Z]{6}\); én person kan ikke være to steder på én gang: ret tidspunkterne, eller annullér den anden registrering \[staff-overlap\] (re)
  ark\.csv:3:12: fejl: maja-kristensen er allerede registreret fra 2026-11-07T10:00\+01:00 til 2026-11-07T12:00\+01:00 på sag 2025-FR23R \(registrering [0-9A-HJKMNP-TV-Z]{6}\); én person kan ikke være to steder på én gang: ret tidspunkterne, eller annullér den anden registrering \[staff-overlap\] (re)
  [1]

A hand-edited line that is broken is found by check with its place; the rest still reads.

  $ sed -i '5s/kind: visit/kind: vist/' cases/2025-FR23R/hours/2026-11.yaml
  $ pusterum check
  cases/2025-FR23R/hours/2026-11.yaml:5:22: fejl: kind: 'vist' er ikke tilladt; brug en af: visit, overnight, meeting, cancelled, void [hours-log]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ pusterum log-hours FR23 --list --from 2026-11-01 --to 2026-11-05 --format json | grep -c '"id"'
  cases/2025-FR23R/hours/2026-11.yaml:5:22: fejl: kind: 'vist' er ikke tilladt; brug en af: visit, overnight, meeting, cancelled, void [hours-log]
  pusterum: fejl: 1 linje i timeloggen kunne ikke læses og er ikke vist; `pusterum check` viser hvor
  2

JSON for scripts.

  $ sed -i '5s/kind: vist/kind: visit/' cases/2025-FR23R/hours/2026-11.yaml
  $ pusterum log-hours BKSG --list --from 2026-04-14 --to 2026-04-18 --format json
  {
    "case": "2026-BKSGB",
    "from": "2026-04-14",
    "to": "2026-04-18",
    "hours_used": 5.0,
    "entries": [
      {
        "id": "42B3HK",
        "kind": "visit",
        "staff": "fatima-ali",
        "start": "2026-04-18T10:00+02:00",
        "end": "2026-04-18T14:00+02:00",
        "hours": 4.0,
        "cancelled_by": null,
        "km": null,
        "route": "",
        "note": "",
        "voids": null,
        "corrects": null,
        "reason": "",
        "logged": "2026-11-22T23:59+01:00",
        "by": "mette.lund",
        "in_effect": true
      },
      {
        "id": "D53TTZ",
        "kind": "meeting",
        "staff": "fatima-ali",
        "start": "2026-04-14T16:00+02:00",
        "end": "2026-04-14T17:00+02:00",
        "hours": 1.0,
        "cancelled_by": null,
        "km": null,
        "route": "",
        "note": "Opstartsmøde med familien",
        "voids": null,
        "corrects": null,
        "reason": "",
        "logged": "2026-11-22T23:59+01:00",
        "by": "mette.lund",
        "in_effect": true
      }
    ]
  }

A timesheet with two people: only one person's own entries can overlap.

  $ printf 'date,start,end,staff\n2026-11-19,15:30,17:30,louise\n2026-11-19,17:30,18:00,louise\n2026-11-19,17:00,19:00,louise\n' > two.csv
  $ pusterum log-hours FR23 --import two.csv
  two.csv:3:18: advarsel: besøget varer 0.50 t, mindre end kontraktens minimum på 2.00 t; kontrollér tidspunkterne; pusterum.yaml bestemmer, om dette giver en advarsel eller afvises [short-visit]
  two\.csv:4:12: fejl: louise-bach er allerede registreret fra 2026-11-19T15:30\+01:00 til 2026-11-19T17:30\+01:00 på sag 2025-FR23R \(registrering [0-9A-HJKMNP-TV-Z]{6}\); én person kan ikke være to steder på én gang: ret tidspunkterne, eller annullér den anden registrering \[staff-overlap\] (re)
  [1]
  $ printf 'date,start,end,note\n2026-11-10,10:00,12:00,"never closed\n' > quote.csv
  $ pusterum log-hours FR23 --import quote.csv
  quote.csv:2:24: fejl: et anførselstegn åbnes her og lukkes aldrig; luk det med ", eller fordobl et anførselstegn inde i et felt ("") [schema]
  [3]

A correction starts from the entry it replaces: here only the end changes, and the km are replaced, not added.

  $ pusterum log-hours ZDSG3 --list --from 2026-11-16 --to 2026-11-16 --format csv | sed -n 2p | cut -d, -f1 > km16
  $ pusterum log-hours ZDSG3 --correct "$(cat km16)" --end 17:30 --reason "Længere tur" > /dev/null
  --km: advarsel: 162 km denne måned ville overskride bevillingens loft på 120 km; kontrollér antal km, eller bed sagsbehandleren om at hæve loftet [km-cap]
  Registrerede [0-9A-HJKMNP-TV-Z]{6}: besøg 2026-11-16 15:00 til 17:30 \(2\.50 t\) af jonas-berg, i stedet for 8WM7AP\. (re)
  afviger fra planen: planlagt visit 15:00-17:00 af jonas-berg (W6776V@2026-11-16), registreret visit 15:00-17:30 af jonas-berg: +0.50 h
  uge 2026-11-16..2026-11-22: 6.50 af 4.00 t brugt, -2.50 t tilbage
  bevilling 2026-03-01..2027-02-28: 139.00 af 208.57 t brugt, 69.57 t tilbage
  advarsel: de 4.00 t, der er bevilget for 2026-11-16..2026-11-22, er brugt op (163 %)
  $ pusterum log-hours ZDSG3 --list --from 2026-11-16 --to 2026-11-16 --format csv | cut -d, -f2-9
  kind,staff,start,end,hours,cancelled_by,km,route
  visit,jonas-berg,2026-11-16T15:00+01:00,2026-11-16T17:30+01:00,2.50,,9,Legeland og hjem

Someone who has stopped cannot log hours after their last day.

  $ pusterum log-hours FR23 --date 2026-11-10 --start 15:00 --end 17:00 --staff emil
  --staff: fejl: emil-frandsen må ikke arbejde med barnet i sag 2025-FR23R: deaktiveret den 2026-06-30; plan or log someone who works here on that day [inactive-staff-assigned]
  --staff: fejl: emil-frandsen må ikke arbejde med barnet i sag 2025-FR23R: lacks autism; plan someone who may, or record the exception once: `pusterum match 2025-FR23R --assign maja-kristensen --reassign --substitute emil-frandsen --force --reason TEXT` [staff-competences]
  [1]

check finds one person logged twice at once, even across cases, as a merge of two clones can leave it.

  $ tail -1 cases/2025-FR23R/hours/2026-11.yaml | sed -e 's/id: [^,]*/id: QQQQQQ/' >> cases/2026-BKSGB/hours/2026-11.yaml
  $ pusterum check
  cases/2026-BKSGB/hours: fejl: maja-kristensen er registreret to gange på samme tid: registrering [0-9A-HJKMNP-TV-Z]{6} på sag 2025-FR23R \(2026-11-07T10:00\+01:00 til 2026-11-07T12:00\+01:00\) og registrering [0-9A-HJKMNP-TV-Z]{6} på sag 2026-BKSGB \(2026-11-07T10:00\+01:00 til 2026-11-07T12:00\+01:00\); annullér den forkerte registrering \(`pusterum log-hours CASE --void ID --reason \.\.\.`\) \[staff-overlap\] (re)
  cases/2026-BKSGB/hours/2026-11\.yaml:7:1: fejl: entry [0-9A-HJKMNP-TV-Z]{6}: maja-kristensen må ikke arbejde med barnet i sag 2026-BKSGB: lacks sign-language; plan someone who may, or record the exception once: `pusterum match 2026-BKSGB --assign fatima-ali --reassign --substitute maja-kristensen --force --reason TEXT` \[staff-competences\] (re)
  2 fejl, 0 advarsler i 80 filer
  [1]

An evening visit may end at 24:00, the start of the next day.

  $ pusterum log-hours BKSG --date 2026-11-07 --start 21:00 --end 24:00 > /dev/null
  Registrerede [0-9A-HJKMNP-TV-Z]{6}: besøg 2026-11-07 21:00 til 2026-11-08 00:00 \(3\.00 t\) af fatima-ali\. (re)
  afviger fra planen: planlagt visit 10:00-14:00 af fatima-ali (14NH74@2026-11-07), registreret visit 21:00-2026-11-08 00:00 af fatima-ali: -1.00 h
  måned 2026-11-01..2026-11-30: 17.00 af 16.00 t brugt, -1.00 t tilbage
  bevilling 2026-04-01..2027-03-31: 126.00 af 192.00 t brugt, 66.00 t tilbage
  advarsel: de 16.00 t, der er bevilget for 2026-11-01..2026-11-30, er brugt op (106 %)
  $ pusterum log-hours BKSG --list --from 2026-11-07 --to 2026-11-07 --format csv | cut -d, -f4-6
  start,end,hours
  2026-11-07T10:00+01:00,2026-11-07T14:00+01:00,4.00
  2026-11-07T10:00+01:00,2026-11-07T12:00+01:00,2.00
  2026-11-07T21:00+01:00,2026-11-08T00:00+01:00,3.00

Options that do not belong together are refused.

  $ pusterum log-hours BKSG --date 2026-11-08 --start 10:00 --end 12:00 --reason "oops"
  pusterum: fejl: --reason bruges sammen med --void eller --correct; brug --note til en note om et besøg
  [2]
  $ pusterum log-hours BKSG --list --from 2026-11-30 --to 2026-11-01
  pusterum: fejl: --to 2026-11-01 ligger før --from 2026-11-30
  [2]

A list whose log has a broken line says so in its exit code.

  $ sed -i '3s/kind: visit/kind: vist/' cases/2026-BKSGB/hours/2026-11.yaml
  $ pusterum log-hours BKSG --list --from 2026-11-01 --to 2026-11-02 > /dev/null
  cases/2026-BKSGB/hours/2026-11.yaml:3:22: fejl: kind: 'vist' er ikke tilladt; brug en af: visit, overnight, meeting, cancelled, void [hours-log]
  pusterum: fejl: 1 linje i timeloggen kunne ikke læses og er ikke vist; `pusterum check` viser hvor
  [3]

A rule never skips what it cannot read: that file also holds maja-kristensen's
hours (the merged line above), so whether a new entry of hers overlaps one
there cannot be told, and it is refused until the line is mended.

  $ pusterum log-hours FR23 --planned --date 2026-11-17
  cases/2026-BKSGB/hours/2026-11.yaml:3:22: fejl: kind: 'vist' er ikke tilladt; brug en af: visit, overnight, meeting, cancelled, void [hours-log]
  [3]
  $ sed -i '3s/kind: vist/kind: visit/' cases/2026-BKSGB/hours/2026-11.yaml

--planned logs the day's planned visits as delivered as planned (the visit of 17 November was voided above); what is already logged is not logged twice.

  $ pusterum log-hours FR23 --planned --date 2026-11-17
  [0-9A-HJKMNP-TV-Z]{6} (re)
  Registrerede [0-9A-HJKMNP-TV-Z]{6}: besøg 2026-11-17 15:00 til 18:30 \(3\.50 t\) af maja-kristensen\. (re)
  uge 2026-11-16..2026-11-22: 11.50 af 7.00 t brugt, -4.50 t tilbage
  bevilling 2026-01-01..2026-12-31: 261.50 af 321.86 t brugt, 60.36 t tilbage
  advarsel: de 7.00 t, der er bevilget for 2026-11-16..2026-11-22, er brugt op (164 %)
  $ pusterum log-hours FR23 --planned --date 2026-11-17
  EECGQR@2026-11-17 er allerede registreret.
  pusterum: fejl: der er intet planlagt den 2026-11-17, som mangler at blive registreret for sag 2025-FR23R; `pusterum schedule CASE --from DATE --to DATE` viser planen; registrér andre besøg med --start og --end
  [1]
  $ pusterum log-hours FR23 --planned --start 15:00
  pusterum: fejl: --planned tager tidspunkterne fra planen; udelad --start og --end, eller udelad --planned
  [2]

An entry that differs from the plan is logged, and the difference is said.

  $ pusterum log-hours ZDSG3 --void XCN58H --reason "Forkert tid" > /dev/null
  Annullerede XCN58H (besøg 2.00 t den 2026-11-18).
  uge 2026-11-16..2026-11-22: 4.50 af 4.00 t brugt, -0.50 t tilbage
  bevilling 2026-03-01..2027-02-28: 137.00 af 208.57 t brugt, 71.57 t tilbage
  advarsel: de 4.00 t, der er bevilget for 2026-11-16..2026-11-22, er brugt op (113 %)
  $ pusterum log-hours ZDSG3 --date 2026-11-18 --start 15:00 --end 17:30 --km 12 --route "Svømmehallen" --note "Blev lidt længere"
  --km: advarsel: 164 km denne måned ville overskride bevillingens loft på 120 km; kontrollér antal km, eller bed sagsbehandleren om at hæve loftet [km-cap]
  [0-9A-HJKMNP-TV-Z]{6} (re)
  Registrerede [0-9A-HJKMNP-TV-Z]{6}: besøg 2026-11-18 15:00 til 17:30 \(2\.50 t\) af jonas-berg\. (re)
  afviger fra planen: planlagt visit 15:00-17:00 af jonas-berg (92CGA0@2026-11-18), registreret visit 15:00-17:30 af jonas-berg: +0.50 h
  uge 2026-11-16..2026-11-22: 7.00 af 4.00 t brugt, -3.00 t tilbage
  bevilling 2026-03-01..2027-02-28: 139.50 af 208.57 t brugt, 69.07 t tilbage
  advarsel: de 4.00 t, der er bevilget for 2026-11-16..2026-11-22, er brugt op (175 %)

A correction that moves an entry to another month also voids it in its own month's file, so a report that reads only that month does not count it: October's visit hours drop from 16 + 12 to 14 + 10.5.

  $ pusterum report billing --period 2026-10 --municipality Aarhus --format csv | grep 2025-FR23R | cut -d, -f5,6,8
  visit,day,16.00
  visit,evening,12.00
  $ pusterum log-hours FR23 --correct 3PJZG6 --date 2026-11-04 --reason "Forkert dato" > /dev/null
  --start: advarsel: bevillingen tillader tue, thu 15:00-19:00, ikke wed 15:00-18:30; kontrollér tidspunkterne, eller spørg sagsbehandleren om bevillingens dage og tidspunkter [outside-grant-terms]
  Registrerede [0-9A-HJKMNP-TV-Z]{6}: besøg 2026-11-04 15:00 til 18:30 \(3\.50 t\) af maja-kristensen, i stedet for 3PJZG6\. (re)
  uge 2026-11-02..2026-11-08: 14.00 af 7.00 t brugt, -7.00 t tilbage
  bevilling 2026-01-01..2026-12-31: 261.50 af 321.86 t brugt, 60.36 t tilbage
  advarsel: de 7.00 t, der er bevilget for 2026-11-02..2026-11-08, er brugt op (200 %)
  $ tail -1 cases/2025-FR23R/hours/2026-10.yaml
  - {id: [0-9A-HJKMNP-TV-Z]{6}, kind: void, voids: 3PJZG6, reason: moved to 2026-11-04 by the correction [0-9A-HJKMNP-TV-Z]{6}, logged: "2026-11-22T23:59\+01:00", by: .*} (re)
  $ pusterum report billing --period 2026-10 --municipality Aarhus --format csv | grep 2025-FR23R | cut -d, -f5,6,8
  visit,day,14.00
  visit,evening,10.50
