A visit logged by the fixed staff member prints its ID, then the grant status.

  $ pusterum log-hours FR23 --date 2026-11-20 --start 15:00 --end 17:30 --note "Lektier og Minecraft"
  --start: warning: the grant allows tue, thu 15:00-19:00, not fri 15:00-17:30; check the times, or ask the caseworker about the grant's days and hours [outside-grant-terms]
  [0-9A-HJKMNP-TV-Z]{6} (re)
  Logged [0-9A-HJKMNP-TV-Z]{6}: visit 2026-11-20 15:00 to 17:30 \(2\.50 h\) by maja-kristensen\. (re)
  week 2026-11-16..2026-11-22: 9.50 of 7.00 h used, -2.50 h left
  grant 2026-01-01..2026-12-31: 256.00 of 321.86 h used, 65.86 h left
  warning: the week's 7.00 h are used up (136%)
  $ tail -1 cases/2025-FR23R/hours/2026-11.yaml | sed 's/by: [a-z0-9._-]*}/by: USER}/'
  - \{id: [0-9A-HJKMNP-TV-Z]{6}, kind: visit, staff: maja-kristensen, start: "2026-11-20T15:00\+01:00", end: "2026-11-20T17:30\+01:00", note: Lektier og Minecraft, logged: "2026-11-22T23:59\+01:00", by: USER\} (re)

The week's hours used up: a warning at 80 % and at 100 %.

  $ pusterum log-hours FR23 --date 2026-11-16 --start 15:00 --end 17:00 --staff fatima
  --start: warning: the grant allows tue, thu 15:00-19:00, not mon 15:00-17:00; check the times, or ask the caseworker about the grant's days and hours [outside-grant-terms]
  [0-9A-HJKMNP-TV-Z]{6} (re)
  Logged [0-9A-HJKMNP-TV-Z]{6}: visit 2026-11-16 15:00 to 17:00 \(2\.00 h\) by fatima-ali\. (re)
  week 2026-11-16..2026-11-22: 11.50 of 7.00 h used, -4.50 h left
  grant 2026-01-01..2026-12-31: 258.00 of 321.86 h used, 63.86 h left
  warning: the week's 7.00 h are used up (164%)

A stay over the October change counts 49 hours, and the file keeps the offsets.

  $ pusterum log-hours QVEHE --list --from 2026-10-23 --to 2026-10-25
  ID      DATE        FROM   TO                HOURS  KIND       STAFF       KM  NOTE
  5G84J2  2026-10-23  16:00  2026-10-25 16:00  49.00  overnight  nanna-skov
  49.00 h used from 2026-10-23 to 2026-10-25
  $ grep -c '2026-10-25T16:00+01:00' cases/2025-QVEHE/hours/2026-10.yaml
  1

The hour that does not exist, and the one that happens twice.

  $ pusterum log-hours QVEHE --date 2026-03-29 --start 02:30 --end 05:00
  --start: error: 2026-03-29 02:30 does not exist in Europe/Copenhagen: the clocks skip that hour; summer time starts that night: at 02:00 the clocks go to 03:00, so give 03:00 or later [schema]
  [2]
  $ pusterum log-hours QVEHE --kind overnight --date 2026-10-24 --start 22:00 --end-date 2026-10-25 --end 02:30
  --end: error: 2026-10-25 02:30 happens twice in Europe/Copenhagen: the clocks go back that night; say which: 02:30+02:00 (first, summer time) or 02:30+01:00 (second) [schema]
  [2]
  $ pusterum log-hours QVEHE --kind overnight --date 2026-10-24 --start 22:00 --end 2026-10-25T02:30+01:00 --staff soeren
  [0-9A-HJKMNP-TV-Z]{6} (re)
  Logged [0-9A-HJKMNP-TV-Z]{6}: overnight 2026-10-24 22:00 to 2026-10-25 02:30 \(5\.50 h\) by soeren-moelgaard\. (re)
  year 2026-01-01..2026-12-31: 485.50 of 576.00 h used, 90.50 h left
  grant 2026-01-01..2026-12-31: 485.50 of 576.00 h used, 90.50 h left
  warning: 84% of the year's hours are used

Rules that refuse an entry, and nothing is written.

  $ pusterum log-hours FR23 --date 2026-11-19 --start 17:00 --end 19:00
  --start: error: maja-kristensen is already logged from 2026-11-19T15:00+01:00 to 2026-11-19T18:30+01:00 on case 2025-FR23R (entry 8MVM9T); one person cannot be in two places: fix the times, or void the other entry [staff-overlap]
  [1]
  $ pusterum log-hours FR23 --date 2026-11-24 --start 15:00 --end 17:00
  --end: error: the entry ends 2026-11-24T17:00+01:00, which is in the future; log what was delivered once it has happened [future-entry]
  [1]
  $ pusterum log-hours FR23 --date 2026-11-20 --start 10:00 --end 12:00 --km 12
  --start: warning: the grant allows tue, thu 15:00-19:00, not fri 10:00-12:00; check the times, or ask the caseworker about the grant's days and hours [outside-grant-terms]
  --km: error: 12 km given, but driving is not part of this grant; leave out --km; driving counts only when the grant includes it [km-not-granted]
  [1]
  $ pusterum log-hours FR23 --date 2026-11-20 --start 10:00 --end 12:00 --kind overnight
  --kind: error: an overnight stay, but the grant does not include overnight stays; make it a visit, or amend the grant with --overnight [overnight-not-granted]
  --start: error: an overnight stay from 2026-11-20T10:00+01:00 to 2026-11-20T12:00+01:00 does not span a night (23:00-07:00); log it as a visit, or give the times of the whole stay [overnight-night]
  [1]
  $ pusterum log-hours EQKSG --date 2026-08-01 --start 10:00 --end 12:00
  --start: error: jonas-berg is already logged from 2026-08-01T10:00+02:00 to 2026-08-01T13:30+02:00 on case 2025-EQKSG (entry 87KR8B); one person cannot be in two places: fix the times, or void the other entry [staff-overlap]
  [1]
  $ pusterum log-hours ZDSG3 --date 2026-02-20 --start 10:00 --end 12:00
  --start: warning: the grant allows mon, wed 15:00-19:30, not fri 10:00-12:00; check the times, or ask the caseworker about the grant's days and hours [outside-grant-terms]
  CASE: error: case 2026-ZDSG3 was matching on 2026-02-20; hours are logged for days the case was active; check the date [case-not-active]
  --start: error: 2026-02-20 is outside the grant period 2026-03-01 to 2027-02-28; put it on the case whose grant covers the day, or amend the grant [outside-grant]
  [1]
  $ pusterum log-hours FR23 --date 2026-11-20 --start 19:00 --end 18:00
  --end: error: the entry ends (2026-11-20T18:00+01:00) before it starts (2026-11-20T19:00+01:00); for a visit past midnight give the end's date too (--end-date, or end_date in a timesheet) [schema]
  [2]
  $ pusterum log-hours FR23 --date 2026-11-20 --start 10:00 --end 12:00 --staff nobody
  pusterum: error: no staff member matches 'nobody'; `pusterum staff list` lists them
  [2]
  $ pusterum log-hours FR23 --date 2026-11-20 --start 10:00 --end 12:00 --note "cpr 010203-1234"
  --note: error: the note holds a value shaped like a CPR number; remove it: pusterum identifies people by internal ID [cpr-number]
  [2]

Km are logged when driving is part of the grant, within its monthly cap.

  $ pusterum log-hours ZDSG3 --date 2026-11-18 --start 17:30 --end 19:30 --km 90 --route "Hospitalet i Aarhus"
  --km: warning: 162 km this month would pass the grant's cap of 120 km; check the km, or ask the caseworker to raise the cap [km-cap]
  [0-9A-HJKMNP-TV-Z]{6} (re)
  Logged [0-9A-HJKMNP-TV-Z]{6}: visit 2026-11-18 17:30 to 19:30 \(2\.00 h\) by jonas-berg\. (re)
  differs from the plan: planned visit 15:00-17:00 by jonas-berg (92CGA0@2026-11-18), logged visit 17:30-19:30 by jonas-berg
  week 2026-11-16..2026-11-22: 6.00 of 4.00 h used, -2.00 h left
  grant 2026-03-01..2027-02-28: 138.50 of 208.57 h used, 70.07 h left
  warning: the week's 4.00 h are used up (150%)

Cancellations say who cancelled; a cancelled visit uses no hours.

  $ pusterum log-hours BKSG --kind cancelled --date 2026-11-21 --start 10:00 --end 14:00
  --cancelled-by: error: a cancelled visit needs who cancelled it; give family, provider or illness [schema]
  [2]
  $ pusterum log-hours BKSG --kind cancelled --cancelled-by family --date 2026-11-21 --start 10:00 --end 14:00 --note "Barnet syg"
  [0-9A-HJKMNP-TV-Z]{6} (re)
  Logged [0-9A-HJKMNP-TV-Z]{6}: cancelled 2026-11-21 10:00 to 14:00 \(4\.00 h\) by fatima-ali\. (re)
  month 2026-11-01..2026-11-30: 12.00 of 16.00 h used, 4.00 h left
  grant 2026-04-01..2027-03-31: 121.00 of 192.00 h used, 71.00 h left

Corrections and voids never edit history.

  $ pusterum log-hours FR23 --list --from 2026-11-17 --to 2026-11-17 --format csv | sed -n 2p | cut -d, -f1 > id17
  $ pusterum log-hours FR23 --void "$(cat id17)" --reason "Dobbeltregistreret" > void17
  Voided DKQG54 (visit 3.50 h on 2026-11-17).
  week 2026-11-16..2026-11-22: 8.00 of 7.00 h used, -1.00 h left
  grant 2026-01-01..2026-12-31: 254.50 of 321.86 h used, 67.36 h left
  warning: the week's 7.00 h are used up (114%)
  $ pusterum log-hours FR23 --void "$(cat id17)" --reason "igen"
  pusterum: error: entry DKQG54 is already voided or corrected; void the entry that replaced it
  [1]
  $ pusterum log-hours FR23 --void "$(cat id17)"
  pusterum: error: a void or a correction needs --reason; say why, for the audit trail
  [2]
  $ pusterum log-hours FR23 --list --from 2026-11-17 --to 2026-11-17 --all
  ID      DATE        FROM   TO     HOURS  KIND   STAFF            KM  NOTE
  DKQG54  2026-11-17  15:00  18:30  3\.50   visit  maja-kristensen      \(voided by [0-9A-HJKMNP-TV-Z]{6}\) (re)
  9E9FP2                                   void                        voids Z8JC8Z: Fatima kom ikke; besøget blev aflyst
  [0-9A-HJKMNP-TV-Z]{6}                                   void                        voids DKQG54: Dobbeltregistreret (re)
  0.00 h used from 2026-11-17 to 2026-11-17
  $ pusterum log-hours FR23 --list --from 2026-11-03 --to 2026-11-03 --format csv | sed -n 2p | cut -d, -f1 > id03
  $ pusterum log-hours FR23 --correct "$(cat id03)" --date 2026-11-03 --start 15:00 --end 18:00 --reason "Sluttede tidligere"
  [0-9A-HJKMNP-TV-Z]{6} (re)
  Logged [0-9A-HJKMNP-TV-Z]{6}: visit 2026-11-03 15:00 to 18:00 \(3\.00 h\) by maja-kristensen, replacing GGMAKE\. (re)
  differs from the plan: planned visit 15:00-18:30 by maja-kristensen (EECGQR@2026-11-03), logged visit 15:00-18:00 by maja-kristensen: -0.50 h
  week 2026-11-02..2026-11-08: 6.50 of 7.00 h used, 0.50 h left
  grant 2026-01-01..2026-12-31: 254.00 of 321.86 h used, 67.86 h left
  warning: 93% of the week's hours are used
  $ pusterum log-hours FR23 --list --from 2026-11-03 --to 2026-11-03 --format csv
  id,kind,staff,start,end,hours,cancelled_by,km,route,note,corrects,in_effect
  [0-9A-HJKMNP-TV-Z]{6},visit,maja-kristensen,2026-11-03T15:00\+01:00,2026-11-03T18:00\+01:00,3\.00,,,,,GGMAKE,yes (re)

A timesheet is logged whole, or not at all.

  $ printf 'date;start;end;note\n2026-11-06;10:00;12:00;Ekstra besøg\n2026-11-07;10:00;12:00;\n' > ark.csv
  $ printf 'date,start,end,kind\n2026-11-06,10:00,12:00,visit\n2026-02-30,10:00,12:00,visit\n2026-11-07,12:00,10:00,visit\n2026-11-08,10:00,12:00,visti\n' > bad.csv
  $ pusterum log-hours FR23 --import bad.csv
  bad.csv:3:1: error: '2026-02-30' is not a date; write a real date as YYYY-MM-DD or DD-MM-YYYY [schema]
  bad.csv:4:18: error: the entry ends (2026-11-07T10:00+01:00) before it starts (2026-11-07T12:00+01:00); for a visit past midnight give the end's date too (--end-date, or end_date in a timesheet) [schema]
  bad.csv:5:24: error: 'visti' is not a kind of entry; use visit, overnight, meeting or cancelled [schema]
  [3]
  $ pusterum log-hours FR23 --import ark.csv
  ark.csv:2:12: warning: the grant allows tue, thu 15:00-19:00, not fri 10:00-12:00; check the times, or ask the caseworker about the grant's days and hours [outside-grant-terms]
  ark.csv:3:12: warning: the grant allows tue, thu 15:00-19:00, not sat 10:00-12:00; check the times, or ask the caseworker about the grant's days and hours [outside-grant-terms]
  [0-9A-HJKMNP-TV-Z]{6} (re)
  [0-9A-HJKMNP-TV-Z]{6} (re)
  Logged 2 entries from ark.csv.
  week 2026-11-02..2026-11-08: 10.50 of 7.00 h used, -3.50 h left
  grant 2026-01-01..2026-12-31: 258.00 of 321.86 h used, 63.86 h left
  warning: the week's 7.00 h are used up (150%)
  $ pusterum log-hours FR23 --import ark.csv
  ark.csv:2:12: warning: the grant allows tue, thu 15:00-19:00, not fri 10:00-12:00; check the times, or ask the caseworker about the grant's days and hours [outside-grant-terms]
  ark.csv:3:12: warning: the grant allows tue, thu 15:00-19:00, not sat 10:00-12:00; check the times, or ask the caseworker about the grant's days and hours [outside-grant-terms]
  ark\.csv:2:12: error: maja-kristensen is already logged from 2026-11-06T10:00\+01:00 to 2026-11-06T12:00\+01:00 on case 2025-FR23R \(entry [0-9A-HJKMNP-TV-Z]{6}\); one person cannot be in two places: fix the times, or void the other entry \[staff-overlap\] (re)
  ark\.csv:3:12: error: maja-kristensen is already logged from 2026-11-07T10:00\+01:00 to 2026-11-07T12:00\+01:00 on case 2025-FR23R \(entry [0-9A-HJKMNP-TV-Z]{6}\); one person cannot be in two places: fix the times, or void the other entry \[staff-overlap\] (re)
  [1]

A hand-edited line that is broken is found by check with its place; the rest still reads.

  $ sed -i '5s/kind: visit/kind: vist/' cases/2025-FR23R/hours/2026-11.yaml
  $ pusterum check
  cases/2025-FR23R/hours/2026-11.yaml:5:22: error: kind: 'vist' is not allowed; use one of: visit, overnight, meeting, cancelled, void [hours-log]
  1 error, 0 warnings in 80 files
  [1]
  $ pusterum log-hours FR23 --list --from 2026-11-01 --to 2026-11-05 --format json | grep -c '"id"'
  cases/2025-FR23R/hours/2026-11.yaml:5:22: error: kind: 'vist' is not allowed; use one of: visit, overnight, meeting, cancelled, void [hours-log]
  pusterum: error: 1 line of the log could not be read and is not listed; `pusterum check` shows where
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
  two.csv:3:18: warning: the visit lasts 0.50 h, less than the contract's minimum of 2.00 h; check the times; pusterum.yaml sets whether this warns or refuses [short-visit]
  two\.csv:4:12: error: louise-bach is already logged from 2026-11-19T15:30\+01:00 to 2026-11-19T17:30\+01:00 on case 2025-FR23R \(entry [0-9A-HJKMNP-TV-Z]{6}\); one person cannot be in two places: fix the times, or void the other entry \[staff-overlap\] (re)
  [1]
  $ printf 'date,start,end,note\n2026-11-10,10:00,12:00,"never closed\n' > quote.csv
  $ pusterum log-hours FR23 --import quote.csv
  quote.csv:2:24: error: a quote opens here and is never closed; close it with ", or double a quote inside a field ("") [schema]
  [3]

A correction starts from the entry it replaces: here only the end changes, and the km are replaced, not added.

  $ pusterum log-hours ZDSG3 --list --from 2026-11-16 --to 2026-11-16 --format csv | sed -n 2p | cut -d, -f1 > km16
  $ pusterum log-hours ZDSG3 --correct "$(cat km16)" --end 17:30 --reason "Længere tur" > /dev/null
  --km: warning: 162 km this month would pass the grant's cap of 120 km; check the km, or ask the caseworker to raise the cap [km-cap]
  Logged [0-9A-HJKMNP-TV-Z]{6}: visit 2026-11-16 15:00 to 17:30 \(2\.50 h\) by jonas-berg, replacing 8WM7AP\. (re)
  differs from the plan: planned visit 15:00-17:00 by jonas-berg (W6776V@2026-11-16), logged visit 15:00-17:30 by jonas-berg: +0.50 h
  week 2026-11-16..2026-11-22: 6.50 of 4.00 h used, -2.50 h left
  grant 2026-03-01..2027-02-28: 139.00 of 208.57 h used, 69.57 h left
  warning: the week's 4.00 h are used up (163%)
  $ pusterum log-hours ZDSG3 --list --from 2026-11-16 --to 2026-11-16 --format csv | cut -d, -f2-9
  kind,staff,start,end,hours,cancelled_by,km,route
  visit,jonas-berg,2026-11-16T15:00+01:00,2026-11-16T17:30+01:00,2.50,,9,Legeland og hjem

Someone who has stopped cannot log hours after their last day.

  $ pusterum log-hours FR23 --date 2026-11-10 --start 15:00 --end 17:00 --staff emil
  --staff: error: emil-frandsen may not work with the child of case 2025-FR23R: deactivated on 2026-06-30; plan or log someone who works here on that day [inactive-staff-assigned]
  --staff: error: emil-frandsen may not work with the child of case 2025-FR23R: lacks autism; plan someone who may, or record the exception once: `pusterum match 2025-FR23R --assign maja-kristensen --reassign --substitute emil-frandsen --force --reason TEXT` [staff-competences]
  [1]

check finds one person logged twice at once, even across cases, as a merge of two clones can leave it.

  $ tail -1 cases/2025-FR23R/hours/2026-11.yaml | sed -e 's/id: [^,]*/id: QQQQQQ/' >> cases/2026-BKSGB/hours/2026-11.yaml
  $ pusterum check
  cases/2026-BKSGB/hours: error: maja-kristensen is logged twice at once: entry [0-9A-HJKMNP-TV-Z]{6} on case 2025-FR23R \(2026-11-07T10:00\+01:00 to 2026-11-07T12:00\+01:00\) and entry [0-9A-HJKMNP-TV-Z]{6} on case 2026-BKSGB \(2026-11-07T10:00\+01:00 to 2026-11-07T12:00\+01:00\); void the entry that is wrong \(`pusterum log-hours CASE --void ID --reason \.\.\.`\) \[staff-overlap\] (re)
  cases/2026-BKSGB/hours/2026-11\.yaml:7:1: error: entry [0-9A-HJKMNP-TV-Z]{6}: maja-kristensen may not work with the child of case 2026-BKSGB: lacks sign-language; plan someone who may, or record the exception once: `pusterum match 2026-BKSGB --assign fatima-ali --reassign --substitute maja-kristensen --force --reason TEXT` \[staff-competences\] (re)
  2 errors, 0 warnings in 80 files
  [1]

An evening visit may end at 24:00, the start of the next day.

  $ pusterum log-hours BKSG --date 2026-11-07 --start 21:00 --end 24:00 > /dev/null
  Logged [0-9A-HJKMNP-TV-Z]{6}: visit 2026-11-07 21:00 to 2026-11-08 00:00 \(3\.00 h\) by fatima-ali\. (re)
  differs from the plan: planned visit 10:00-14:00 by fatima-ali (14NH74@2026-11-07), logged visit 21:00-2026-11-08 00:00 by fatima-ali: -1.00 h
  month 2026-11-01..2026-11-30: 17.00 of 16.00 h used, -1.00 h left
  grant 2026-04-01..2027-03-31: 126.00 of 192.00 h used, 66.00 h left
  warning: the month's 16.00 h are used up (106%)
  $ pusterum log-hours BKSG --list --from 2026-11-07 --to 2026-11-07 --format csv | cut -d, -f4-6
  start,end,hours
  2026-11-07T10:00+01:00,2026-11-07T14:00+01:00,4.00
  2026-11-07T10:00+01:00,2026-11-07T12:00+01:00,2.00
  2026-11-07T21:00+01:00,2026-11-08T00:00+01:00,3.00

Options that do not belong together are refused.

  $ pusterum log-hours BKSG --date 2026-11-08 --start 10:00 --end 12:00 --reason "oops"
  pusterum: error: --reason goes with --void or --correct; use --note for a note on a visit
  [2]
  $ pusterum log-hours BKSG --list --from 2026-11-30 --to 2026-11-01
  pusterum: error: --to 2026-11-01 is before --from 2026-11-30
  [2]

A list whose log has a broken line says so in its exit code.

  $ sed -i '3s/kind: visit/kind: vist/' cases/2026-BKSGB/hours/2026-11.yaml
  $ pusterum log-hours BKSG --list --from 2026-11-01 --to 2026-11-02 > /dev/null
  cases/2026-BKSGB/hours/2026-11.yaml:3:22: error: kind: 'vist' is not allowed; use one of: visit, overnight, meeting, cancelled, void [hours-log]
  pusterum: error: 1 line of the log could not be read and is not listed; `pusterum check` shows where
  [3]

A rule never skips what it cannot read: that file also holds maja-kristensen's
hours (the merged line above), so whether a new entry of hers overlaps one
there cannot be told, and it is refused until the line is mended.

  $ pusterum log-hours FR23 --planned --date 2026-11-17
  cases/2026-BKSGB/hours/2026-11.yaml:3:22: error: kind: 'vist' is not allowed; use one of: visit, overnight, meeting, cancelled, void [hours-log]
  [3]
  $ sed -i '3s/kind: vist/kind: visit/' cases/2026-BKSGB/hours/2026-11.yaml

--planned logs the day's planned visits as delivered as planned (the visit of 17 November was voided above); what is already logged is not logged twice.

  $ pusterum log-hours FR23 --planned --date 2026-11-17
  [0-9A-HJKMNP-TV-Z]{6} (re)
  Logged [0-9A-HJKMNP-TV-Z]{6}: visit 2026-11-17 15:00 to 18:30 \(3\.50 h\) by maja-kristensen\. (re)
  week 2026-11-16..2026-11-22: 11.50 of 7.00 h used, -4.50 h left
  grant 2026-01-01..2026-12-31: 261.50 of 321.86 h used, 60.36 h left
  warning: the week's 7.00 h are used up (164%)
  $ pusterum log-hours FR23 --planned --date 2026-11-17
  EECGQR@2026-11-17 is already logged.
  pusterum: error: nothing planned on 2026-11-17 is left to log for case 2025-FR23R; `pusterum schedule CASE --from DATE --to DATE` shows the plan; log other visits with --start and --end
  [1]
  $ pusterum log-hours FR23 --planned --start 15:00
  pusterum: error: --planned takes its times from the plan; leave out --start and --end, or leave out --planned
  [2]

An entry that differs from the plan is logged, and the difference is said.

  $ pusterum log-hours ZDSG3 --void XCN58H --reason "Forkert tid" > /dev/null
  Voided XCN58H (visit 2.00 h on 2026-11-18).
  week 2026-11-16..2026-11-22: 4.50 of 4.00 h used, -0.50 h left
  grant 2026-03-01..2027-02-28: 137.00 of 208.57 h used, 71.57 h left
  warning: the week's 4.00 h are used up (113%)
  $ pusterum log-hours ZDSG3 --date 2026-11-18 --start 15:00 --end 17:30 --km 12 --route "Svømmehallen" --note "Blev lidt længere"
  --km: warning: 164 km this month would pass the grant's cap of 120 km; check the km, or ask the caseworker to raise the cap [km-cap]
  [0-9A-HJKMNP-TV-Z]{6} (re)
  Logged [0-9A-HJKMNP-TV-Z]{6}: visit 2026-11-18 15:00 to 17:30 \(2\.50 h\) by jonas-berg\. (re)
  differs from the plan: planned visit 15:00-17:00 by jonas-berg (92CGA0@2026-11-18), logged visit 15:00-17:30 by jonas-berg: +0.50 h
  week 2026-11-16..2026-11-22: 7.00 of 4.00 h used, -3.00 h left
  grant 2026-03-01..2027-02-28: 139.50 of 208.57 h used, 69.07 h left
  warning: the week's 4.00 h are used up (175%)

A correction that moves an entry to another month also voids it in its own month's file, so a report that reads only that month does not count it: October's visit hours drop from 16 + 12 to 14 + 10.5.

  $ pusterum report billing --period 2026-10 --municipality Aarhus --format csv | grep 2025-FR23R | cut -d, -f5,6,8
  visit,day,16.00
  visit,evening,12.00
  $ pusterum log-hours FR23 --correct 3PJZG6 --date 2026-11-04 --reason "Forkert dato" > /dev/null
  --start: warning: the grant allows tue, thu 15:00-19:00, not wed 15:00-18:30; check the times, or ask the caseworker about the grant's days and hours [outside-grant-terms]
  Logged [0-9A-HJKMNP-TV-Z]{6}: visit 2026-11-04 15:00 to 18:30 \(3\.50 h\) by maja-kristensen, replacing 3PJZG6\. (re)
  week 2026-11-02..2026-11-08: 14.00 of 7.00 h used, -7.00 h left
  grant 2026-01-01..2026-12-31: 261.50 of 321.86 h used, 60.36 h left
  warning: the week's 7.00 h are used up (200%)
  $ tail -1 cases/2025-FR23R/hours/2026-10.yaml
  - {id: [0-9A-HJKMNP-TV-Z]{6}, kind: void, voids: 3PJZG6, reason: moved to 2026-11-04 by the correction [0-9A-HJKMNP-TV-Z]{6}, logged: "2026-11-22T23:59\+01:00", by: .*} (re)
  $ pusterum report billing --period 2026-10 --municipality Aarhus --format csv | grep 2025-FR23R | cut -d, -f5,6,8
  visit,day,14.00
  visit,evening,10.50
