`check` is the reader's equal (issue 16): what a command refuses on the way
in, `check` names in a hand-edited file, with the file, line and column.
tests/robust/hand_edits.py tries many more edits; these are the issue's.

km past what log-hours takes (0 to 5000), here 2^31-1: the status report
summed them in 32 bits and billing multiplied them by the km rate.

  $ pusterum log-hours fr23 --date 2026-11-19 --start 19:00 --end 21:00 --km 2147483647
  $ sed -i '3 s|, logged:|, km: 2147483647, logged:|' cases/2025-FR23R/hours/2026-11.yaml
  $ pusterum check
  $ cp "$EXAMPLES/cases/2025-FR23R/hours/2026-11.yaml" cases/2025-FR23R/hours/2026-11.yaml

Numbers read strictly: one sign, and the bounds of the schema.

  $ sed -i 's/^    hour: 395.00/    hour: --395/' pusterum.yaml
  $ pusterum check
  $ sed -i 's/^    hour: --395/    hour: -395.00/' pusterum.yaml
  $ pusterum check
  $ sed -i 's/^    hour: -395.00/    hour: 395.00/' pusterum.yaml
  $ pusterum staff edit ida --max-hours -25
  $ sed -i 's/^max_hours_per_week: 25/max_hours_per_week: -25/' staff/ida-lauridsen.yaml
  $ pusterum check
  $ sed -i 's/^max_hours_per_week: -25/max_hours_per_week: 25/' staff/ida-lauridsen.yaml

Entry IDs have the pattern log-hours makes, `logged:` is a time.

  $ sed -i '3 s|id: GGMAKE|id: ../GGMAKE|; 4 s|logged: "[^"]*"|logged: yesterday|' cases/2025-FR23R/hours/2026-11.yaml
  $ pusterum check
  $ cp "$EXAMPLES/cases/2025-FR23R/hours/2026-11.yaml" cases/2025-FR23R/hours/2026-11.yaml

Voids and corrections: of itself, in a circle.

  $ echo '- {id: ZZZZZ1, kind: void, voids: ZZZZZ1, reason: fejl, logged: "2026-11-22T23:59+01:00", by: mette.lund}' >> cases/2025-FR23R/hours/2026-11.yaml
  $ echo '- {id: ZZZZZ2, kind: visit, staff: maja-kristensen, start: "2026-11-03T15:00+01:00", end: "2026-11-03T18:30+01:00", corrects: ZZZZZ3, logged: "2026-11-22T23:59+01:00", by: mette.lund}' >> cases/2025-FR23R/hours/2026-11.yaml
  $ echo '- {id: ZZZZZ3, kind: visit, staff: maja-kristensen, start: "2026-11-03T15:00+01:00", end: "2026-11-03T18:30+01:00", corrects: ZZZZZ2, logged: "2026-11-22T23:59+01:00", by: mette.lund}' >> cases/2025-FR23R/hours/2026-11.yaml
  $ pusterum check
  $ cp "$EXAMPLES/cases/2025-FR23R/hours/2026-11.yaml" cases/2025-FR23R/hours/2026-11.yaml

A month file named otherwise is read by no command: reported, not skipped.

  $ mv cases/2025-FR23R/hours/2026-01.yaml cases/2025-FR23R/hours/2026-1.yaml
  $ mv cases/2025-FR23R/hours/2026-02.yaml cases/2025-FR23R/hours/2026-02.yml
  $ pusterum check
  $ mv cases/2025-FR23R/hours/2026-1.yaml cases/2025-FR23R/hours/2026-01.yaml
  $ mv cases/2025-FR23R/hours/2026-02.yml cases/2025-FR23R/hours/2026-02.yaml

A voided entry's staff, a plan's staff: IDs of the tree too.

  $ sed -i '3 s|staff: maja-kristensen|staff: ../staff/maja-kristensen|' cases/2025-FR23R/hours/2026-11.yaml
  $ pusterum log-hours fr23 --void GGMAKE --reason "fejl" > /dev/null
  $ pusterum check
  $ cp "$EXAMPLES/cases/2025-FR23R/hours/2026-11.yaml" cases/2025-FR23R/hours/2026-11.yaml
  $ sed -i 's|change: cover, staff: fatima-ali|change: cover, staff: ../staff/fatima-ali|' cases/2025-FR23R/schedule.yaml
  $ pusterum check
  $ cp "$EXAMPLES/cases/2025-FR23R/schedule.yaml" cases/2025-FR23R/schedule.yaml

A grant lasts at most 10 years: intake, amend and check refuse longer.

  $ sed 's/end: 2027-12-31/end: 9999-12-31/' referrals/favrskov-2026-11-19.yaml > long.yaml
  $ pusterum intake --file long.yaml
  $ pusterum case amend fr23 --from 2026-06-01 --end 2036-12-31
  $ sed -i 's/^  end: 2026-12-31/  end: 9999-12-31/' cases/2025-FR23R/case.yaml
  $ pusterum check
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

An overnight stay holds a whole night: 06:00-22:00 is billed as a night's
block for its one hour before 07:00.

  $ pusterum log-hours qvehe --kind overnight --date 2026-11-20 --start 06:00 --end 22:00
  $ sed -i '3 s|start: "2026-01-23T16:00+01:00", end: "2026-01-25T16:00+01:00"|start: "2026-01-23T06:00+01:00", end: "2026-01-23T22:00+01:00"|' cases/2025-QVEHE/hours/2026-01.yaml
  $ pusterum check

The record of reports sent has its schema, named in its first line and put
into every new tree.

  $ head -1 cases/2025-FR23R/status/sent.yaml
  $ pusterum init new --name "Ny ApS" > /dev/null && ls new/.pusterum/schemas | grep sent
