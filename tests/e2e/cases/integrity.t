Everything pusterum writes it reads back, and an ID is never a path
(issue 16). A character YAML cannot hold raw is refused where it comes in,
with the flag or the file position and the column of the character.

A DEL in a note: refused, nothing written, and the case still reads.

  $ pusterum log-hours fr23 --date 2026-11-19 --start 19:00 --end 21:00 --note $'Lektier\x7f'
  --note: fejl: tegn 8 er U+007F (a control character), som pusterum ikke gemmer; skriv teksten igen uden tegnet (det kan være usynligt) [schema]
  [2]
  $ pusterum log-hours fr23 --date 2026-11-19 --start 19:00 --end 21:00 --route $'Viby\xef\xbf\xbe' --km 3
  --route: fejl: tegn 5 er U+FFFE (a noncharacter), som pusterum ikke gemmer; skriv teksten igen uden tegnet (det kan være usynligt) [schema]
  [2]
  $ pusterum log-hours fr23 --date 2026-11-19 --start 19:00 --end 21:00 --note $'\xe2\x80\xaeabc'
  --note: fejl: tegn 1 er U+202E (a bidirectional override, which shows text in another order), som pusterum ikke gemmer; skriv teksten igen uden tegnet (det kan være usynligt) [schema]
  [2]
  $ pusterum log-hours fr23 --void 9E9FP2 --reason $'fejl\xef\xbf\xbf'
  --reason: fejl: tegn 5 er U+FFFF (a noncharacter), som pusterum ikke gemmer; skriv teksten igen uden tegnet (det kan være usynligt) [schema]
  [2]
  $ pusterum log-hours fr23 --list --from 2026-11-19 --to 2026-11-19
  ID      DATO        FRA    TIL    TIMER  TYPE   MEDARBEJDER      KM  NOTE
  8MVM9T  2026-11-19  15:00  18:30  3.50   visit  maja-kristensen
  3.50 h used from 2026-11-19 to 2026-11-19

The timesheet's note column: the file, the line and the character's column.

  $ printf 'date,start,end,note\n2026-11-17,19:00,21:00,"Lektier\x7f"\n' > sheet.csv
  $ pusterum log-hours fr23 --import sheet.csv
  sheet.csv:2:32: fejl: feltet note indeholder U+007F (a control character), som pusterum ikke gemmer; skriv teksten igen uden tegnet (det kan være usynligt) [schema]
  [3]

A hand-edited line may hold the escape "\x7f": it reads, and a correction
that copies its note writes it escaped again, so the case still reads.

  $ sed -i 's/note: Maja syg; Fatima afløser/note: "Maja syg\\x7f"/' cases/2025-FR23R/hours/2026-11.yaml
  $ grep -c 'Maja syg\\x7f' cases/2025-FR23R/hours/2026-11.yaml
  1
  $ pusterum log-hours fr23 --correct 8MVM9T --end 18:00 --reason "forkert slut" > /dev/null 2>&1
  $ pusterum log-hours fr23 --list --all --from 2026-11-19 --to 2026-11-19 > /dev/null; echo $?
  0
  $ grep -c $'\x7f' cases/2025-FR23R/hours/2026-11.yaml
  0
  [1]
  $ sed -i 's/note: "Maja syg\\x7f"/note: Maja syg/' cases/2025-FR23R/hours/2026-11.yaml
  $ sed -i '$ s/end: "2026-11-19T18:00+01:00"/end: "2026-11-19T18:00+01:00", note: "To\\x7f\\uFFFE\\u202E"/' cases/2025-FR23R/hours/2026-11.yaml
  $ pusterum log-hours fr23 --correct "$(tail -1 cases/2025-FR23R/hours/2026-11.yaml | cut -c8-13)" --end 18:15 --reason "igen" > /dev/null 2>&1
  $ tail -1 cases/2025-FR23R/hours/2026-11.yaml | grep -o 'note: "[^"]*"'
  note: "To\x7F\uFFFE\u202E"
  $ pusterum report fr23 > /dev/null; echo $?
  0

An ID is never a path: a timesheet's staff column that leads to a staff
file by its path is not that staff member, so the overlap rule cannot be
escaped by writing the same person three ways.

  $ printf 'date,start,end,staff\n2026-11-17,15:00,17:00,../staff/fatima-ali\n2026-11-17,15:00,17:00,./fatima-ali\n2026-11-17,15:00,17:00,fatima-ali\n' > paths.csv
  $ pusterum log-hours fr23 --import paths.csv
  paths.csv:2:24: fejl: der findes ingen medarbejder '../staff/fatima-ali'; `pusterum staff list` viser, hvilke medarbejdere der er [unknown-staff]
  paths.csv:3:24: fejl: der findes ingen medarbejder './fatima-ali'; `pusterum staff list` viser, hvilke medarbejdere der er [unknown-staff]
  [3]
  $ pusterum log-hours fr23 --date 2026-11-17 --start 15:00 --end 17:00 --staff "$PWD/staff/fatima-ali"
  pusterum: fejl: ingen medarbejder matcher '.*/staff/fatima-ali'; `pusterum staff list` viser dem (re)
  [2]

`check` names an hours line whose staff is not a staff ID of the tree, with
the line and the column of the staff.

  $ sed -i '3 s|staff: maja-kristensen|staff: ../staff/maja-kristensen|' cases/2025-FR23R/hours/2026-11.yaml
  $ pusterum check 2>&1 | grep unknown-staff
  cases/2025-FR23R/hours/2026-11.yaml:3:36: fejl: entry GGMAKE: der findes ingen medarbejder '../staff/maja-kristensen'; `pusterum staff list` viser, hvilke medarbejdere der er [unknown-staff]
  $ sed -i '3 s|staff: ../staff/maja-kristensen|staff: nobody-here|' cases/2025-FR23R/hours/2026-11.yaml
  $ pusterum check 2>&1 | grep unknown-staff
  cases/2025-FR23R/hours/2026-11.yaml:3:36: fejl: entry GGMAKE: der findes ingen medarbejder 'nobody-here'; `pusterum staff list` viser, hvilke medarbejdere der er [unknown-staff]

A sibling given as a path is not a case.

  $ pusterum case show 6wpxb > /dev/null
  $ sed -i 's|siblings: \[2026-ZDSG3\]|siblings: [../cases/2026-ZDSG3]|' cases/2026-6WPXB/case.yaml
  $ pusterum check 2>&1 | grep unknown-sibling
  cases/2026-6WPXB/case.yaml:32:11: fejl: sagen '../cases/2026-ZDSG3' findes ikke; angiv søskendens sags-ID [unknown-sibling]

An intake's sibling given as a path is refused, not stored.

  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" --sibling ../cases/2025-YJN8S
  --sibling: fejl: sagen '../cases/2025-YJN8S' findes ikke; angiv søskendens sags-ID [unknown-sibling]
  [2]
