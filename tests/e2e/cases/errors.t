One reproducer per error or warning message that pusterum can print.
Each block names the message it reproduces and where it comes from. Files are
broken with sed or printf in a command of their own, and restored from
$EXAMPLES when later blocks need them whole. The list of messages that cannot
be reached from the command line is at the end.

== The command line (cli/main.cpp and CLI11) ==

main.cpp: 'X' is not a pusterum command, with a suggestion.

  $ pusterum chek
  pusterum: fejl: 'chek' er ikke en kommando under pusterum; mente du 'check'?
  [2]

main.cpp: 'X' is not a pusterum command, with the list of commands when nothing is close.

  $ pusterum frobnicate
  pusterum: fejl: 'frobnicate' er ikke en kommando under pusterum; kommandoer: init, intake, staff, case, match, log-hours, schedule, report, export, check, access-log
  [2]

main.cpp: 'X' is not a pusterum staff command (a mistyped subcommand one level down).

  $ pusterum staff lst
  pusterum: fejl: 'lst' er ikke en kommando under pusterum staff; mente du 'list'?
  [2]

main.cpp: an option before the command that is not pusterum's own, with a
suggestion (CLI11 called it a missing command).

  $ pusterum --versoin
  pusterum: fejl: '--versoin' er ikke et tilvalg til pusterum; mente du '--version'?
  [2]
  $ pusterum -x check
  pusterum: fejl: '-x' er ikke et tilvalg til pusterum; en kommandos tilvalg skrives efter den (`pusterum case list --format json`); se `pusterum --help`
  [2]

With a CPR-shaped value, the option is not repeated.

  $ pusterum --note=170912-3915 check 2>&1 | grep -c 3915
  0
  [1]

Bare `pusterum` is a question: the short help, exit 0.

  $ pusterum | sed -n 2p
  Brug: pusterum [TILVALG] UNDERKOMMANDO

cli/schedule.cpp: the case given after the schedule command it belongs
before (CLI11 read the case as the WHEN or the visit, and the rest as the case).

  $ pusterum schedule add 6w "every tue 15:00-18:00"
  pusterum: fejl: '6w' er en sag, og sagen skal stå før kommandoen; `pusterum schedule 6w add "every tue 15:00-18:00" ...`
  [2]
  $ pusterum schedule cancel fr23 EECG --date 2026-12-08 --by family
  pusterum: fejl: 'fr23' er en sag, og sagen skal stå før kommandoen; `pusterum schedule fr23 cancel EECG ...`
  [2]

CLI11: A subcommand is required (below staff).

  $ pusterum staff
  pusterum: fejl: A subcommand skal angives; se `pusterum staff --help`
  [2]

CLI11: The following arguments were not expected, with a suggestion for the option.

  $ pusterum case list --formt json
  pusterum: fejl: ikke forventet her: json --formt; mente du '--format'?
  [2]

CLI11: The following argument was not expected, no option close to it.

  $ pusterum check --bogus
  pusterum: fejl: ikke forventet her: --bogus; se `pusterum check --help`
  [2]

CLI11: The following argument was not expected (one positional too many).

  $ pusterum case show 2025-FR23R 2025-QVEHE
  pusterum: fejl: ikke forventet her: 2025-QVEHE; se `pusterum case show --help`
  [2]

CLI11: a required option is missing (--from is required).

  $ pusterum case amend FR23R --quantity 3
  pusterum: fejl: --from skal angives; se `pusterum case amend --help`
  [2]

CLI11: a required positional is missing (CASE is required, NAME is required).

  $ pusterum case show
  pusterum: fejl: CASE skal angives; se `pusterum case show --help`
  [2]
  $ pusterum staff add
  pusterum: fejl: NAME skal angives; se `pusterum staff add --help`
  [2]

CLI11: a value outside an IsMember check (--status, --format, init --language).

  $ pusterum case list --status lukket
  pusterum: fejl: --status: 'lukket' er ikke en af {referred,matching,active,paused,closed}; se `pusterum case list --help`
  [2]
  $ pusterum case list --format xml
  pusterum: fejl: --format: 'xml' er ikke en af {text,json}; se `pusterum case list --help`
  [2]
  $ pusterum init new --language fr
  pusterum: fejl: --language: 'fr' er ikke en af {da,en}; se `pusterum init --help`
  [2]

CLI11: an option without its value (1 required TEXT missing), also for the global -C.

  $ pusterum case close FR23R --date
  pusterum: fejl: --date: 1 required TEXT missing; se `pusterum case close --help`
  [2]
  $ pusterum -C
  pusterum: fejl: --root: 1 required TEXT missing; se `pusterum --help`
  [2]
  $ pusterum case list --status
  pusterum: fejl: --status: 1 required TEXT:{referred,matching,active,paused,closed} missing; se `pusterum case list --help`
  [2]

CLI11: a flag given a value it cannot convert (Could not convert).

  $ pusterum check --rules=maybe
  pusterum: fejl: Could not convert: --rules = maybe; se `pusterum check --help`
  [2]

== Finding the provider folder and today (lib/store/tree.cpp) ==

tree.cpp: not inside a pusterum provider folder.

  $ cd / && pusterum case list
  pusterum: error: not inside a pusterum provider folder (no pusterum.yaml here or above); cd into one, pass -C DIR, set PUSTERUM_ROOT, or create one with `pusterum init DIR`
  [4]

tree.cpp: DIR (--root) holds no pusterum.yaml.

  $ pusterum -C /nonexistent check
  pusterum: error: /nonexistent (--root) holds no pusterum.yaml; give the provider folder, or create one with `pusterum init DIR`
  [4]

tree.cpp: DIR (PUSTERUM_ROOT) holds no pusterum.yaml.

  $ PUSTERUM_ROOT=/nonexistent pusterum check
  pusterum: error: /nonexistent (PUSTERUM_ROOT) holds no pusterum.yaml; give the provider folder, or create one with `pusterum init DIR`
  [4]

tree.cpp: PUSTERUM_TODAY='X' is not a date.

  $ PUSTERUM_TODAY=someday pusterum staff list
  pusterum: fejl: PUSTERUM_TODAY='someday' er ikke en dato; skriv den som YYYY-MM-DD, eller fjern variablen
  [4]

== IDs on the command line (lib/store/tree.cpp) ==

tree.cpp: no case ID given / no staff member ID given.

  $ pusterum case show ''
  pusterum: fejl: intet sags-ID angivet
  [2]
  $ pusterum staff show ''
  pusterum: fejl: intet medarbejder-ID angivet
  [2]

tree.cpp: no case matches 'X' / no staff member matches 'X'.

  $ pusterum case show nope
  pusterum: fejl: ingen sag matcher 'nope'; `pusterum case list` viser dem
  [2]
  $ pusterum staff show nobody
  pusterum: fejl: ingen medarbejder matcher 'nobody'; `pusterum staff list` viser dem
  [2]

tree.cpp: 'X' matches N cases / N staff members.

  $ pusterum case show 2025
  pusterum: fejl: '2025' matcher 4 sager: 2025-EQKSG, 2025-FR23R, 2025-QVEHE, 2025-YJN8S; skriv mere af ID'et
  [2]
  $ pusterum staff show m
  pusterum: fejl: 'm' matcher 3 medarbejdere: maja-kristensen, mikkel-thomsen, soeren-moelgaard; skriv mere af navnet eller ID'et
  [2]

An ID that is shaped like a CPR number is not repeated in the message (see the
README's promise that messages never repeat one).

  $ pusterum case show 010203-1234
  pusterum: fejl: ingen sag matcher det angivne, som ligner et CPR-nummer; pusterum bruger aldrig CPR-numre som ID'er
  [2]

== Dates given as flags (cli/app.cpp date_option) ==

app.cpp: --from 'X' is not a date; --date 'X' is not a date.

  $ pusterum case amend ZDSG3 --from 2026-12-32 --quantity 6
  pusterum: fejl: --from '2026-12-32' er ikke en dato; skriv en gyldig dato som YYYY-MM-DD eller DD-MM-YYYY
  [2]
  $ pusterum case close 8VDW5 --date 25-11-26
  pusterum: fejl: --date '25-11-26' er ikke en dato; skriv den som 2026-11-25 (YYYY-MM-DD eller DD-MM-YYYY)
  [2]
  $ pusterum staff deactivate ida --date "sidste uge"
  pusterum: fejl: --date 'sidste uge' er ikke en dato; skriv en gyldig dato som YYYY-MM-DD eller DD-MM-YYYY
  [2]
  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" --date 2026-11-31
  pusterum: fejl: --date '2026-11-31' er ikke en dato; skriv en gyldig dato som YYYY-MM-DD eller DD-MM-YYYY
  [2]

== Files that cannot be read or written (lib/util/fs.cpp) ==

fs.cpp: PATH: cannot read, for a file that is missing.

  $ pusterum intake --file missing.yaml
  pusterum: fejl: missing.yaml: cannot read: No such file or directory
  [4]

fs.cpp: PATH: cannot read, for a case.yaml that is a dangling link.

  $ rm cases/2025-FR23R/case.yaml && ln -s nowhere.yaml cases/2025-FR23R/case.yaml
  $ pusterum case show FR23R
  pusterum: fejl: cases/2025-FR23R/case.yaml er et symbolsk link; pusterum læser ikke gennem links: erstat det med den fil, det peger på; `pusterum check` viser alle links i leverandørmappen
  [3]

app/check.cpp: the case folder has no case.yaml (the same dangling link, seen by check).

  $ pusterum check
  cases/2025-FR23R: fejl: sagsmappen har ingen case.yaml; gendan den fra git, eller fjern mappen [schema]
  cases/2025-FR23R/case.yaml: fejl: et symbolsk link, som pusterum hverken læser eller skriver igennem; det springes over; erstat det med den fil eller mappe, det peger på, eller fjern det [symlink]
  2 fejl, 0 advarsler i 67 filer
  [1]

A case.yaml that is a folder is read as an empty file.

  $ rm cases/2025-FR23R/case.yaml && mkdir cases/2025-FR23R/case.yaml
  $ pusterum case show FR23R
  pusterum: fejl: cases/2025-FR23R/case.yaml: cannot read: Is a directory; restore it from git (`git checkout -- FILE`) or run `pusterum check`
  [4]
  $ pusterum check
  cases/2025-FR23R: fejl: sagsmappen har ingen case.yaml; gendan den fra git, eller fjern mappen [schema]
  cases/2025-FR23R/case.yaml: fejl: en mappe med samme navn som en fil, pusterum læser; den springes over; flyt indholdet et andet sted hen, og fjern den [not-a-file]
  2 fejl, 0 advarsler i 67 filer
  [1]
  $ rmdir cases/2025-FR23R/case.yaml && cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

app/check.cpp: the case folder has no case.yaml (an empty case folder).

  $ mkdir cases/2026-AAAAA
  $ pusterum check
  cases/2026-AAAAA: fejl: sagsmappen har ingen case.yaml; gendan den fra git, eller fjern mappen [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ rmdir cases/2026-AAAAA

A pusterum.yaml that is a folder is read as an empty file.

  $ mv pusterum.yaml provider.bak && mkdir pusterum.yaml
  $ pusterum check
  pusterum: error: pusterum.yaml: cannot read: Is a directory; restore it from git (`git checkout -- FILE`) or run `pusterum check`
  [4]
  $ rmdir pusterum.yaml && mv provider.bak pusterum.yaml

fs.cpp: PATH: cannot create folder, when staff/ (the folder of an atomic write) is a file.

  $ mv staff staff.bak && touch staff
  $ pusterum staff add "Bo Berg"
  pusterum: fejl: staff: cannot create folder: Not a directory
  [4]
  $ rm staff && mv staff.bak staff

fs.cpp: PATH: cannot create folder, when cases/ is a file (intake) or DIR's parent is a file (init).

  $ mv cases cases.bak && touch cases
  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml"
  pusterum: fejl: cases/\.new-2026-[0-9A-HJKMNP-TV-Z]{5}\.[0-9]+: cannot create folder: Not a directory (re)
  [4]
  $ rm cases && mv cases.bak cases
  $ touch plain
  $ pusterum init plain/new
  pusterum: fejl: plain/new: cannot create folder: Not a directory
  [4]

fs.cpp: PATH: cannot open lock file, when .pusterum/lock is a folder.

  $ rm -f .pusterum/lock && mkdir .pusterum/lock
  $ pusterum staff edit ida --phone "+45 11 22 33 44"
  pusterum: fejl: /.*/tree/\.pusterum/lock: cannot open lock file: Is a directory (re)
  [4]
  $ rmdir .pusterum/lock

fs.cpp: PATH: cannot replace. A command writes a case to the folder its id
names, not to the folder it was read from; here that path is a folder.

  $ sed -i 's/^id: 2025-FR23R/id: 2025-ZZZZZ/' cases/2025-FR23R/case.yaml && mkdir -p cases/2025-ZZZZZ/case.yaml
  $ pusterum case amend FR23R --from 2026-09-01 --quantity 6
  cases/2025-FR23R/case.yaml:3:5: fejl: ID'et '2025-ZZZZZ' afviger fra mappenavnet '2025-FR23R'; omdøb mappen, eller ret id'et [id-matches-path]
  [1]
  $ rm -r cases/2025-ZZZZZ && cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

== YAML that is not a map (cli/main.cpp YAML::Exception) ==

main.cpp: YAML: ... operator[] call on a scalar: a referral file that is a
single value, with a flag to apply to it.

  $ printf 'hello\n' > scalar.yaml
  $ pusterum intake --file scalar.yaml --initials A.B.
  scalar.yaml:1:1: fejl: the file skal være en samling af nøgler, ikke a single value; skriv det som linjer på formen 'nøgle: værdi' [schema]
  [3]

== Time zones (lib/util/clock.cpp, lib/store/read.cpp) ==

clock.cpp: unknown time zone 'X', reported by read.cpp at time_zone when pusterum.yaml is read.

  $ sed -i 's|^time_zone: .*|time_zone: Europe/Kobenhavn|' pusterum.yaml
  $ pusterum check
  pusterum.yaml:8:12: fejl: ukendt tidszone 'Europe/Kobenhavn'; installér pakken tzdata, eller brug Europe/Copenhagen [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]

The same time zone without PUSTERUM_TODAY: every command refuses pusterum.yaml at that line (exit 3).

  $ env -u PUSTERUM_TODAY pusterum check
  pusterum.yaml:8:12: fejl: ukendt tidszone 'Europe/Kobenhavn'; installér pakken tzdata, eller brug Europe/Copenhagen [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ env -u PUSTERUM_TODAY pusterum staff list
  pusterum.yaml:8:12: fejl: ukendt tidszone 'Europe/Kobenhavn'; installér pakken tzdata, eller brug Europe/Copenhagen [schema]
  [3]

A time zone that YAML reads as a number: one problem, not a second one about an empty name.

  $ sed -i 's|^time_zone: .*|time_zone: 1|' pusterum.yaml
  $ pusterum check
  pusterum.yaml:8:12: fejl: time_zone: '1' læses som et tal eller yes/no, ikke som tekst; sæt det i dobbelte anførselstegn: "1" [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/pusterum.yaml" pusterum.yaml

== Exact arithmetic (lib/util/rational.cpp) ==

rational.cpp: division by zero: a whole-period grant whose end an amendment
moves before the next amendment. check finds nothing, case show fails.

  $ printf '  amendments:\n    - from: 2026-03-01\n      recorded: 2026-11-22\n      end: 2026-02-28\n    - from: 2026-04-01\n      recorded: 2026-11-22\n      end: 2026-08-31\n' >> cases/2025-EQKSG/case.yaml
  $ pusterum case show EQKSG
  Sag           2025-EQKSG, closed siden 2026-08-31
  Barn          E.R., født 2011, boy
  Kræver        adhd
  Kompetencer   adhd
  Interesser    gaming, football
  Personlighed  playful
  Husstand      Far og søn. Mor bor i Randers.
  Hvor          outings, postnummer 8240
  Kommune       Aarhus, sag 27.24.12-A35-63-25 (Barnets Lov § 90)
  Sagsbehandler Kim Lindholm, +45 87 13 60 18, kim.lindholm@example.dk
  Koordinator   Mette Lund
  Fast medarbejderjonas-berg
  Afløsere      ida-lauridsen
  Opstart       2026-01-08
  Bevilling     120 h in all fra 2026-01-01 til 2026-08-31, bevilget 2025-11-20
    vilkår      any day
    ændret      fra 2026-03-01: ends 2026-02-28
    ændret      fra 2026-04-01: ends 2026-08-31
    gældende    120 h in all (any day)
    bevilget    120.00 h over hele perioden (243 dage)
  History       2025-11-24 referred
                2025-11-25 matching
                2026-01-08 active
                2026-08-31 closed: Bevillingen udløb og blev ikke forlænget. Afsluttende status sendt til sagsbehandler.
  $ pusterum check
  cases/2025-EQKSG/case.yaml:50:12: fejl: den ændrede slutdato 2026-02-28 ligger før ændringens egen start 2026-03-01; en ændring kan afslutte bevillingen før tid, men ikke før den træder i kraft [grant-period]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-EQKSG/case.yaml" cases/2025-EQKSG/case.yaml

rational.cpp: number too large for exact arithmetic: the thirteenth amendment
of a whole-period grant.

  $ q=200; for d in 01-12 01-23 02-02 02-13 02-27 03-05 03-16 03-29 04-07 04-19 04-29 05-11; do q=$((q+1)); pusterum case amend EQKSG --from 2026-$d --quantity $q.37 > /dev/null 2>&1 || exit 1; done
  $ pusterum case amend EQKSG --from 2026-05-22 --quantity 213.37
  Ændrede 2025-EQKSG fra 2026-05-22: 213.37 h in all; 213.37 h bevilget for hele perioden.
  $ cp "$EXAMPLES/cases/2025-EQKSG/case.yaml" cases/2025-EQKSG/case.yaml

== Reading YAML files (lib/store/fields.cpp) ==

fields.cpp: not valid YAML [yaml], in a stored file and in a referral. The
stored file has an unclosed quote on line 4.

  $ sed -i 's/^name: .*/name: "Ida Lauridsen/' staff/ida-lauridsen.yaml
  $ pusterum check
  cases/2025-EQKSG/case.yaml:37:14: fejl: der findes ingen medarbejder 'ida-lauridsen'; `pusterum staff list` viser, hvilke medarbejdere der er [unknown-staff]
  staff/ida-lauridsen.yaml:10:12: fejl: ugyldig YAML: end of map not found; fix the syntax at that place (indentation, quotes, a missing ':') [yaml]
  2 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml
  $ printf 'child: [unclosed\n' > broken.yaml
  $ pusterum intake --file broken.yaml
  broken.yaml:2:1: fejl: ugyldig YAML: end of sequence flow not found; fix the syntax at that place (indentation, quotes, a missing ':') [yaml]
  [3]

fields.cpp: the file must be a map of keys, not empty / a list.

  $ : > staff/ida-lauridsen.yaml
  $ pusterum check
  cases/2025-EQKSG/case.yaml:37:14: fejl: der findes ingen medarbejder 'ida-lauridsen'; `pusterum staff list` viser, hvilke medarbejdere der er [unknown-staff]
  staff/ida-lauridsen.yaml:1:1: fejl: the file skal være en samling af nøgler, ikke empty; skriv det som linjer på formen 'nøgle: værdi' [schema]
  2 fejl, 0 advarsler i 80 filer
  [1]
  $ printf -- '- just\n- a list\n' > staff/ida-lauridsen.yaml
  $ pusterum check
  cases/2025-EQKSG/case.yaml:37:14: fejl: der findes ingen medarbejder 'ida-lauridsen'; `pusterum staff list` viser, hvilke medarbejdere der er [unknown-staff]
  staff/ida-lauridsen.yaml:1:1: fejl: the file skal være en samling af nøgler, ikke a list; skriv det som linjer på formen 'nøgle: værdi' [schema]
  2 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: KEY must be a map of keys, not a single value (a nested map, and an item of a list of maps).

  $ sed -i -e '/^borneattest:/,$d' staff/ida-lauridsen.yaml && printf 'borneattest: ok\n' >> staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:30:14: fejl: borneattest skal være en samling af nøgler, ikke a single value; skriv det som linjer på formen 'nøgle: værdi' [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml
  $ sed -i -e '/^availability:/,/^borneattest:/{/^borneattest:/!d}' staff/ida-lauridsen.yaml && sed -i 's/^borneattest:/availability: [mon]\nborneattest:/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:20:16: fejl: availability[0] skal være en samling af nøgler, ikke a single value; skriv det som linjer på formen 'nøgle: værdi' [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: KEY: expected a single value, found a list.

  $ sed -i 's/^name: .*/name: [Ida, Lauridsen]/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:4:7: fejl: name: forventede én værdi, fandt a list [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: KEY[i]: expected a single value, found a list (an item of a list of values).

  $ sed -i 's/^interests: .*/interests: [[horses], nature]/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:13:13: fejl: interests[0]: forventede én værdi, fandt a list [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: KEY: holds a value shaped like a CPR number [cpr-number], in a value and in a list item.

  $ sed -i -e 's/^phone: .*/phone: 010203-1234/' -e 's/^interests: .*/interests: [horses, "0102031234"]/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:5:8: fejl: phone: indeholder en værdi, der ligner et CPR-nummer; remove it: pusterum identifies people by internal ID and the municipality's case number [cpr-number]
  staff/ida-lauridsen.yaml:13:21: fejl: interests[1]: indeholder en værdi, der ligner et CPR-nummer; remove it: pusterum identifies people by internal ID and the municipality's case number [cpr-number]
  2 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

A CPR-shaped key is not repeated in the unknown-key message: no message repeats a CPR-shaped number (diagnostics.cpp, main.cpp).

  $ printf '010203-1234: x\n' >> staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:34:1: fejl: ukendt nøgle '******-****'; remove it or fix its spelling [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: a line here reads as a key but is not one. A line of text that
lost its indentation is what the file says about a person, not a key, and is
not repeated.

  $ printf 'Bor i Viby: lejlighed\n' >> staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:34:1: fejl: a line here reads as a key but is not one; en tekstlinje, der har mistet sit indryk eller sine anførselstegn? indryk den under sit felt, eller fjern den [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: 'X' is read as a number or yes/no, not as text (a value and a list item).

  $ sed -i -e 's/^postcode: .*/postcode: 8680/' -e 's/^areas: .*/areas: [Skanderborg, yes]/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:10:11: fejl: postcode: '8680' læses som et tal eller yes/no, ikke som tekst; sæt det i dobbelte anførselstegn: "8680" [schema]
  staff/ida-lauridsen.yaml:11:22: fejl: areas[1]: 'yes' læses som et tal eller yes/no, ikke som tekst; sæt det i dobbelte anførselstegn: "yes" [schema]
  2 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: KEY: is empty.

  $ sed -i 's/^name: .*/name: ""/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:4:7: fejl: name: er tom; giv den en værdi [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: KEY is missing; add 'KEY:' with a value (a file) and give --FLAG (flags).

  $ sed -i '/^name: /d' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:3:1: fejl: name mangler; tilføj 'name:' med en værdi [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml
  $ pusterum intake --initials A.B. --birth-year 2016 --place home --municipality Aarhus --case-number 1 --legal-basis "Barnets Lov § 90" --caseworker "Pia Holm" --coordinator "Mette Lund" --grant-unit hours_per_week --grant-quantity 4 --grant-start 2027-01-01
  --grant-end: fejl: grant.end mangler; angiv --grant-end [schema]
  [2]

fields.cpp: 'X' is not a whole number.

  $ sed -i 's/^  birth_year: 2015/  birth_year: "2015"/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:15:15: fejl: child.birth_year: '2015' er ikke et heltal; skriv kun cifre, uden anførselstegn [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

fields.cpp: N is outside MIN..MAX (a case, and the provider's contract).

  $ sed -i 's/^  birth_year: 2015/  birth_year: 1800/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:15:15: fejl: child.birth_year: 1800 ligger uden for 1900..2200 [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml
  $ sed -i 's/^  report_interval_months: 3 /  report_interval_months: 13/' pusterum.yaml
  $ pusterum check
  pusterum.yaml:15:27: fejl: contract.report_interval_months: 13 ligger uden for 1..12 [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/pusterum.yaml" pusterum.yaml

fields.cpp: 'X' is not a number.

  $ sed -i 's/^max_hours_per_week: .*/max_hours_per_week: lots/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:16:21: fejl: max_hours_per_week: 'lots' er ikke et tal; skriv det som 7 eller 3.5, uden anførselstegn [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: 'X' is not true or false.

  $ sed -i 's/^active: true/active: yes/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:8:9: fejl: active: 'yes' er hverken true eller false; skriv true eller false [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: 'X' is not a date.

  $ sed -i 's/^employment_start: .*/employment_start: 2020-1-15/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:9:19: fejl: employment_start: '2020-1-15' er ikke en dato; skriv en gyldig dato som YYYY-MM-DD [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: 'X' is not a time of day.

  $ sed -i '0,/    from: "14:00"/s//    from: "25:00"/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:22:11: fejl: availability[0].from: '25:00' er ikke et klokkeslæt; skriv det som "HH:MM" i anførselstegn [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: 'X' is not a valid name (a staff id, and a case's fixed_staff).

  $ sed -i 's/^id: .*/id: Ida Lauridsen/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:3:5: fejl: id: 'Ida Lauridsen' er ikke et gyldigt navn; brug små bogstaver, cifre og '-', og start med et bogstav eller et ciffer [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml
  $ sed -i 's/^fixed_staff: .*/fixed_staff: Maja K/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:36:14: fejl: fixed_staff: 'Maja K' er ikke et gyldigt navn; brug små bogstaver, cifre og '-', og start med et bogstav eller et ciffer [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

fields.cpp: KEY: expected a list, found a single value (a list of values, and a list of maps).

  $ sed -i -e 's/^competences: .*/competences: autism/' -e 's/^availability:/availability: mon\nold_availability:/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:12:14: fejl: competences: forventede en liste, fandt a single value; skriv det som [a, b] [schema]
  staff/ida-lauridsen.yaml:20:15: fejl: availability: forventede en liste, fandt a single value; skriv ét '- '-punkt pr. element [schema]
  staff/ida-lauridsen.yaml:21:1: fejl: ukendt nøgle 'old_availability'; mente du 'availability'? [schema]
  3 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: KEY[i]: 'X' is not a valid tag.

  $ sed -i 's/^competences: .*/competences: [Autism, adhd]/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:12:15: fejl: competences[0]: 'Autism' er ikke et gyldigt mærke; brug små bogstaver, cifre og '-', fx personal-care eller da [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: KEY: 'X' is not allowed, with a suggestion and without one.

  $ sed -i -e 's/^status: active/status: activ/' -e 's/^place: both/place: hjemme/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:4:9: fejl: status: 'activ' er ikke tilladt; mente du 'active'? (brug en af: referred, matching, active, paused, closed) [schema]
  cases/2025-FR23R/case.yaml:24:8: fejl: place: 'hjemme' er ikke tilladt; brug en af: home, outings, both [schema]
  2 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

fields.cpp: KEY: the key appears twice.

  $ printf 'phone: +45 11 22 33 44\n' >> staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:34:1: fejl: phone: nøglen forekommer to gange; behold en af dem [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: unknown key 'X', with a suggestion and without one.

  $ printf 'emial: ida@example.dk\nfavourite_colour: blue\n' >> staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:34:1: fejl: ukendt nøgle 'emial'; mente du 'email'? [schema]
  staff/ida-lauridsen.yaml:35:1: fejl: ukendt nøgle 'favourite_colour'; remove it or fix its spelling [schema]
  2 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

== Entity fields (lib/store/read.cpp) ==

read.cpp: KEY[i]: 'X' is not a weekday.

  $ sed -i 's/^    days: \[tue, thu\]/    days: [tue, tors]/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:47:17: fejl: grant.terms.days[1]: 'tors' er ikke en ugedag; brug mon, tue, wed, thu, fri, sat eller sun [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

read.cpp: KEY[i]: 'X' is not a time window.

  $ sed -i 's/^    windows: .*/    windows: ["15-19"]/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:48:15: fejl: grant.terms.windows[0]: '15-19' er ikke et tidsrum; skriv det som "HH:MM-HH:MM" med starttidspunktet først [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

read.cpp: quantity: has more than 2 decimals (the grant, and an amendment).

  $ sed -i -e 's/^  quantity: 5$/  quantity: 5.125/' -e 's/^      quantity: 7$/      quantity: 7.125/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:40:13: fejl: grant.quantity: har mere end 2 decimaler; kommuner bevilger timer med højst 2 decimaler [schema]
  cases/2025-FR23R/case.yaml:52:17: fejl: grant.amendments[0].quantity: har mere end 2 decimaler; kommuner bevilger timer med højst 2 decimaler [schema]
  2 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

read.cpp: grant.quantity: must be more than 0.

  $ sed -i 's/^  quantity: 5$/  quantity: 0/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:40:13: fejl: grant.quantity: skal være større end 0 [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

read.cpp: child.cpr: CPR numbers are turned off for this provider.

  $ sed -i 's/^  birth_year: 2015/  birth_year: 2015\n  cpr: 010203-1234/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:16:8: fejl: child.cpr: CPR-numre er slået fra for denne leverandør; fjern det; sæt kun cpr_field: true i pusterum.yaml, hvis en aftale kræver CPR-numre [cpr-number]
  1 fejl, 0 advarsler i 80 filer
  [1]

read.cpp: child.cpr: is not a CPR number (with cpr_field: true).

  $ sed -i -e 's/^  cpr: .*/  cpr: 0102034x21/' cases/2025-FR23R/case.yaml && sed -i 's/^cpr_field: false/cpr_field: true/' pusterum.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:16:8: fejl: child.cpr: er ikke et CPR-nummer; skriv det som DDMMYY-SSSS [cpr-number]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml && cp "$EXAMPLES/pusterum.yaml" pusterum.yaml

read.cpp: KEY.to: ends before it starts (an availability slot).

  $ sed -i '0,/    to: "20:00"/s//    to: "13:00"/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:23:9: fejl: availability[0].to: slutter, før det starter; skriv et sluttidspunkt efter starttidspunktet (24:00 for midnat) [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

read.cpp: borneattest.result: 'X' is not allowed; use ok or not-ok.

  $ sed -i 's/^  result: ok/  result: maybe/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:32:11: fejl: borneattest.result: 'maybe' er ikke tilladt; brug ok eller not-ok [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

read.cpp: deactivated: is set but active is true.

  $ printf 'deactivated: 2026-11-01\n' >> staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:34:14: fejl: deactivated: er sat, men active er true; sæt active: false, eller fjern deactivated [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

read.cpp: special_days[i]: 'X' is not a day of the year.

  $ sed -i 's/^special_days: .*/special_days: ["06-05", "02-30"]/' pusterum.yaml
  $ pusterum check
  pusterum.yaml:21:25: fejl: special_days[1]: '02-30' er ikke en dag i året; skriv det som "MM-DD", fx "12-24" [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/pusterum.yaml" pusterum.yaml

read.cpp: status_history: is missing.

  $ sed -i '/^status_history:/,/^child:/{/^child:/!d}' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:3:1: fejl: status_history: mangler; tilføj sagens statusændringer, ældste først [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

read.cpp: rules.RULE: 'X' is not allowed (a severity).

  $ sed -i 's/^  unknown-sibling: block /  unknown-sibling: blok  /' pusterum.yaml
  $ pusterum check
  pusterum.yaml:58:20: fejl: rules.unknown-sibling: 'blok' er ikke tilladt; mente du 'block'? (brug en af: off, warn, block) [schema]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/pusterum.yaml" pusterum.yaml

== The provider's rules (lib/app/check.cpp) [unknown-rule] ==

app/check.cpp: the rule 'X' always blocks and cannot be set.

  $ printf '  schema: warn\n' >> pusterum.yaml
  $ pusterum check
  pusterum.yaml:60:11: advarsel: reglen 'schema' blokerer altid og kan ikke indstilles; fjern den fra rules: [unknown-rule]
  0 fejl, 1 advarsel i 80 filer
  [1]
  $ cp "$EXAMPLES/pusterum.yaml" pusterum.yaml

app/check.cpp: there is no rule 'X', with a suggestion and without one.

  $ printf '  borneattest-expird: off\n  frobnicate: off\n' >> pusterum.yaml
  $ pusterum check
  pusterum.yaml:60:23: advarsel: der findes ingen regel 'borneattest-expird'; mente du 'borneattest-expired'? [unknown-rule]
  pusterum.yaml:61:15: advarsel: der findes ingen regel 'frobnicate'; `pusterum check --rules` lists the rules [unknown-rule]
  0 fejl, 2 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/pusterum.yaml" pusterum.yaml

== Business rules (lib/rules/entity_rules.cpp, lib/app/check.cpp) ==

[id-matches-path] 'X' is not a case ID; the id 'X' differs from the folder name 'Y'.

  $ sed -i 's/^id: .*/id: FR23R/' cases/2025-FR23R/case.yaml && sed -i 's/^id: .*/id: 2026-ZDSG4/' cases/2026-ZDSG3/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:3:5: fejl: 'FR23R' er ikke et sags-ID; sags-ID'er har formen 2026-K7M3Q [id-matches-path]
  cases/2026-ZDSG3/case.yaml:3:5: fejl: ID'et '2026-ZDSG4' afviger fra mappenavnet '2026-ZDSG3'; omdøb mappen, eller ret id'et [id-matches-path]
  2 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml && cp "$EXAMPLES/cases/2026-ZDSG3/case.yaml" cases/2026-ZDSG3/case.yaml

[id-matches-path] the id 'X' differs from the file name 'Y.yaml'.

  $ sed -i 's/^id: .*/id: ida-l/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:3:5: fejl: ID'et 'ida-l' afviger fra filnavnet 'ida-lauridsen.yaml'; omdøb filen, eller ret id'et [id-matches-path]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

[status-history] the history starts with X, not referred; status is X but the last history entry is Y.

  $ sed -i 's/^    status: referred/    status: matching/' cases/2026-8VDW5/case.yaml
  $ pusterum check
  cases/2026-8VDW5/case.yaml:4:9: fejl: status er referred, men den seneste registrering i historikken er matching; brug `pusterum case close|reopen` til at ændre status [status-history]
  cases/2026-8VDW5/case.yaml:7:13: fejl: historikken begynder med matching, ikke referred; enhver sag begynder som referred ved modtagelsen [status-history]
  2 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2026-8VDW5/case.yaml" cases/2026-8VDW5/case.yaml

[status-history] DATE comes before the entry above it (DATE).

  $ sed -i 's/^  - date: 2025-12-09/  - date: 2025-12-01/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:8:11: fejl: 2025-12-01 ligger før registreringen ovenfor (2025-12-08); sortér registreringerne med den ældste først [status-history]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

[staffing-status] the case is active but has no fixed staff member.

  $ sed -i '/^fixed_staff: /d' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:4:9: fejl: sagen er active, men har ingen fast medarbejder; tildel en med `pusterum match CASE --assign STAFF` [staffing-status]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

[staffing-status] the case is referred but already has fixed staff.

  $ printf 'fixed_staff: ida-lauridsen\n' >> cases/2026-8VDW5/case.yaml
  $ pusterum check
  cases/2026-8VDW5/case.yaml:40:14: fejl: sagen er referred, men har allerede en fast medarbejder; sæt status til active, eller fjern fixed_staff [staffing-status]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2026-8VDW5/case.yaml" cases/2026-8VDW5/case.yaml

[unknown-staff] no staff member 'X' (fixed_staff, substitutes, do_not_match).

  $ sed -i -e 's/^fixed_staff: .*/fixed_staff: nobody/' -e 's/^substitutes: .*/substitutes: [ghost]/' cases/2025-FR23R/case.yaml && sed -i 's/^do_not_match: .*/do_not_match: [kasper-hol]/' cases/2026-ZDSG3/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:36:14: fejl: der findes ingen medarbejder 'nobody'; `pusterum staff list` viser, hvilke medarbejdere der er [unknown-staff]
  cases/2025-FR23R/case.yaml:37:14: fejl: der findes ingen medarbejder 'ghost'; `pusterum staff list` viser, hvilke medarbejdere der er [unknown-staff]
  cases/2026-ZDSG3/case.yaml:34:15: fejl: der findes ingen medarbejder 'kasper-hol'; `pusterum staff list` viser, hvilke medarbejdere der er [unknown-staff]
  3 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml && cp "$EXAMPLES/cases/2026-ZDSG3/case.yaml" cases/2026-ZDSG3/case.yaml

[unknown-sibling] no case 'X' (block, as pusterum.yaml sets it).

  $ sed -i 's/^siblings: .*/siblings: [2026-ZZZZZ]/' cases/2026-ZDSG3/case.yaml
  $ pusterum check
  cases/2026-ZDSG3/case.yaml:35:11: fejl: sagen '2026-ZZZZZ' findes ikke; angiv søskendens sags-ID [unknown-sibling]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2026-ZDSG3/case.yaml" cases/2026-ZDSG3/case.yaml

[unknown-sibling] as a warning, intake prints it and goes on (exit 0).

  $ sed -i 's/^  unknown-sibling: block/  unknown-sibling: warn /' pusterum.yaml
  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" --sibling 2026-ZZZZZ
  --sibling: advarsel: sagen '2026-ZZZZZ' findes ikke; angiv søskendens sags-ID [unknown-sibling]
  [0-9]{4}-[0-9A-HJKMNP-TV-Z]{5} (re)
  $ cp "$EXAMPLES/pusterum.yaml" pusterum.yaml && rm -r cases/2026-????? && cp -r "$EXAMPLES"/cases/2026-* cases/

[inactive-staff-assigned] fixed staff 'X' is deactivated.

  $ sed -i 's/^fixed_staff: .*/fixed_staff: emil-frandsen/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:36:14: fejl: fixed staff 'emil-frandsen' er deaktiveret; tildel en anden med `pusterum match` [inactive-staff-assigned]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

[borneattest-expired] fixed staff 'X' has a børneattest that expired on DATE.

  $ sed -i 's/^fixed_staff: .*/fixed_staff: mikkel-thomsen/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:36:14: fejl: fixed staff 'mikkel-thomsen' har en børneattest, der udløb den 2025-10-01; registrer en ny kontrol med `pusterum staff edit mikkel-thomsen --borneattest-checked DATE` [borneattest-expired]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

[borneattest-expired] substitute 'X' has no valid børneattest (result not-ok).

  $ sed -i 's/^  result: ok/  result: not-ok/' staff/kasper-holm.yaml && sed -i 's/^substitutes: .*/substitutes: [kasper-holm]/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:37:14: fejl: substitute 'kasper-holm' har ingen gyldig børneattest; registrer en ny kontrol med `pusterum staff edit kasper-holm --borneattest-checked DATE` [borneattest-expired]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml && cp "$EXAMPLES/staff/kasper-holm.yaml" staff/kasper-holm.yaml

[duplicate-case-number] MUNICIPALITY case number N is also on case ID.

  $ sed -i 's/^municipality_case_number: .*/municipality_case_number: 27.24.12-A35-41-25/' cases/2026-BKSGB/case.yaml
  $ pusterum check
  cases/2026-BKSGB/case.yaml:27:27: advarsel: Aarhus-sagsnummer 27.24.12-A35-41-25 står også på sag 2025-FR23R; to henvisninger af samme barn? slå dem sammen, eller ret nummeret [duplicate-case-number]
  0 fejl, 1 advarsel i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2026-BKSGB/case.yaml" cases/2026-BKSGB/case.yaml

[municipality-spelling] the municipality 'X' is 'Y' (as on case ID) spelt another way.

  $ sed -i 's/^municipality: Aarhus$/municipality: aarhus kommune/' cases/2026-BKSGB/case.yaml
  $ pusterum check
  cases/2026-BKSGB/case.yaml:26:15: advarsel: kommunen 'aarhus kommune' er 'Aarhus' (som på sag 2025-EQKSG) stavet på en anden måde; skriv det 'Aarhus': rapporter, afregning og eksport viser én stavemåde for begge [municipality-spelling]
  0 fejl, 1 advarsel i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2026-BKSGB/case.yaml" cases/2026-BKSGB/case.yaml

[grant-period] the grant ends (DATE) before it starts (DATE); the amendment from DATE lies outside the grant period.

  $ sed -i 's/^  end: 2026-12-31/  end: 2025-12-31/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:42:8: fejl: bevillingen slutter (2025-12-31), før den begynder (2026-01-01); tjek datoerne i kommunens afgørelse [grant-period]
  cases/2025-FR23R/case.yaml:50:13: fejl: ændringen fra 2026-06-01 ligger uden for bevillingsperioden 2026-01-01 til 2025-12-31; ændr fra en dato inden for perioden [grant-period]
  2 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

[grant-period] the amendment from DATE comes after a later one.

  $ printf '    - from: 2026-05-01\n      recorded: 2026-05-20\n      quantity: 6\n' >> cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:54:13: fejl: ændringen fra 2026-05-01 står efter en senere ændring; hold ændringerne i datorækkefølge [grant-period]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

[grant-period] the amended quantity must be more than 0 (a file; case.t has the flag).

  $ sed -i 's/^      quantity: 7$/      quantity: 0/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:52:17: fejl: det ændrede omfang skal være større end 0 [grant-period]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

[grant-period] the new total of N h is less than the N h granted before DATE.

  $ pusterum case amend EQKSG --from 2026-06-01 --quantity 50
  --quantity: fejl: det nye samlede antal på 50.00 t er mindre end de 74.57 t, der var bevilget før 2026-06-01; et samlet antal for hele perioden tælles fra bevillingens start; angiv det nye samlede antal for hele perioden [grant-period]
  [1]

[grant-period] the amended end DATE is before the grant starts.

  $ sed -i 's/^      quantity: 7$/      end: 2025-06-30/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:50:13: fejl: ændringen fra 2026-06-01 ligger uden for bevillingsperioden 2026-01-01 til 2025-06-30; ændr fra en dato inden for perioden [grant-period]
  cases/2025-FR23R/case.yaml:52:12: fejl: den ændrede slutdato 2025-06-30 ligger før ændringens egen start 2026-06-01; en ændring kan afslutte bevillingen før tid, men ikke før den træder i kraft [grant-period]
  2 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

[grant-period] the amendment changes nothing (a file; the command refuses it earlier).

  $ sed -i '/^      quantity: 7$/d' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:50:5: fejl: ændringen ændrer ingenting; angiv et nyt omfang, en ny enhed, en ny slutdato eller nye vilkår [grant-period]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

[staff-absences] the absence ends (DATE) before it starts (DATE).

  $ printf 'absences:\n  - from: 2026-07-20\n    to: 2026-07-06\n' >> staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:36:9: fejl: fraværet slutter (2026-07-06), før det begynder (2026-07-20) [staff-absences]
  1 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

An unknown ID on the command line exits 2, also when a rule names it; a file
problem behind a command exits 3.

  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" --do-not-match nobody
  --do-not-match: fejl: der findes ingen medarbejder 'nobody'; `pusterum staff list` viser, hvilke medarbejdere der er [unknown-staff]
  [2]
  $ sed -i 's/^  result: ok/  result: maybe/' staff/ida-lauridsen.yaml
  $ pusterum staff show ida
  staff/ida-lauridsen.yaml:32:11: fejl: borneattest.result: 'maybe' er ikke tilladt; brug ok eller not-ok [schema]
  [3]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

== Commands (cli/*.cpp) ==

intake.cpp: intake cancelled; nothing was written (end of input at a question on a terminal).

  $ /usr/bin/python3 -c 'import os, pty, subprocess, sys; m, s = pty.openpty(); p = subprocess.Popen(["pusterum", "intake", "--initials", "A.B."], stdin=s, stderr=subprocess.STDOUT); os.close(s); os.write(m, b"\x04"); sys.exit(p.wait())'
  Year of birth: pusterum: fejl: oprettelsen blev afbrudt; intet blev skrevet
  [2]

init.cpp: DIR is already a provider folder.

  $ pusterum init .
  pusterum: fejl: . er allerede en leverandørmappe; kør `pusterum check` der, eller vælg en anden mappe
  [2]

staff.cpp: nothing to change.

  $ pusterum staff edit ida
  pusterum: fejl: intet at ændre; angiv de felter, der skal ændres, fx --phone eller --competence
  [2]

staff.cpp: note: ID is taken, so NAME is ID-2.

  $ pusterum staff add "Ida Lauridsen"
  ida-lauridsen-2
  note: ida-lauridsen er allerede i brug, så Ida Lauridsen får ID'et ida-lauridsen-2; er det en anden person med samme navn?
  $ rm staff/ida-lauridsen-2.yaml

staff.cpp: ID still works on open cases.

  $ pusterum staff deactivate maja
  pusterum: fejl: maja-kristensen arbejder stadig på åbne sager: 2025-FR23R; tildel først andre med `pusterum match CASE --reassign`, eller brug --force
  [1]

staff.cpp: --date DATE is in the future.

  $ pusterum staff deactivate ida --date 2026-11-30
  pusterum: fejl: --date 2026-11-30 ligger i fremtiden; deaktivér på den sidste arbejdsdag eller senere; indtil da tæller personen stadig som aktiv
  [2]

staff.cpp: ID is already deactivated.

  $ pusterum staff deactivate emil
  pusterum: fejl: emil-frandsen er allerede deaktiveret
  [1]

staff.cpp: a staff file with problems is skipped, its problems printed as warnings; the list still prints and exits 3.

  $ sed -i 's/^active: true/active: yes/' staff/ida-lauridsen.yaml
  $ pusterum staff list > /dev/null
  staff/ida-lauridsen.yaml:8:9: advarsel: active: 'yes' er hverken true eller false; skriv true eller false [schema]
  pusterum: fejl: 1 medarbejderfil kunne ikke læses; kør `pusterum check`
  [3]

case.cpp: a case file with problems is skipped, its problems printed as warnings; N case file(s) could not be read.

  $ sed -i 's/^place: both/place: garden/' cases/2025-FR23R/case.yaml
  $ pusterum case list > /dev/null
  cases/2025-FR23R/case.yaml:24:8: advarsel: place: 'garden' er ikke tilladt; brug en af: home, outings, both [schema]
  pusterum: fejl: 1 sagsfil kunne ikke læses; kør `pusterum check`
  [3]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml && cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

case.cpp: the amendment changes nothing (the command, before any rule).

  $ pusterum case amend ZDSG3 --from 2026-12-01 --note "just a note"
  pusterum: fejl: ændringen ændrer ingenting; angiv --quantity, --unit, --end eller et vilkår som --overnight
  [2]

case.cpp: case ID is STATUS; `case X` does not apply.

  $ pusterum case close EQKSG
  pusterum: fejl: sag 2025-EQKSG har status closed; `case close` kan ikke bruges
  [1]
  $ pusterum case reopen FR23R
  pusterum: fejl: sag 2025-FR23R har status active; `case reopen` kan ikke bruges
  [1]
  $ pusterum case pause 8VDW5
  pusterum: fejl: sag 2026-8VDW5 har status referred; `case pause` kan ikke bruges
  [1]
  $ pusterum case resume FR23R
  pusterum: fejl: sag 2025-FR23R har status active; `case resume` kan ikke bruges
  [1]

case.cpp: --date DATE is before the case's last status change (DATE).

  $ pusterum case pause FR23R --date 2026-01-01
  pusterum: fejl: --date 2026-01-01 ligger før sagens seneste statusændring (2026-01-12); historikken skal gå fremad i tid
  [2]

report/out_files.cpp: X and Y would both be written to FILE; nothing is written (report --out, report billing --out).

  $ sed -i 's/^municipality: Favrskov$/municipality: Lyngby-Taarbæk/' cases/2025-QVEHE/case.yaml
  $ sed -i 's/^municipality: Favrskov$/municipality: Lyngby Taarbæk/' cases/2025-YJN8S/case.yaml
  $ pusterum report --all --out ../same
  note: 2025-EQKSG: Statusteksten for perioden mangler; skriv den i cases/2025-EQKSG/status/2026-07-01.md
  note: 2025-YJN8S: Statusteksten for perioden mangler; skriv den i cases/2025-YJN8S/status/2026-07-01.md
  note: 2026-BKSGB: Statusteksten mangler: Ændringer i behov (cases/2026-BKSGB/status/2026-07-01.md)
  note: 2026-ZDSG3: Statusteksten for perioden mangler; skriv den i cases/2026-ZDSG3/status/2026-06-01.md
  pusterum: fejl: opsummeringen af Lyngby Taarbæk and opsummeringen af Lyngby-Taarbæk would both be written to ../same/lyngby-taarbaek/summary_2026-07-01_2026-09-30.txt; write the municipality one way in its case files, or report on the cases one at a time
  [3]
  $ pusterum report billing --period 2026 --out ../same
  pusterum: fejl: the billing of Lyngby Taarbæk and the billing of Lyngby-Taarbæk would both be written to ../same/lyngby-taarbaek/billing_2026-01-01_2026-12-31.txt; write the municipality one way in its case files, or bill one with --municipality
  [3]
  $ cp "$EXAMPLES/cases/2025-QVEHE/case.yaml" cases/2025-QVEHE/case.yaml && cp "$EXAMPLES/cases/2025-YJN8S/case.yaml" cases/2025-YJN8S/case.yaml

== Found by the bad-input corpus (tests/bad) ==

fields.cpp: not valid UTF-8 (yaml-cpp passes any bytes on, and JSON output
then failed with an internal error).

  $ printf 'name: S\xf8ren M\xf8lgaard\n' > name.txt && sed -i "4s/.*/$(cat name.txt)/" staff/soeren-moelgaard.yaml && rm name.txt
  $ pusterum staff show soeren --format json
  staff/soeren-moelgaard.yaml:4:8: fejl: ikke gyldig UTF-8: denne byte er ikke en del af et UTF-8-tegn; gem filen som UTF-8 (den kan være gemt som Latin-1 eller Windows-1252) [yaml]
  [3]
  $ cp "$EXAMPLES/staff/soeren-moelgaard.yaml" staff/soeren-moelgaard.yaml

fields.cpp: a second YAML document (YAML::Load read the first and dropped the rest without a word).

  $ printf -- '---\nlanguage: en\n' >> pusterum.yaml
  $ pusterum case list
  pusterum.yaml:60:1: error: not accepted YAML: a second YAML document starts here; pusterum reads one document per file; remove the '---' line, and move what follows it into the file's one document [yaml]
  [3]
  $ cp "$EXAMPLES/pusterum.yaml" pusterum.yaml

status_text.cpp: a status text that is not valid UTF-8.

  $ printf 'Gode fremskridt i \xe5ret.\n' >> cases/2025-FR23R/status/2026-07-01.md
  $ pusterum report fr23 --period 2026-Q3 --format json
  cases/2025-FR23R/status/2026-07-01.md:23:19: fejl: not valid UTF-8: this byte is not part of a UTF-8 character; save the status text as UTF-8 (it may have been saved as Latin-1 or Windows-1252) [schema]
  [3]
  $ cp "$EXAMPLES/cases/2025-FR23R/status/2026-07-01.md" cases/2025-FR23R/status/2026-07-01.md

sent.cpp: sent.yaml not valid UTF-8; a line with a CPR-shaped number; a
value that is a list; an anchor (the guarded parser of every other file).
check reads sent.yaml and the status texts as report does.

  $ printf -- '- {from: 2026-07-01, to: 2026-09-30, sent: 2026-10-02, by: s\xf8ren}\n' >> cases/2025-FR23R/status/sent.yaml
  $ pusterum report --due
  cases/2025-FR23R/status/sent.yaml:5:61: fejl: not valid UTF-8: this byte is not part of a UTF-8 character; restore the file from git [schema]
  [3]
  $ cp "$EXAMPLES/cases/2025-FR23R/status/sent.yaml" cases/2025-FR23R/status/sent.yaml
  $ printf -- '- {from: 2026-07-01, to: 2026-09-30, sent: 2026-10-02, by: 010203-1234}\n- {from: 2026-07-01, to: 2026-09-30, sent: 2026-10-02, by: [a, b]}\n- {from: &d 2026-07-01, to: 2026-09-30, sent: *d}\n' >> cases/2025-FR23R/status/sent.yaml
  $ pusterum check
  cases/2025-FR23R/status/sent.yaml:5:56: fejl: by: holds a value shaped like a CPR number; remove it: pusterum identifies people by internal ID [cpr-number]
  cases/2025-FR23R/status/sent.yaml:6:56: fejl: by: expected a single value, found a list; restore the line from git [schema]
  cases/2025-FR23R/status/sent.yaml:7:10: fejl: ikke-accepteret YAML: ankre (&name) er ikke tilladt i pusterums filer; restore the line from git [yaml]
  3 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/status/sent.yaml" cases/2025-FR23R/status/sent.yaml

timesheet.cpp: a timesheet that is not valid UTF-8 (a spreadsheet's Latin-1
CSV was logged, and its line made the hours log unreadable).

  $ printf 'date,start,end,note\n2026-11-10,15:00,17:00,Tur til s\xf8en\n' > latin1.csv
  $ pusterum log-hours FR23 --import latin1.csv
  latin1.csv:2:33: fejl: ikke gyldig UTF-8: denne byte er ikke en del af et UTF-8-tegn; gem timesedlen som "CSV UTF-8" i regnearket [schema]
  [3]

log_file.cpp: an hours line with a CPR-shaped number; a time with an offset
the zone does not have then; a time in the hour the clocks skip.

  $ sed -i '5s/kind: visit,/kind: visit, note: cpr 0102031234,/' cases/2025-FR23R/hours/2026-11.yaml && sed -i '6s/15:00+01:00/15:00+02:00/' cases/2025-FR23R/hours/2026-11.yaml && sed -i '3s/2026-03-27T16:00+01:00/2026-03-29T02:30+01:00/' cases/2025-QVEHE/hours/2026-03.yaml
  $ pusterum check
  cases/2025-FR23R/hours/2026-11.yaml:5:35: fejl: note: indeholder en værdi, der ligner et CPR-nummer; fjern den: pusterum identificerer personer ved internt ID [cpr-number]
  cases/2025-FR23R/hours/2026-11.yaml:6:60: fejl: start: 2026-11-12 15:00 har aldrig den UTC-forskydning i Europe/Copenhagen; UTC-forskydningen er da +01:00; gendan linjen med `git checkout` [hours-log]
  cases/2025-QVEHE/hours/2026-03.yaml:3:59: fejl: start: 2026-03-29 02:30 findes ikke i Europe/Copenhagen: uret springer den time over; summer time starts that night: at 02:00 the clocks go to 03:00, so give 03:00 or later [hours-log]
  3 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/hours/2026-11.yaml" cases/2025-FR23R/hours/2026-11.yaml && cp "$EXAMPLES/cases/2025-QVEHE/hours/2026-03.yaml" cases/2025-QVEHE/hours/2026-03.yaml

app/check.cpp: an entry ID used twice, an entry in another month's file and
a void of an entry that is not there, each at its line.

  $ sed -i '5s/id: G01YGS/id: GGMAKE/; 6s/2026-11-12T/2026-10-28T/g; 10s/voids: Z8JC8Z/voids: Z8JC8Q/' cases/2025-FR23R/hours/2026-11.yaml
  $ pusterum check
  cases/2025-FR23R/hours/2026-11.yaml:5:1: fejl: registrerings-ID'et GGMAKE er brugt to gange; annullér en af dem, og registrér den igen [hours-log]
  cases/2025-FR23R/hours/2026-11.yaml:6:1: fejl: registrering 34RRWM starter 2026-10-28, men ligger i filen for 2026-11; flyt linjen til filen for den måned, den starter i [hours-log]
  cases/2025-FR23R/hours/2026-11.yaml:10:1: fejl: registrering 9E9FP2 peger på Z8JC8Q, som ikke findes i timeloggen; gendan den manglende registrering fra git [hours-log]
  3 fejl, 0 advarsler i 80 filer
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/hours/2026-11.yaml" cases/2025-FR23R/hours/2026-11.yaml

main.cpp: an argument that is not valid UTF-8.

  $ pusterum log-hours FR23 --date 2026-11-17 --start 15:00 --end 17:00 --staff louise --note "$(printf 'tur til s\xf8en')"
  pusterum: fejl: --note: værdien er ikke gyldig UTF-8; angiv tekst i UTF-8 (indstil terminalen eller scriptet til UTF-8)
  [2]

export.cpp: no case belongs to the municipality 'X' (the export was empty, as if nothing had been delivered).

  $ pusterum export --format timeclock --municipality Arhus
  pusterum: fejl: ingen sag hører til kommunen 'Arhus'; mente du 'Aarhus'?
  [2]

report.cpp: `report billing` and `report overview` take none of report's own options (they were ignored).

  $ pusterum report billing fr23
  pusterum: fejl: `report billing` tager ikke CASE; det hører til `pusterum report`; se `pusterum report billing --help`
  [2]
  $ pusterum report --due overview
  pusterum: fejl: `report overview` tager ikke --due; det hører til `pusterum report`; se `pusterum report overview --help`
  [2]

match.cpp: 'X' is not a number above 0 (CLI11's message named a range of 300 digits).

  $ pusterum match 6wpxb --top 0
  pusterum: fejl: --top: '0' is not a number above 0; se `pusterum match --help`
  [2]

CLI11: a flag and its --no- form at once (the last one won).

  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" --overnight --no-overnight
  pusterum: fejl: --overnight excludes --no-overnight; se `pusterum intake --help`
  [2]

== Not reproduced ==

These messages cannot be triggered from the command line; they are listed so
that the catalogue is complete.

- fs.cpp "cannot write", "cannot set permissions on", "cannot sync",
  "cannot sync folder": write(2), fchmod(2) and fsync(2) on a file pusterum has
  just created do not fail on a healthy local file system; it would take a
  full disk or an I/O error.
- fs.cpp "cannot open folder" (fsync_dir): the folder was written to a moment
  before; as root (the test runs as root) permissions cannot make it fail.
- fs.cpp "cannot lock": flock(2) with LOCK_EX waits rather than fails; only
  EINTR, which is retried, or ENOLCK would make it fail.
- fs.cpp "cannot move folder into place": the new case ID is random and checked
  free under the lock, so the target never exists.
- ids.cpp "could not find a free case ID after 100 tries": needs nearly all of
  the 33 million IDs of one year to be taken.
- fields.cpp Fields::window "'X' is not a time window": no reader calls
  Fields::window (dead code); the same message comes from read.cpp and is
  reproduced above.
- main.cpp "YAML: ..." for yaml-cpp exceptions other than the one above, and
  "internal error" for other exceptions: only reached through bugs.
- intake.cpp, staff.cpp and init.cpp success messages ("Took in case ...",
  "Added ...") are not error messages; "Took in case" needs stdout on a
  terminal.
