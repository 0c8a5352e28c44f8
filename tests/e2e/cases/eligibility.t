# e2e: no-autocommit-mode: this file makes its own repository with git.autocommit on (and so already runs every writing command with it).
Who may be with a child is one rule (lib/rules/eligibility), judged on the
days of the visit, and every path that puts a person with a child asks it.
Each row is tested below from each command marked:

  rule                     match  add  cover  log  --correct  --import  --planned  check  schedule check
  borneattest-expired      x      x    x      x    x          .         x          x      x
  inactive-staff-assigned  x      .    x      x    .          x         .          .      .
  staff-competences        x      .    x      x    x          .         .          x      x
  staff-driving            .      x    .      x    .          .         .          .      .
  staff-absent             .      .    x      .    .          x         .          x      .
  case-not-active          .      .    .      x    .          .         .          .      .

The commands are typed as a coordinator would: from a subfolder, with a
relative -C, with PUSTERUM_ROOT, in a repository with git.autocommit on.

  $ git config --global user.name "Mette Lund" && git config --global user.email mette@example.invalid && git config --global init.defaultBranch main
  $ printf 'git:\n  autocommit: true\n' >> pusterum.yaml && git init -q && git add -A && git commit -qm examples

Mikkel's børneattest expired on 2025-10-01: no cover, no planned visit, no
logged hour with a child, from wherever the command is typed.

  $ cd cases && pusterum schedule fr23 cover EECG --date 2026-11-24 --staff mikkel-thomsen 2>&1 | grep -o '\[[a-z-]*\]$'
  [borneattest-expired]
  [staff-competences]
  $ cd staff && pusterum -C .. schedule zdsg3 add "2026-12-02 15:00-17:00" --staff mikkel-thomsen 2>&1 | grep -o '\[[a-z-]*\]$'
  [plan-over-grant]
  [borneattest-expired]
  [staff-driving]
  [staff-unavailable]
  $ PUSTERUM_ROOT=. pusterum log-hours zdsg3 --date 2026-11-18 --start 15:00 --end 17:00 --staff mikkel-thomsen --km 4
  --staff: fejl: mikkel-thomsen må ikke arbejde med barnet i sag 2026-ZDSG3: børneattest udløb den 2025-10-01 (kontrolleret 2023-10-02, fornyes hver 24. måned); ingen arbejder med et barn uden gyldig børneattest; registrer en ny kontrol med `pusterum staff edit mikkel-thomsen --borneattest-checked DATE` [borneattest-expired]
  --staff: fejl: mikkel-thomsen må ikke arbejde med barnet i sag 2026-ZDSG3: mangler car, og the visit drives the child; plan someone who may, or record the exception once: `pusterum match 2026-ZDSG3 --assign jonas-berg --reassign --substitute mikkel-thomsen --force --reason TEXT` [staff-driving]
  [1]

--force overrides match rules, but never the børneattest.

  $ pusterum match 2026-6W --assign mikkel-thomsen --date 2026-11-22 --force --reason "Ingen andre" 2>&1 | grep -o '\[[a-z-]*\]$'
  [borneattest-expired]
  $ pusterum match 2026-6W --assign louise-bach --substitute mikkel-thomsen --date 2026-11-22 --force --reason "Ingen andre"
  --substitute: fejl: substitute 'mikkel-thomsen' har en børneattest, der udløb den 2025-10-01; registrer en ny kontrol med `pusterum staff edit mikkel-thomsen --borneattest-checked DATE` [borneattest-expired]
  [1]

A correction to another person is judged like a new entry.

  $ pusterum log-hours fr23 --list --from 2026-11-03 --to 2026-11-03 --format csv | tail -1 | cut -d, -f1 > ../entry
  $ pusterum log-hours fr23 --correct "$(cat ../entry)" --staff kasper-holm --reason "Forkert person" 2>&1 | grep -o '\[[a-z-]*\]$'
  [staff-competences]

Someone who has stopped, or who is away, is not in a timesheet either; the
row and the column are named.

  $ printf 'date;start;end;staff\n2026-11-10;15:00;17:00;emil-frandsen\n' > ../ark.csv && pusterum log-hours fr23 --import ../ark.csv 2>&1 | grep inactive
  ../ark.csv:2:24: fejl: emil-frandsen må ikke arbejde med barnet i sag 2025-FR23R: deaktiveret den 2026-06-30; plan or log someone who works here on that day [inactive-staff-assigned]
  $ pusterum staff edit maja --absence 2026-10-12..2026-10-14 2>/dev/null && git log --format=%s -1
  staff maja-kristensen: edit
  $ printf 'date;start;end;staff\n2026-10-13;08:00;10:00;maja-kristensen\n' > ../ark.csv && pusterum log-hours fr23 --import ../ark.csv 2>&1 | grep fejl | grep -o '^.*fraværende fra [0-9-]* til [0-9-]*\|\[[a-z-]*\]$'
  ../ark.csv:2:24: fejl: maja-kristensen må ikke arbejde med barnet i sag 2025-FR23R: fraværende fra 2026-10-12 til 2026-10-14
  [staff-absent]
  $ git reset -q --hard HEAD~1 && git status --porcelain

--planned logs what the plan says; a hand-edited cover by Mikkel is refused
there, and `schedule check` finds it in the plan.

  $ echo '  - {visit: EECGQR, date: 2026-11-24, change: cover, staff: mikkel-thomsen}' >> cases/2025-FR23R/schedule.yaml
  $ PUSTERUM_TODAY=2026-11-25 pusterum log-hours fr23 --planned --date 2026-11-24 2>&1 | grep -o '\[[a-z-]*\]$'
  [borneattest-expired]
  [staff-competences]
  $ pusterum schedule check --from 2026-11-23 --to 2026-11-29 2>&1 | grep mikkel | grep -o '\[[a-z-]*\]$'
  [borneattest-expired]
  [staff-competences]
  $ git checkout -q -- cases

check judges hours already written (a hand edit, a merge) by the same rule,
with the line of the entry.

  $ grep -m1 'staff: maja-kristensen' cases/2025-FR23R/hours/2026-11.yaml | sed -e 's/id: [^,]*/id: QQQQQQ/' -e 's/maja-kristensen/mikkel-thomsen/' >> cases/2025-FR23R/hours/2026-11.yaml
  $ pusterum check 2>&1 | grep -o '^cases/2025-FR23R/hours/2026-11.yaml:[0-9]*:1: fejl: registrering QQQQQQ: mikkel-thomsen\|\[[a-z-]*\]$'
  [borneattest-expired]
  [staff-competences]
  $ git checkout -q -- cases

An exception the rules allow is recorded once, with a reason, by match
--force; then the cover is accepted and committed, and check is content.

  $ pusterum match fr23 --assign maja-kristensen --reassign --substitute kasper-holm --force --reason "Kender familien" --date 2026-11-22
  Case 2025-FR23R: maja-kristensen is fixed staff from 2026-11-22, substitutes kasper-holm; forced past competences, with the reason stored.
  $ cd cases/2025-FR23R && pusterum schedule fr23 cover EECG --date 2026-11-24 --staff kasper-holm && git status --porcelain
  Dækket EECGQR den 2026-11-24 af kasper-holm.
  $ pusterum check
  ok: 80 filer, ingen problemer

Hours are judged on the day they were delivered. Before the case became
active (12 January) they are refused; a late timesheet for the days before a
pause is accepted, the days of the pause are not.

  $ pusterum log-hours fr23 --date 2026-01-06 --start 15:00 --end 17:00
  CASE: fejl: sag 2025-FR23R havde status matching den 2026-01-06; timer registreres for dage, hvor sagen var aktiv; check the date [case-not-active]
  [1]
  $ pusterum case pause fr23 --date 2026-11-20 > /dev/null 2>&1 && pusterum log-hours fr23 --date 2026-11-19 --start 19:00 --end 21:00 2>&1 | grep -c '^Registrerede'
  1
  $ pusterum log-hours fr23 --date 2026-11-21 --start 10:00 --end 12:00
  --start: advarsel: bevillingen tillader tue, thu 15:00-19:00, ikke sat 10:00-12:00; kontrollér tidspunkterne, eller spørg sagsbehandleren om bevillingens dage og tidspunkter [outside-grant-terms]
  CASE: fejl: sag 2025-FR23R havde status paused den 2026-11-21; timer registreres for dage, hvor sagen var aktiv; resume or reopen it first (`pusterum case resume|reopen`) [case-not-active]
  [1]
