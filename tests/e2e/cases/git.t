# e2e: no-autocommit-mode: this file makes its own repository and turns git.autocommit on and off itself, and counts and reads the commits.
Git integration (git.autocommit): one commit per change, of exactly the files
the command wrote, with a message that says what changed. $HOME is a scratch
folder, so the identity of the commits is set here.

  $ git config --global user.name "Mette Lund" && git config --global user.email mette@example.invalid && git config --global init.defaultBranch main

Without git.autocommit pusterum never commits, even in a repository.

  $ git init -q && git add -A && git commit -qm "examples" && git log --oneline | wc -l
  1
  $ pusterum log-hours fr23 --date 2026-11-19 --start 19:00 --end 20:00 --note "Aftensmad" > /dev/null 2>&1 && git log --oneline | wc -l && git status --porcelain
  1
   M cases/2025-FR23R/hours/2026-11.yaml
  $ git checkout -q -- cases && printf 'git:\n  autocommit: true\n' >> pusterum.yaml && git commit -qam "autocommit" && pusterum check
  ok: 80 filer, ingen problemer

With it, every writing command makes one commit. A hand edit and a staged
file of someone else stay out of pusterum's commits.

  $ echo "# a note by hand" >> staff/fatima-ali.yaml && echo draft > notes.txt && git add notes.txt
  $ pusterum log-hours fr23 --date 2026-11-19 --start 19:00 --end 20:00 --note "Aftensmad" 2>/dev/null
  [0-9A-HJKMNP-TV-Z]{6} (re)
  $ pusterum schedule fr23 add "2026-12-05 10:00-14:00" 2>/dev/null
  [0-9A-HJKMNP-TV-Z]{6} (re)
  $ pusterum schedule fr23 cancel EECGQR --date 2026-12-01 --by family --reason "Syg" 2>/dev/null
  $ pusterum match 2026-6W --assign louise-bach --date 2026-11-22
  Case 2026-6WPXB: louise-bach is fixed staff from 2026-11-22; the case is now active.
  $ pusterum case amend zdsg3 --from 2027-01-01 --quantity 5 --note "Mere tid"
  Ændrede 2026-ZDSG3 fra 2027-01-01: 5 h/week; 217.00 h bevilget for hele perioden.
  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" > ../new-id && git log --format=%s -1 | grep -c "^intake $(cat ../new-id)$"
  1
  $ pusterum staff edit louise-bach --max-hours 25 --phone "20 30 40 50" && git log --format=%s -7
  Opdateret louise-bach.
  staff louise-bach: edit
  intake [0-9]{4}-[0-9A-HJKMNP-TV-Z]{5} (re)
  case 2026-ZDSG3: amend
  match 2026-6WPXB
  schedule 2025-FR23R: cancel
  schedule 2025-FR23R: add
  log-hours 2025-FR23R: 1.00 h on 2026-11-19 by maja-kristensen

A short subject says what changed; the body (indented here) has the dates,
numbers, enumerated values and full IDs the command was given, one a line.
Free text (notes, reasons, the phone number) stays in the files.

  $ git log --format='%s%n%w(0,4,4)%b' -6 | grep .
  staff louise-bach: edit
      --max-hours 25
  intake [0-9]{4}-[0-9A-HJKMNP-TV-Z]{5} (re)
  case 2026-ZDSG3: amend
      --from 2027-01-01
      --quantity 5
  match 2026-6WPXB
      --assign louise-bach
      --date 2026-11-22
  schedule 2025-FR23R: cancel
      visit EECGQR
      --date 2026-12-01
      --by family
  schedule 2025-FR23R: add
      when 2026-12-05 10:00-14:00

  $ git show --stat --format=%s HEAD~4 | grep '|'
   cases/2025-FR23R/schedule.yaml | 1 +
  $ git status --porcelain
  A  notes.txt
   M staff/fatima-ali.yaml
  $ git show --name-only --format= HEAD~1
  cases/[0-9]{4}-[0-9A-HJKMNP-TV-Z]{5}/case.yaml (re)

A refused command and a command that only reads commit nothing.

  $ pusterum log-hours fr23 --date 2026-11-19 --start 19:00 --end 20:00 2>&1 | tail -1; pusterum case list > /dev/null; pusterum check > /dev/null; git log --oneline | wc -l
  --start: fejl: maja-kristensen er allerede registreret fra 2026-11-19T19:00\+01:00 til 2026-11-19T20:00\+01:00 på sag 2025-FR23R \(registrering [0-9A-HJKMNP-TV-Z]{6}\); én person kan ikke være to steder på én gang: ret tidspunkterne, eller annullér den anden registrering \[staff-overlap\] (re)
  9

When git is missing or fails, the change is still written, and one line says
that it is not committed and why. The exit status stays 0, so a script does
not log the same hours twice by running the command again.

  $ bin=$(dirname "$(command -v pusterum)"); PATH=$bin pusterum log-hours fr23 --date 2026-11-18 --start 19:00 --end 20:00 2>&1 | grep -v '^\(week\|grant\|Logged\|warning\|--\)'
  [0-9A-HJKMNP-TV-Z]{6} (re)
  Registrerede [0-9A-HJKMNP-TV-Z]{6}: besøg 2026-11-18 19:00 til 20:00 \(1\.00 t\) af maja-kristensen\. (re)
  uge 2026-11-16..2026-11-22: 9.00 af 7.00 t brugt, -2.00 t tilbage
  bevilling 2026-01-01..2026-12-31: 255.50 af 321.86 t brugt, 66.36 t tilbage
  advarsel: de 7.00 t, der er bevilget for 2026-11-16..2026-11-22, er brugt op (129 %)
  pusterum: advarsel: ændringen er skrevet, men ikke committet: git kunne ikke køres (not found on PATH) (git.autocommit er slået til i pusterum.yaml; commit den selv)
  $ GIT_DIR=/nonexistent pusterum staff edit louise-bach --max-hours 26
  Opdateret louise-bach.
  pusterum: advarsel: ændringen er skrevet, men ikke committet: `git add` mislykkedes: fatal: not a git repository: '/nonexistent' (git.autocommit er slået til i pusterum.yaml; commit den selv)
  $ git status --porcelain
   M cases/2025-FR23R/hours/2026-11.yaml
  A  notes.txt
   M staff/fatima-ali.yaml
   M staff/louise-bach.yaml

`init --git` makes a repository, turns autocommit on and commits the new
folder; the first intake is the next commit.

  $ pusterum init --git "$HOME/new" --name "Pusterum Git ApS" && cd "$HOME/new" && grep -A1 '^git:' pusterum.yaml && git log --format=%s && git status --porcelain --ignored
  Oprettede leverandørmappen /.*/new \(Pusterum Git ApS\)\. Næste trin: .* (re)
  git:
    autocommit: true
  init: new provider folder
  !! .pusterum/lock
  $ cd "$HOME/new" && pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" > /dev/null && git log --format=%s | sed 's/[0-9]\{4\}-[0-9A-Z]\{5\}/ID/' && git show --name-only --format= HEAD~1 | head -3
  intake ID
  init: new provider folder
  .gitattributes
  .gitignore
  .pusterum/schemas/case.schema.json

`init --git` without git still creates the folder, and says once why nothing is committed.

  $ bin=$(dirname "$(command -v pusterum)"); PATH=$bin pusterum init --git "$HOME/nogit" 2>&1 | tail -1; test -f "$HOME/nogit/pusterum.yaml" && test ! -e "$HOME/nogit/.git" && echo created
  pusterum: advarsel: ændringen er skrevet, men ikke committet: git kunne ikke køres (not found on PATH) (git.autocommit er slået til i pusterum.yaml; commit den selv)
  created

Nothing private reaches a message, which every clone keeps for good: not an
absence's reason, gender, postcode, phone, tags, a name, a note, a route or a
reason. IDs typed as prefixes are named in full.

  $ pusterum staff edit nanna --absence "2027-03-01..2027-03-05 kemoterapi" --gender non-binary --postcode 8210 --email nanna@privat.invalid --interest strikning --max-hours 30 && git log --format='%s%n%w(0,4,4)%b' -1 | grep .
  Opdateret nanna-skov.
  staff nanna-skov: edit
      --max-hours 30
      --absence 2027-03-01..2027-03-05
  $ pusterum staff add "Bo Hansen" --gender male --postcode 8000 --phone "12 34 56 78" --borneattest-checked 2026-01-10 --borneattest-result ok --borneattest-by "Lene Holm" && git log --format='%s%n%w(0,4,4)%b' -1 | grep .
  bo-hansen
  staff bo-hansen: add
      --borneattest-checked 2026-01-10
  $ pusterum schedule fr23 cover EEC --date 2026-12-08 --staff fat --reason "Maja er indlagt" 2>/dev/null && git log --format='%s%n%w(0,4,4)%b' -1 | grep .
  schedule 2025-FR23R: cover
      visit EECGQR
      --date 2026-12-08
      --staff fatima-ali
  $ pusterum log-hours zdsg3 --date 2026-11-18 --start 17:00 --end 19:00 --km 12 --route "Skolevej 3 - Sygehuset" --note "Med til psykiater" > /dev/null 2>&1 && pusterum case pause fr23 --date 2026-12-20 --note "Barnet indlægges" 2> /dev/null && git log --format='%s%n%w(0,4,4)%b' -2 | grep .
  case 2025-FR23R: pause
      --date 2026-12-20
  log-hours 2026-ZDSG3: 2.00 h on 2026-11-18 by jonas-berg
  $ git log --format=%B | grep -ciE 'kemoterapi|binary|8210|8000|privat|strikning|Bo Hansen|12 34|Lene|indlagt|indlæg|Skolevej|psykiater|Aftensmad|Syg|Mere tid|Pusterum Git'
  0
  [1]

Files written by --out are the user's, not the tree's: they are never
committed, wherever they go. An --out folder inside the provider folder gets
one warning, however the folder is named.

  $ pusterum report --all --out reports > /dev/null && pusterum report billing --month 2026-10 --out reports/billing > /dev/null && git status --porcelain reports && git log --format=%s -1
  2026-6WPXB: ingen statusperiode er afsluttet endnu; ikke rapporteret
  note: 2025-EQKSG: Statusteksten for perioden mangler; skriv den i cases/2025-EQKSG/status/2026-07-01.md
  note: 2025-YJN8S: Statusteksten for perioden mangler; skriv den i cases/2025-YJN8S/status/2026-07-01.md
  note: 2026-BKSGB: Statusteksten mangler: Ændringer i behov (cases/2026-BKSGB/status/2026-07-01.md)
  note: 2026-ZDSG3: Statusteksten for perioden mangler; skriv den i cases/2026-ZDSG3/status/2026-06-01.md
  pusterum: advarsel: --out reports ligger inde i leverandørmappen; pusterum committer ikke filerne, men hold dem ude af git (skriv dem et andet sted, eller skriv mappen i .gitignore)
  skrev reports/aarhus/2025-EQKSG_2026-07-01_2026-08-31.txt
  skrev reports/aarhus/2025-FR23R_2026-07-01_2026-09-30.txt
  skrev reports/aarhus/2026-BKSGB_2026-07-01_2026-09-30.txt
  skrev reports/aarhus/summary_2026-07-01_2026-09-30.txt
  skrev reports/favrskov/2025-QVEHE_2026-07-01_2026-09-30.txt
  skrev reports/favrskov/2025-YJN8S_2026-07-01_2026-09-30.txt
  skrev reports/favrskov/summary_2026-07-01_2026-09-30.txt
  skrev reports/skanderborg/2026-ZDSG3_2026-06-01_2026-08-31.txt
  skrev reports/skanderborg/summary_2026-06-01_2026-08-31.txt
  pusterum: advarsel: --out reports/billing ligger inde i leverandørmappen; pusterum committer ikke filerne, men hold dem ude af git (skriv dem et andet sted, eller skriv mappen i .gitignore)
  skrev reports/billing/aarhus/billing_2026-10-01_2026-10-31.txt
  skrev reports/billing/favrskov/billing_2026-10-01_2026-10-31.txt
  skrev reports/billing/skanderborg/billing_2026-10-01_2026-10-31.txt
  ?? reports/
  case 2025-FR23R: pause
  $ cd .. && pusterum -C tree report fr23 --out tree/cases/../reports > /dev/null && pusterum -C tree report --all --out outside > /dev/null && ls outside | wc -l && git -C tree log --format=%s -1
  pusterum: advarsel: --out tree/cases/../reports ligger inde i leverandørmappen; pusterum committer ikke filerne, men hold dem ude af git (skriv dem et andet sted, eller skriv mappen i .gitignore)
  skrev tree/cases/../reports/aarhus/2025-FR23R_2026-07-01_2026-09-30.txt
  skrev tree/cases/../reports/aarhus/summary_2026-07-01_2026-09-30.txt
  2026-6WPXB: ingen statusperiode er afsluttet endnu; ikke rapporteret
  note: 2025-EQKSG: Statusteksten for perioden mangler; skriv den i cases/2025-EQKSG/status/2026-07-01.md
  note: 2025-YJN8S: Statusteksten for perioden mangler; skriv den i cases/2025-YJN8S/status/2026-07-01.md
  note: 2026-BKSGB: Statusteksten mangler: Ændringer i behov (cases/2026-BKSGB/status/2026-07-01.md)
  note: 2026-ZDSG3: Statusteksten for perioden mangler; skriv den i cases/2026-ZDSG3/status/2026-06-01.md
  skrev outside/aarhus/2025-EQKSG_2026-07-01_2026-08-31.txt
  skrev outside/aarhus/2025-FR23R_2026-07-01_2026-09-30.txt
  skrev outside/aarhus/2026-BKSGB_2026-07-01_2026-09-30.txt
  skrev outside/aarhus/summary_2026-07-01_2026-09-30.txt
  skrev outside/favrskov/2025-QVEHE_2026-07-01_2026-09-30.txt
  skrev outside/favrskov/2025-YJN8S_2026-07-01_2026-09-30.txt
  skrev outside/favrskov/summary_2026-07-01_2026-09-30.txt
  skrev outside/skanderborg/2026-ZDSG3_2026-06-01_2026-08-31.txt
  skrev outside/skanderborg/summary_2026-06-01_2026-08-31.txt
  3
  case 2025-FR23R: pause
