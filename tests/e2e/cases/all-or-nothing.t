A change that writes several files is applied as one: a writer killed halfway leaves it unfinished in .pusterum/intent, `check` names it, and the next command finishes it before it reads anything. PUSTERUM_TEST_CRASH_AFTER=N is the test hook that kills pusterum (SIGKILL) once it has written the Nth file of its change.

A correction that moves an entry to another month appends the correction to November and the void of the original to October; killed between the two, October would go on billing the moved visit (16 + 12 h instead of 14 + 10.5 h).

  $ { PUSTERUM_TEST_CRASH_AFTER=1 pusterum log-hours FR23 --correct 3PJZG6 --date 2026-11-04 --reason "Forkert dato" >/dev/null 2>&1; } 2>/dev/null; echo $?
  137
  $ pusterum check | grep -v '^ok'
  .pusterum/intent: fejl: en ændring blev efterladt ufærdig, fordi skrivningen stoppede halvvejs; den næste pusterum-kommando gør den færdig (enhver kommando undtagen check) [unfinished-change]
  1 fejl, 0 advarsler i 80 filer
  $ pusterum report billing --period 2026-10 --municipality Aarhus --format csv | grep 2025-FR23R | cut -d, -f5,6,8
  visit,day,14.00
  visit,evening,10.50
  $ tail -1 cases/2025-FR23R/hours/2026-10.yaml | cut -d, -f2,3
   kind: void, voids: 3PJZG6
  $ ls .pusterum/intent
  ls: cannot access '.pusterum/intent': No such file or directory
  [2]
  $ pusterum check > /dev/null

An import with rows in two months is logged whole: killed after the first month's file, the next command (here the listing) logs the second month's row too, so no half of the sheet stays logged without the other.

  $ printf 'date,start,end\n2026-10-13,10:00,12:00\n2026-11-10,10:00,12:00\n' > two-months.csv
  $ { PUSTERUM_TEST_CRASH_AFTER=1 pusterum log-hours FR23 --import two-months.csv >/dev/null 2>&1; } 2>/dev/null; echo $?
  137
  $ pusterum log-hours FR23 --list --from 2026-10-13 --to 2026-11-10 --format csv | grep -c ',10:00\|T10:00'
  2
  $ pusterum check > /dev/null

A match of every waiting case records all its matches or none: killed after the first case file, no case is left matched while the other still waits; the next command records the second match too.

  $ { PUSTERUM_TEST_CRASH_AFTER=1 pusterum match --open --apply >/dev/null 2>&1; } 2>/dev/null; echo $?
  137
  $ pusterum check | grep -v '^ok'
  .pusterum/intent: fejl: en ændring blev efterladt ufærdig, fordi skrivningen stoppede halvvejs; den næste pusterum-kommando gør den færdig (enhver kommando undtagen check) [unfinished-change]
  1 fejl, 0 advarsler i 80 filer
  $ pusterum case list | grep -E '6WPXB|8VDW5' | awk '{print $1, $2, $8}'
  2026-6WPXB active louise-bach
  2026-8VDW5 active ida-lauridsen
  $ pusterum check > /dev/null
