No write goes through a symbolic link inside the tree, and no read takes
what a link points at for data (issue 16): git carries links into every
clone. The tree's root itself may be a link; below it nothing may be.

An hours month file that links outside the tree: log-hours refuses (at its
read of the month, before it would append), and neither the link nor what
it points at changes (not even its mode).

  $ cp cases/2025-FR23R/hours/2026-11.yaml ../outside.yaml && chmod 644 ../outside.yaml
  $ rm cases/2025-FR23R/hours/2026-11.yaml && ln -s ../../../../outside.yaml cases/2025-FR23R/hours/2026-11.yaml
  $ pusterum log-hours fr23 --date 2026-11-19 --start 19:00 --end 21:00
  pusterum: fejl: cases/2025-FR23R/hours/2026-11.yaml er et symbolsk link; pusterum læser ikke gennem links: erstat det med den fil, det peger på; `pusterum check` viser alle links i leverandørmappen
  [3]
  $ cmp ../outside.yaml $EXAMPLES/cases/2025-FR23R/hours/2026-11.yaml && stat -c %a ../outside.yaml
  644

Reading it is refused too: a report does not bill what the link points at.

  $ pusterum log-hours fr23 --list --from 2026-11-01 --to 2026-11-30
  pusterum: fejl: cases/2025-FR23R/hours/2026-11.yaml er et symbolsk link; pusterum læser ikke gennem links: erstat det med den fil, det peger på; `pusterum check` viser alle links i leverandørmappen
  [3]

A dangling link does not make pusterum create what it names. Before the
fix, this created ../made-by-pusterum.yaml.

  $ rm cases/2025-FR23R/hours/2026-11.yaml && ln -s ../../../../made-by-pusterum.yaml cases/2025-FR23R/hours/2026-11.yaml
  $ pusterum log-hours fr23 --date 2026-11-19 --start 19:00 --end 21:00
  pusterum: fejl: cases/2025-FR23R/hours/2026-11.yaml er et symbolsk link; pusterum læser ikke gennem links: erstat det med den fil, det peger på; `pusterum check` viser alle links i leverandørmappen
  [3]
  $ ls ../made-by-pusterum.yaml
  ls: cannot access '../made-by-pusterum.yaml': No such file or directory
  [2]

A case folder that is a link: an amendment writes nothing outside.

  $ mv cases/2025-QVEHE ../qvehe && ln -s ../../qvehe cases/2025-QVEHE
  $ pusterum case amend QVEHE --from 2026-12-01 --quantity 4 --note test
  pusterum: fejl: cases/2025-QVEHE er et symbolsk link; pusterum læser ikke gennem links: erstat det med den mappe, det peger på; `pusterum check` viser alle links i leverandørmappen
  [3]
  $ cmp ../qvehe/case.yaml $EXAMPLES/cases/2025-QVEHE/case.yaml
  $ rm cases/2025-QVEHE && mv ../qvehe cases/2025-QVEHE

The access log's folder as a link: a read (which logs) leaves the target
empty and warns.

  $ rm -rf .pusterum/access && mkdir ../access && ln -s ../../access .pusterum/access
  $ pusterum case show EQKSG > /dev/null
  pusterum: advarsel: adgangsloggen kunne ikke skrives: .pusterum/access er et symbolsk link; pusterum skriver ikke gennem links: erstat det med den mappe, det peger på
  $ ls ../access

The lock as a dangling link: no writer creates its target.

  $ rm -rf .pusterum/access .pusterum/lock && ln -s ../../lock-target .pusterum/lock
  $ pusterum log-hours EQKSG --date 2026-08-20 --start 15:00 --end 17:00
  pusterum: fejl: .pusterum/lock er et symbolsk link; pusterum skriver ikke gennem links: erstat det med den fil, det peger på; `pusterum check` viser alle links i leverandørmappen
  [3]
  $ ls ../lock-target
  ls: cannot access '../lock-target': No such file or directory
  [2]

A report's --out folder inside the tree that is a link: nothing written there.

  $ rm .pusterum/lock && mkdir ../out && ln -s ../out reports
  $ pusterum report billing --month 2026-10 --out reports/billing > /dev/null
  pusterum: fejl: reports er et symbolsk link; pusterum skriver ikke gennem links: erstat det med den mappe, det peger på; `pusterum check` viser alle links i leverandørmappen
  [3]
  $ ls ../out

The tree's root reached through a link is the user's choice: it works.

  $ rm reports && ln -s "$PWD" ../via-link && pusterum -C ../via-link log-hours EQKSG --date 2026-08-18 --start 15:00 --end 17:00 > /dev/null 2>&1; echo $?
  0

And check names every link and every folder named like a file, and goes on
past them (a dangling link stopped it with exit 4 before).

  $ ln -s nowhere.yaml cases/2025-FR23R/hours/2027-01.yaml && mkdir cases/2025-QVEHE/hours/2027-01.yaml && ln -s ../../etc staff/x.yaml
  $ pusterum check
  cases/2025-FR23R/hours/2026-11.yaml: fejl: et symbolsk link, som pusterum hverken læser eller skriver igennem; det springes over; erstat det med den fil eller mappe, det peger på, eller fjern det [symlink]
  cases/2025-FR23R/hours/2027-01.yaml: fejl: et symbolsk link, som pusterum hverken læser eller skriver igennem; det springes over; erstat det med den fil eller mappe, det peger på, eller fjern det [symlink]
  cases/2025-QVEHE/hours/2027-01.yaml: fejl: en mappe med samme navn som en fil, pusterum læser; den springes over; flyt indholdet et andet sted hen, og fjern den [not-a-file]
  staff/x.yaml: fejl: et symbolsk link, som pusterum hverken læser eller skriver igennem; det springes over; erstat det med den fil eller mappe, det peger på, eller fjern det [symlink]
  4 fejl, 0 advarsler i 82 filer
  [1]
