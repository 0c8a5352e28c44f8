The plan of a case: what was agreed, then the concrete visits of the coming weeks.

  $ pusterum schedule FR23 --plan
  Plan of case 2025-FR23R: 5 visits, 4 changes
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
  DATE        DAY  FROM   TO     HOURS  KIND   STAFF            VISIT   NOTE
  2026-11-17  tue  15:00  18:30  3.50   visit  maja-kristensen  EECGQR  Lektier, så Minecraft
  2026-11-19  thu  15:00  18:30  3.50   visit  maja-kristensen  VDKY52
  2026-11-24  tue  15:00  18:30  3.50   visit  maja-kristensen  EECGQR  Lektier, så Minecraft
  2026-11-26  thu  15:00  18:30  3.50   visit  fatima-ali       VDKY52  covered by fatima-ali; Maja på kursus
  2026-12-01  tue  15:00  18:30  3.50   visit  maja-kristensen  EECGQR  Lektier, så Minecraft
  2026-12-03  thu  15:00  18:30  3.50   visit  maja-kristensen  VDKY52
  2026-12-08  tue  15:00  18:30  3.50   visit  maja-kristensen  EECGQR  Lektier, så Minecraft
  2026-12-10  thu  15:00  18:30  3.50   visit  maja-kristensen  VDKY52
  8 visits, 28.00 h planned from 2026-11-16 to 2026-12-13

A weekend stay over the October change counts 49 hours, the March one 47.

  $ pusterum schedule QVEHE add "2026-10-23 16:00 - 2026-10-25 16:00" --kind overnight --note "Ekstra weekend"
  cases/2025-QVEHE/schedule.yaml:4:3: warning: 2026-01-01..2026-12-31: 625.50 h planned, 576.00 h granted, 49.50 h over; plan fewer hours in that period, or ask the caseworker to amend the grant [plan-over-grant]
  cases/2025-QVEHE/schedule\.yaml:6:24: warning: [0-9A-HJKMNP-TV-Z]{6}@2026-10-23: nanna-skov has at most 0\.00 h of rest in a row in the 24 h from the start, 11 h required; let a second person take part of the stay, or set daily-rest in pusterum\.yaml as your agreement allows \[daily-rest\] (re)
  [0-9A-HJKMNP-TV-Z]{6} (re)
  Planned [0-9A-HJKMNP-TV-Z]{6}: 2026-10-23 16:00 - 2026-10-25 16:00\. (re)
  $ pusterum schedule QVEHE --from 2026-10-23 --to 2026-10-25
  DATE        DAY  FROM   TO                HOURS  KIND       STAFF       VISIT   NOTE
  2026-10-23  fri  16:00  2026-10-25 16:00  49\.00  overnight  nanna-skov  [0-9A-HJKMNP-TV-Z]{6}  Ekstra weekend (re)
  1 visit, 49.00 h planned from 2026-10-23 to 2026-10-25
  $ pusterum schedule QVEHE --from 2026-03-27 --to 2026-03-29 --format json | grep '"hours"'
        "hours": 47.0,

Planning a new visit prints its ID; a warning names the rule, the visit and by how much.

  $ pusterum schedule ZDSG3 add "every wed 17:00-19:00" --from 2026-11-23
  cases/2026-ZDSG3/schedule.yaml:4:3: warning: 2026-11-23..2027-02-21: 6.00 h planned, 4.00 h granted, 2.00 h over in each of 13 budget periods; plan fewer hours in that period, or ask the caseworker to amend the grant [plan-over-grant]
  [0-9A-HJKMNP-TV-Z]{6} (re)
  Planned [0-9A-HJKMNP-TV-Z]{6}: every wed 17:00-19:00 from 2026-11-23\. (re)
  $ pusterum schedule ZDSG3 --from 2026-11-23 --to 2026-11-29
  DATE        DAY  FROM   TO     HOURS  KIND   STAFF       VISIT   NOTE
  2026-11-23  mon  15:00  17:00  2.00   visit  jonas-berg  W6776V  Svømning eller legeland
  2026-11-25  wed  15:00  17:00  2.00   visit  jonas-berg  92CGA0
  2026-11-25  wed  17:00  19:00  2\.00   visit  jonas-berg  [0-9A-HJKMNP-TV-Z]{6} (re)
  3 visits, 6.00 h planned from 2026-11-23 to 2026-11-29

Cancel, move and cover single dates; the plan file gets one line per change.

  $ pusterum schedule ZDSG3 --plan | grep "every mon"
  W6776V  every mon 15:00-17:00   2026-03-16  grant end  visit    (fixed)  Svømning eller legeland
  $ pusterum schedule ZDSG3 cancel W677 --date 2026-12-07 --by family --reason "Sygdom i familien"
  Cancelled W6776V on 2026-12-07.
  $ pusterum schedule ZDSG3 cover W677 --date 2026-12-14 --staff louise --reason "Jonas på kursus"
  Covered W6776V on 2026-12-14 by louise-bach.
  $ pusterum schedule ZDSG3 move W677 --date 2026-12-21 --to "2026-12-23 15:00-17:00"
  cases/2026-ZDSG3/schedule.yaml:5:24: error: W6776V@2026-12-21: jonas-berg is also planned wed 2026-12-23 15:00-17:00 on case 2026-ZDSG3 (92CGA0@2026-12-23); one person cannot be in two places: move one visit, or let a substitute cover it [plan-overlap]
  pusterum: error: nothing was written; change the visit, or set the rule to warn in pusterum.yaml if your agreement allows it
  [1]
  $ pusterum schedule ZDSG3 move W677 --date 2026-12-21 --to "2026-12-22 15:00-17:00" --reason "Juleferie"
  cases/2026-ZDSG3/schedule.yaml:5:24: warning: W6776V@2026-12-21: the grant allows mon, wed 15:00-19:30, not tue 15:00-17:00; check the times, or ask the caseworker about the grant's days and hours [outside-grant-terms]
  cases/2026-ZDSG3/schedule.yaml:5:24: warning: W6776V@2026-12-21: tue 15:00-17:00 is outside jonas-berg's weekly availability; agree the time with the staff member and update `pusterum staff edit`, or plan another time [staff-unavailable]
  Moved W6776V on 2026-12-21 to 2026-12-22 15:00-17:00.
  $ tail -3 cases/2026-ZDSG3/schedule.yaml
    - {visit: W6776V, date: 2026-12-07, change: cancel, by: family, reason: Sygdom i familien}
    - {visit: W6776V, date: 2026-12-14, change: cover, staff: louise-bach, reason: Jonas på kursus}
    - {visit: W6776V, date: 2026-12-21, change: move, to: "2026-12-22 15:00-17:00", reason: Juleferie}
  $ pusterum schedule ZDSG3 --from 2026-12-07 --to 2026-12-27
  DATE        DAY  FROM   TO     HOURS  KIND   STAFF        VISIT   NOTE
  2026-12-07  mon  15:00  17:00  -      visit  jonas-berg   W6776V  cancelled by family; Svømning eller legeland; Sygdom i familien
  2026-12-09  wed  15:00  17:00  2.00   visit  jonas-berg   92CGA0
  2026-12-09  wed  17:00  19:00  2\.00   visit  jonas-berg   [0-9A-HJKMNP-TV-Z]{6} (re)
  2026-12-14  mon  15:00  17:00  2.00   visit  louise-bach  W6776V  covered by louise-bach; Svømning eller legeland; Jonas på kursus
  2026-12-16  wed  15:00  17:00  2.00   visit  jonas-berg   92CGA0
  2026-12-16  wed  17:00  19:00  2\.00   visit  jonas-berg   [0-9A-HJKMNP-TV-Z]{6} (re)
  2026-12-22  tue  15:00  17:00  2.00   visit  jonas-berg   W6776V  moved from 2026-12-21; Svømning eller legeland; Juleferie
  2026-12-23  wed  15:00  17:00  2.00   visit  jonas-berg   92CGA0
  2026-12-23  wed  17:00  19:00  2\.00   visit  jonas-berg   [0-9A-HJKMNP-TV-Z]{6} (re)
  8 visits, 16.00 h planned from 2026-12-07 to 2026-12-27 (1 cancelled)

One person's roster across cases, and Danish holidays marked.

  $ pusterum schedule --staff fatima --from 2026-12-21 --to 2027-01-03
  DATE        DAY  FROM   TO     HOURS  KIND   CASE        VISIT   NOTE
  2026-12-27  sun  10:00  14:00  4.00   visit  2026-BKSGB  VZT34J  Fra december om søndagen; Fatima kan ikke lørdage
  2026-12-31  thu  15:00  18:30  3.50   visit  2025-FR23R  VDKY52  covered by fatima-ali; special day 12-31; Maja på ferie
  2027-01-03  sun  10:00  14:00  4.00   visit  2026-BKSGB  VZT34J  Fra december om søndagen; Fatima kan ikke lørdage
  3 visits, 11.50 h planned from 2026-12-21 to 2027-01-03

A double booking across cases is refused, and nothing is written.

  $ pusterum schedule BKSGB add "2026-12-17 15:00-18:00" --staff maja
  cases/2026-BKSGB/schedule.yaml:4:3: warning: 2026-12-01..2026-12-31: 19.00 h planned, 16.00 h granted, 3.00 h over; plan fewer hours in that period, or ask the caseworker to amend the grant [plan-over-grant]
  cases/2026-BKSGB/schedule\.yaml:7:24: error: [0-9A-HJKMNP-TV-Z]{6}@2026-12-17: maja-kristensen may not work with the child of case 2026-BKSGB: lacks sign-language; plan someone who may, or record the exception once: `pusterum match 2026-BKSGB --assign fatima-ali --reassign --substitute maja-kristensen --force --reason TEXT` \[staff-competences\] (re)
  cases/2026-BKSGB/schedule\.yaml:7:24: error: [0-9A-HJKMNP-TV-Z]{6}@2026-12-17: maja-kristensen is also planned thu 2026-12-17 15:00-18:30 on case 2025-FR23R \(VDKY52@2026-12-17\); one person cannot be in two places: move one visit, or let a substitute cover it \[plan-overlap\] (re)
  pusterum: error: nothing was written; change the visit, or set the rule to warn in pusterum.yaml if your agreement allows it
  [1]

The check of every plan for the coming quarter.

  $ pusterum schedule check
  cases/2025-QVEHE/schedule.yaml:4:3: warning: 2026-01-01..2026-12-31: 625.50 h planned, 576.00 h granted, 49.50 h over; plan fewer hours in that period, or ask the caseworker to amend the grant [plan-over-grant]
  cases/2026-BKSGB/schedule.yaml:4:3: warning: 2027-01-01..2027-01-31: 20.00 h planned, 16.00 h granted, 4.00 h over; plan fewer hours in that period, or ask the caseworker to amend the grant [plan-over-grant]
  cases/2026-BKSGB/schedule.yaml:5:24: warning: 14NH74 on 2 dates from 2026-11-21 to 2026-11-28: sat 10:00-14:00 is outside fatima-ali's weekly availability; agree the time with the staff member and update `pusterum staff edit`, or plan another time [staff-unavailable]
  cases/2026-ZDSG3/schedule.yaml:4:3: warning: 2026-11-23..2026-12-06: 6.00 h planned, 4.00 h granted, 2.00 h over in each of 2 budget periods; plan fewer hours in that period, or ask the caseworker to amend the grant [plan-over-grant]
  cases/2026-ZDSG3/schedule.yaml:4:3: warning: 2026-12-14..2027-02-14: 6.00 h planned, 4.00 h granted, 2.00 h over in each of 9 budget periods; plan fewer hours in that period, or ask the caseworker to amend the grant [plan-over-grant]
  cases/2026-ZDSG3/schedule.yaml:5:24: warning: W6776V@2026-12-21: the grant allows mon, wed 15:00-19:30, not tue 15:00-17:00; check the times, or ask the caseworker about the grant's days and hours [outside-grant-terms]
  cases/2026-ZDSG3/schedule.yaml:5:24: warning: W6776V@2026-12-21: tue 15:00-17:00 is outside jonas-berg's weekly availability; agree the time with the staff member and update `pusterum staff edit`, or plan another time [staff-unavailable]
  cases/2025-QVEHE/schedule.yaml:5:24: warning: JNCJ6J on 2 dates from 2026-11-27 to 2026-12-25: nanna-skov has at most 0.00 h of rest in a row in the 24 h from the start, 11 h required; let a second person take part of the stay, or set daily-rest in pusterum.yaml as your agreement allows [daily-rest]
  5 plans checked from 2026-11-16 to 2027-02-14: 0 errors, 8 warnings
  [1]
  $ pusterum schedule check QVEHE --format json | grep '"rule"'
        "rule": "plan-over-grant",
        "rule": "daily-rest",

Bad input: a clear message, exit status 2 for the command line (a time that does not exist or happens twice included), and no change.

  $ pusterum schedule FR23 add "every funday 15:00-18:00"
  pusterum: error: WHEN: 'funday' is not a weekday (mon, tue, ... or monday, tuesday, ...); write e.g. 'every tue 15:00-18:00', 'every other fri 16:00 - sun 16:00', 'first sat of the month 10:00-16:00' or '2026-12-05 10:00-14:00'
  [2]
  $ pusterum schedule FR23 add "2026-03-29 02:30-05:00"
  pusterum: error: 2026-03-29 02:30 does not exist in Europe/Copenhagen: the clocks skip that hour; summer time starts that night: at 02:00 the clocks go to 03:00, so give 03:00 or later
  [2]
  $ pusterum schedule FR23 add "2026-10-25 02:30-05:00"
  pusterum: error: 2026-10-25 02:30 happens twice in Europe/Copenhagen: the clocks go back that night; say which: 02:30+02:00 (first, summer time) or 02:30+01:00 (second)
  [2]
  $ pusterum schedule FR23 add "every sun 02:30-05:00" --from 2026-03-22 --until 2026-03-29
  cases/2025-FR23R/schedule.yaml:4:3: warning: 2026-03-16..2026-03-22: 7.50 h planned, 5.00 h granted, 2.50 h over; plan fewer hours in that period, or ask the caseworker to amend the grant [plan-over-grant]
  cases/2025-FR23R/schedule.yaml:4:3: warning: 2026-03-23..2026-03-29: 6.50 h planned, 5.00 h granted, 1.50 h over; plan fewer hours in that period, or ask the caseworker to amend the grant [plan-over-grant]
  cases/2025-FR23R/schedule\.yaml:9:24: warning: [0-9A-HJKMNP-TV-Z]{6}@2026-03-22: the grant allows tue, thu 15:00-19:00, not sun 02:30-05:00; check the times, or ask the caseworker about the grant's days and hours \[outside-grant-terms\] (re)
  cases/2025-FR23R/schedule\.yaml:9:24: warning: [0-9A-HJKMNP-TV-Z]{6}@2026-03-22: sun 02:30-05:00 is outside maja-kristensen's weekly availability; agree the time with the staff member and update `pusterum staff edit`, or plan another time \[staff-unavailable\] (re)
  cases/2025-FR23R/schedule\.yaml:9:24: error: [0-9A-HJKMNP-TV-Z]{6}@2026-03-29: its start time does not exist that day: the clocks skip an hour that night; move that date to a time that exists: `pusterum schedule CASE move [0-9A-HJKMNP-TV-Z]{6} --date 2026-03-29 --to \.\.\.` \[plan-time\] (re)
  cases/2025-FR23R/schedule\.yaml:9:24: warning: [0-9A-HJKMNP-TV-Z]{6}@2026-03-29: the grant allows tue, thu 15:00-19:00, not sun 03:30-05:00; check the times, or ask the caseworker about the grant's days and hours \[outside-grant-terms\] (re)
  cases/2025-FR23R/schedule\.yaml:9:24: warning: [0-9A-HJKMNP-TV-Z]{6}@2026-03-29: the visit lasts 1\.50 h, less than the contract's minimum of 2\.00 h; check the times; pusterum\.yaml sets whether this warns or refuses \[short-visit\] (re)
  cases/2025-FR23R/schedule\.yaml:9:24: warning: [0-9A-HJKMNP-TV-Z]{6}@2026-03-29: sun 03:30-05:00 is outside maja-kristensen's weekly availability; agree the time with the staff member and update `pusterum staff edit`, or plan another time \[staff-unavailable\] (re)
  pusterum: error: nothing was written; change the visit, or set the rule to warn in pusterum.yaml if your agreement allows it
  [1]
  $ pusterum schedule FR23 cancel EECG --date 2026-12-02
  pusterum: error: visit EECGQR (every tue 15:00-18:30) does not fall on 2026-12-02; give --date as the day the visit is planned to start
  [2]
  $ pusterum schedule FR23 cover NOPE --date 2026-12-01 --staff fatima
  pusterum: error: the plan has no visit 'NOPE'; `pusterum schedule CASE --plan` lists its visits
  [2]
  $ pusterum schedule FR23 cover EECG --date 2026-12-01 --staff nobody
  pusterum: error: no staff member matches 'nobody'; `pusterum staff list` lists them
  [2]
