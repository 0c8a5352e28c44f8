One reproducer per error or warning message that pusterum can print.
Each block names the message it reproduces and where it comes from. Files are
broken with sed or printf in a command of their own, and restored from
$EXAMPLES when later blocks need them whole. The list of messages that cannot
be reached from the command line is at the end.

== The command line (cli/main.cpp and CLI11) ==

main.cpp: 'X' is not a pusterum command, with a suggestion.

  $ pusterum chek
  pusterum: error: 'chek' is not a pusterum command; did you mean 'check'?
  [2]

main.cpp: 'X' is not a pusterum command, with the list of commands when nothing is close.

  $ pusterum frobnicate
  pusterum: error: 'frobnicate' is not a pusterum command; commands: init, intake, staff, case, match, log-hours, schedule, report, export, check, access-log
  [2]

main.cpp: 'X' is not a pusterum staff command (a mistyped subcommand one level down).

  $ pusterum staff lst
  pusterum: error: 'lst' is not a pusterum staff command; did you mean 'list'?
  [2]

main.cpp: an option before the command that is not pusterum's own, with a
suggestion (CLI11 called it a missing command).

  $ pusterum --versoin
  pusterum: error: '--versoin' is not an option of pusterum; did you mean '--version'?
  [2]
  $ pusterum -x check
  pusterum: error: '-x' is not an option of pusterum; a command's options go after it (`pusterum case list --format json`); see `pusterum --help`
  [2]

With a CPR-shaped value, the option is not repeated.

  $ pusterum --note=170912-3915 check 2>&1 | grep -c 3915
  0
  [1]

Bare `pusterum` is a question: the short help, exit 0.

  $ pusterum | sed -n 2p
  Usage: pusterum [OPTIONS] SUBCOMMAND

cli/schedule.cpp: the case given after the schedule command it belongs
before (CLI11 read the case as the WHEN or the visit, and the rest as the case).

  $ pusterum schedule add 6w "every tue 15:00-18:00"
  pusterum: error: '6w' is a case, and the case comes before the command; `pusterum schedule 6w add "every tue 15:00-18:00" ...`
  [2]
  $ pusterum schedule cancel fr23 EECG --date 2026-12-08 --by family
  pusterum: error: 'fr23' is a case, and the case comes before the command; `pusterum schedule fr23 cancel EECG ...`
  [2]

CLI11: A subcommand is required (below staff).

  $ pusterum staff
  pusterum: error: A subcommand is required; see `pusterum staff --help`
  [2]

CLI11: The following arguments were not expected, with a suggestion for the option.

  $ pusterum case list --formt json
  pusterum: error: The following arguments were not expected: json --formt; did you mean '--format'?
  [2]

CLI11: The following argument was not expected, no option close to it.

  $ pusterum check --bogus
  pusterum: error: The following argument was not expected: --bogus; see `pusterum check --help`
  [2]

CLI11: The following argument was not expected (one positional too many).

  $ pusterum case show 2025-FR23R 2025-QVEHE
  pusterum: error: The following argument was not expected: 2025-QVEHE; see `pusterum case show --help`
  [2]

CLI11: a required option is missing (--from is required).

  $ pusterum case amend FR23R --quantity 3
  pusterum: error: --from is required; see `pusterum case amend --help`
  [2]

CLI11: a required positional is missing (CASE is required, NAME is required).

  $ pusterum case show
  pusterum: error: CASE is required; see `pusterum case show --help`
  [2]
  $ pusterum staff add
  pusterum: error: NAME is required; see `pusterum staff add --help`
  [2]

CLI11: a value outside an IsMember check (--status, --format, init --language).

  $ pusterum case list --status lukket
  pusterum: error: --status: lukket not in {referred,matching,active,paused,closed}; see `pusterum case list --help`
  [2]
  $ pusterum case list --format xml
  pusterum: error: --format: xml not in {text,json}; see `pusterum case list --help`
  [2]
  $ pusterum init new --language fr
  pusterum: error: --language: fr not in {da,en}; see `pusterum init --help`
  [2]

CLI11: an option without its value (1 required TEXT missing), also for the global -C.

  $ pusterum case close FR23R --date
  pusterum: error: --date: 1 required TEXT missing; see `pusterum case close --help`
  [2]
  $ pusterum -C
  pusterum: error: --root: 1 required TEXT missing; see `pusterum --help`
  [2]
  $ pusterum case list --status
  pusterum: error: --status: 1 required TEXT:{referred,matching,active,paused,closed} missing; see `pusterum case list --help`
  [2]

CLI11: a flag given a value it cannot convert (Could not convert).

  $ pusterum check --rules=maybe
  pusterum: error: Could not convert: --rules = maybe; see `pusterum check --help`
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
  pusterum: error: PUSTERUM_TODAY='someday' is not a date; write it as YYYY-MM-DD, or unset it
  [4]

== IDs on the command line (lib/store/tree.cpp) ==

tree.cpp: no case ID given / no staff member ID given.

  $ pusterum case show ''
  pusterum: error: no case ID given
  [2]
  $ pusterum staff show ''
  pusterum: error: no staff member ID given
  [2]

tree.cpp: no case matches 'X' / no staff member matches 'X'.

  $ pusterum case show nope
  pusterum: error: no case matches 'nope'; `pusterum case list` lists them
  [2]
  $ pusterum staff show nobody
  pusterum: error: no staff member matches 'nobody'; `pusterum staff list` lists them
  [2]

tree.cpp: 'X' matches N cases / N staff members.

  $ pusterum case show 2025
  pusterum: error: '2025' matches 4 cases: 2025-EQKSG, 2025-FR23R, 2025-QVEHE, 2025-YJN8S; type more of the ID
  [2]
  $ pusterum staff show m
  pusterum: error: 'm' matches 2 staff members: maja-kristensen, mikkel-thomsen; type more of the ID
  [2]

An ID that is shaped like a CPR number is not repeated in the message (see the
README's promise that messages never repeat one).

  $ pusterum case show 010203-1234
  pusterum: error: no case matches what was given, which is shaped like a CPR number; pusterum never uses CPR numbers as IDs
  [2]

== Dates given as flags (cli/app.cpp date_option) ==

app.cpp: --from 'X' is not a date; --date 'X' is not a date.

  $ pusterum case amend ZDSG3 --from 2026-12-32 --quantity 6
  pusterum: error: --from '2026-12-32' is not a date; write a real date as YYYY-MM-DD or DD-MM-YYYY
  [2]
  $ pusterum case close 8VDW5 --date 25-11-26
  pusterum: error: --date '25-11-26' is not a date; write it as 2026-11-25 (YYYY-MM-DD or DD-MM-YYYY)
  [2]
  $ pusterum staff deactivate ida --date "sidste uge"
  pusterum: error: --date 'sidste uge' is not a date; write a real date as YYYY-MM-DD or DD-MM-YYYY
  [2]
  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" --date 2026-11-31
  pusterum: error: --date '2026-11-31' is not a date; write a real date as YYYY-MM-DD or DD-MM-YYYY
  [2]

== Files that cannot be read or written (lib/util/fs.cpp) ==

fs.cpp: PATH: cannot read, for a file that is missing.

  $ pusterum intake --file missing.yaml
  pusterum: error: missing.yaml: cannot read: No such file or directory
  [4]

fs.cpp: PATH: cannot read, for a case.yaml that is a dangling link.

  $ rm cases/2025-FR23R/case.yaml && ln -s nowhere.yaml cases/2025-FR23R/case.yaml
  $ pusterum case show FR23R
  pusterum: error: cases/2025-FR23R/case.yaml is a symbolic link; pusterum does not read through links: replace it with the file it points to; `pusterum check` lists every link in the tree
  [3]

app/check.cpp: the case folder has no case.yaml (the same dangling link, seen by check).

  $ pusterum check
  cases/2025-FR23R: error: the case folder has no case.yaml; restore it from git, or remove the folder [schema]
  cases/2025-FR23R/case.yaml: error: a symbolic link, which pusterum neither reads nor writes through; it is skipped; replace it with the file or folder it points to, or remove it [symlink]
  2 errors, 0 warnings in 67 files
  [1]

A case.yaml that is a folder is read as an empty file.

  $ rm cases/2025-FR23R/case.yaml && mkdir cases/2025-FR23R/case.yaml
  $ pusterum case show FR23R
  pusterum: error: cases/2025-FR23R/case.yaml: cannot read: Is a directory; restore it from git (`git checkout -- FILE`) or run `pusterum check`
  [4]
  $ pusterum check
  cases/2025-FR23R: error: the case folder has no case.yaml; restore it from git, or remove the folder [schema]
  cases/2025-FR23R/case.yaml: error: a folder named like a file pusterum reads; it is skipped; move what it holds elsewhere and remove it [not-a-file]
  2 errors, 0 warnings in 67 files
  [1]
  $ rmdir cases/2025-FR23R/case.yaml && cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

app/check.cpp: the case folder has no case.yaml (an empty case folder).

  $ mkdir cases/2026-AAAAA
  $ pusterum check
  cases/2026-AAAAA: error: the case folder has no case.yaml; restore it from git, or remove the folder [schema]
  1 error, 0 warnings in 80 files
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
  pusterum: error: staff: cannot create folder: Not a directory
  [4]
  $ rm staff && mv staff.bak staff

fs.cpp: PATH: cannot create folder, when cases/ is a file (intake) or DIR's parent is a file (init).

  $ mv cases cases.bak && touch cases
  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml"
  pusterum: error: cases/\.new-2026-[0-9A-HJKMNP-TV-Z]{5}\.[0-9]+: cannot create folder: Not a directory (re)
  [4]
  $ rm cases && mv cases.bak cases
  $ touch plain
  $ pusterum init plain/new
  pusterum: error: plain/new: cannot create folder: Not a directory
  [4]

fs.cpp: PATH: cannot open lock file, when .pusterum/lock is a folder.

  $ rm -f .pusterum/lock && mkdir .pusterum/lock
  $ pusterum staff edit ida --phone "+45 11 22 33 44"
  pusterum: error: /.*/tree/\.pusterum/lock: cannot open lock file: Is a directory (re)
  [4]
  $ rmdir .pusterum/lock

fs.cpp: PATH: cannot replace. A command writes a case to the folder its id
names, not to the folder it was read from; here that path is a folder.

  $ sed -i 's/^id: 2025-FR23R/id: 2025-ZZZZZ/' cases/2025-FR23R/case.yaml && mkdir -p cases/2025-ZZZZZ/case.yaml
  $ pusterum case amend FR23R --from 2026-09-01 --quantity 6
  cases/2025-FR23R/case\.yaml:3:5: error: the id '[0-9]{4}-[0-9A-HJKMNP-TV-Z]{5}' differs from the folder name '2025-FR23R'; rename the folder or fix the id \[id-matches-path\] (re)
  [1]
  $ rm -r cases/2025-ZZZZZ && cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

== YAML that is not a map (cli/main.cpp YAML::Exception) ==

main.cpp: YAML: ... operator[] call on a scalar: a referral file that is a
single value, with a flag to apply to it.

  $ printf 'hello\n' > scalar.yaml
  $ pusterum intake --file scalar.yaml --initials A.B.
  scalar.yaml:1:1: error: the file must be a map of keys, not a single value; write it as 'key: value' lines [schema]
  [3]

== Time zones (lib/util/clock.cpp, lib/store/read.cpp) ==

clock.cpp: unknown time zone 'X', reported by read.cpp at time_zone when pusterum.yaml is read.

  $ sed -i 's|^time_zone: .*|time_zone: Europe/Kobenhavn|' pusterum.yaml
  $ pusterum check
  pusterum.yaml:8:12: error: unknown time zone 'Europe/Kobenhavn'; install the tzdata package or use Europe/Copenhagen [schema]
  1 error, 0 warnings in 80 files
  [1]

The same time zone without PUSTERUM_TODAY: every command refuses pusterum.yaml at that line (exit 3).

  $ env -u PUSTERUM_TODAY pusterum check
  pusterum.yaml:8:12: error: unknown time zone 'Europe/Kobenhavn'; install the tzdata package or use Europe/Copenhagen [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ env -u PUSTERUM_TODAY pusterum staff list
  pusterum.yaml:8:12: error: unknown time zone 'Europe/Kobenhavn'; install the tzdata package or use Europe/Copenhagen [schema]
  [3]

A time zone that YAML reads as a number: one problem, not a second one about an empty name.

  $ sed -i 's|^time_zone: .*|time_zone: 1|' pusterum.yaml
  $ pusterum check
  pusterum.yaml:8:12: error: time_zone: '1' is read as a number or yes/no, not as text; put it in double quotes: "1" [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/pusterum.yaml" pusterum.yaml

== Exact arithmetic (lib/util/rational.cpp) ==

rational.cpp: division by zero: a whole-period grant whose end an amendment
moves before the next amendment. check finds nothing, case show fails.

  $ printf '  amendments:\n    - from: 2026-03-01\n      recorded: 2026-11-22\n      end: 2026-02-28\n    - from: 2026-04-01\n      recorded: 2026-11-22\n      end: 2026-08-31\n' >> cases/2025-EQKSG/case.yaml
  $ pusterum case show EQKSG
  Case          2025-EQKSG, closed since 2026-08-31
  Child         E.R., born 2011, boy
  Needs         adhd
  Competences   adhd
  Interests     gaming, football
  Personality   playful
  Household     Far og søn. Mor bor i Randers.
  Where         outings, postcode 8240
  Municipality  Aarhus, case 27.24.12-A35-63-25 (Barnets Lov § 90)
  Caseworker    Kim Lindholm, +45 87 13 60 18, kim.lindholm@example.dk
  Coordinator   Mette Lund
  Fixed staff   jonas-berg
  Substitutes   ida-lauridsen
  Start-up      2026-01-08
  Grant         120 h in all from 2026-01-01 to 2026-08-31, granted 2025-11-20
    terms       any day
    amended     from 2026-03-01: ends 2026-02-28
    amended     from 2026-04-01: ends 2026-08-31
    in force    120 h in all (any day)
    granted     120.00 h over the whole period (243 days)
  History       2025-11-24 referred
                2025-11-25 matching
                2026-01-08 active
                2026-08-31 closed: Bevillingen udløb og blev ikke forlænget. Afsluttende status sendt til sagsbehandler.
  $ pusterum check
  cases/2025-EQKSG/case.yaml:50:12: error: the amended end 2026-02-28 is before the amendment's own start 2026-03-01; an amendment can end the grant early, but not before it takes effect [grant-period]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2025-EQKSG/case.yaml" cases/2025-EQKSG/case.yaml

rational.cpp: number too large for exact arithmetic: the thirteenth amendment
of a whole-period grant.

  $ q=200; for d in 01-12 01-23 02-02 02-13 02-27 03-05 03-16 03-29 04-07 04-19 04-29 05-11; do q=$((q+1)); pusterum case amend EQKSG --from 2026-$d --quantity $q.37 > /dev/null 2>&1 || exit 1; done
  $ pusterum case amend EQKSG --from 2026-05-22 --quantity 213.37
  Amended 2025-EQKSG from 2026-05-22: 213.37 h in all; 213.37 h granted over the whole period.
  $ cp "$EXAMPLES/cases/2025-EQKSG/case.yaml" cases/2025-EQKSG/case.yaml

== Reading YAML files (lib/store/fields.cpp) ==

fields.cpp: not valid YAML [yaml], in a stored file and in a referral. The
stored file has an unclosed quote on line 4.

  $ sed -i 's/^name: .*/name: "Ida Lauridsen/' staff/ida-lauridsen.yaml
  $ pusterum check
  cases/2025-EQKSG/case.yaml:37:14: error: no staff member 'ida-lauridsen'; `pusterum staff list` shows who there is [unknown-staff]
  staff/ida-lauridsen.yaml:10:12: error: not valid YAML: end of map not found; fix the syntax at that place (indentation, quotes, a missing ':') [yaml]
  2 errors, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml
  $ printf 'child: [unclosed\n' > broken.yaml
  $ pusterum intake --file broken.yaml
  broken.yaml:2:1: error: not valid YAML: end of sequence flow not found; fix the syntax at that place (indentation, quotes, a missing ':') [yaml]
  [3]

fields.cpp: the file must be a map of keys, not empty / a list.

  $ : > staff/ida-lauridsen.yaml
  $ pusterum check
  cases/2025-EQKSG/case.yaml:37:14: error: no staff member 'ida-lauridsen'; `pusterum staff list` shows who there is [unknown-staff]
  staff/ida-lauridsen.yaml:1:1: error: the file must be a map of keys, not empty; write it as 'key: value' lines [schema]
  2 errors, 0 warnings in 80 files
  [1]
  $ printf -- '- just\n- a list\n' > staff/ida-lauridsen.yaml
  $ pusterum check
  cases/2025-EQKSG/case.yaml:37:14: error: no staff member 'ida-lauridsen'; `pusterum staff list` shows who there is [unknown-staff]
  staff/ida-lauridsen.yaml:1:1: error: the file must be a map of keys, not a list; write it as 'key: value' lines [schema]
  2 errors, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: KEY must be a map of keys, not a single value (a nested map, and an item of a list of maps).

  $ sed -i -e '/^borneattest:/,$d' staff/ida-lauridsen.yaml && printf 'borneattest: ok\n' >> staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:30:14: error: borneattest must be a map of keys, not a single value; write it as 'key: value' lines [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml
  $ sed -i -e '/^availability:/,/^borneattest:/{/^borneattest:/!d}' staff/ida-lauridsen.yaml && sed -i 's/^borneattest:/availability: [mon]\nborneattest:/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:20:16: error: availability[0] must be a map of keys, not a single value; write it as 'key: value' lines [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: KEY: expected a single value, found a list.

  $ sed -i 's/^name: .*/name: [Ida, Lauridsen]/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:4:7: error: name: expected a single value, found a list [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: KEY[i]: expected a single value, found a list (an item of a list of values).

  $ sed -i 's/^interests: .*/interests: [[horses], nature]/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:13:13: error: interests[0]: expected a single value, found a list [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: KEY: holds a value shaped like a CPR number [cpr-number], in a value and in a list item.

  $ sed -i -e 's/^phone: .*/phone: 010203-1234/' -e 's/^interests: .*/interests: [horses, "0102031234"]/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:5:8: error: phone: holds a value shaped like a CPR number; remove it: pusterum identifies people by internal ID and the municipality's case number [cpr-number]
  staff/ida-lauridsen.yaml:13:21: error: interests[1]: holds a value shaped like a CPR number; remove it: pusterum identifies people by internal ID and the municipality's case number [cpr-number]
  2 errors, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

A CPR-shaped key is not repeated in the unknown-key message: no message repeats a CPR-shaped number (diagnostics.cpp, main.cpp).

  $ printf '010203-1234: x\n' >> staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:34:1: error: unknown key '******-****'; remove it or fix its spelling [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: a line here reads as a key but is not one. A line of text that
lost its indentation is what the file says about a person, not a key, and is
not repeated.

  $ printf 'Bor i Viby: lejlighed\n' >> staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:34:1: error: a line here reads as a key but is not one; a line of text that lost its indentation or quotes? indent it under its field, or remove it [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: 'X' is read as a number or yes/no, not as text (a value and a list item).

  $ sed -i -e 's/^postcode: .*/postcode: 8680/' -e 's/^areas: .*/areas: [Skanderborg, yes]/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:10:11: error: postcode: '8680' is read as a number or yes/no, not as text; put it in double quotes: "8680" [schema]
  staff/ida-lauridsen.yaml:11:22: error: areas[1]: 'yes' is read as a number or yes/no, not as text; put it in double quotes: "yes" [schema]
  2 errors, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: KEY: is empty.

  $ sed -i 's/^name: .*/name: ""/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:4:7: error: name: is empty; give it a value [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: KEY is missing; add 'KEY:' with a value (a file) and give --FLAG (flags).

  $ sed -i '/^name: /d' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:3:1: error: name is missing; add 'name:' with a value [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml
  $ pusterum intake --initials A.B. --birth-year 2016 --place home --municipality Aarhus --case-number 1 --legal-basis "Barnets Lov § 90" --caseworker "Pia Holm" --coordinator "Mette Lund" --grant-unit hours_per_week --grant-quantity 4 --grant-start 2027-01-01
  --grant-end: error: grant.end is missing; give --grant-end [schema]
  [2]

fields.cpp: 'X' is not a whole number.

  $ sed -i 's/^  birth_year: 2015/  birth_year: "2015"/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:15:15: error: child.birth_year: '2015' is not a whole number; write digits only, without quotes [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

fields.cpp: N is outside MIN..MAX (a case, and the provider's contract).

  $ sed -i 's/^  birth_year: 2015/  birth_year: 1800/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:15:15: error: child.birth_year: 1800 is outside 1900..2200 [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml
  $ sed -i 's/^  report_interval_months: 3 /  report_interval_months: 13/' pusterum.yaml
  $ pusterum check
  pusterum.yaml:15:27: error: contract.report_interval_months: 13 is outside 1..12 [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/pusterum.yaml" pusterum.yaml

fields.cpp: 'X' is not a number.

  $ sed -i 's/^max_hours_per_week: .*/max_hours_per_week: lots/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:16:21: error: max_hours_per_week: 'lots' is not a number; write it like 7 or 3.5, without quotes [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: 'X' is not true or false.

  $ sed -i 's/^active: true/active: yes/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:8:9: error: active: 'yes' is not true or false; write true or false [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: 'X' is not a date.

  $ sed -i 's/^employment_start: .*/employment_start: 2020-1-15/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:9:19: error: employment_start: '2020-1-15' is not a date; write a real date as YYYY-MM-DD [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: 'X' is not a time of day.

  $ sed -i '0,/    from: "14:00"/s//    from: "25:00"/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:22:11: error: availability[0].from: '25:00' is not a time of day; write it as "HH:MM" in quotes [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: 'X' is not a valid name (a staff id, and a case's fixed_staff).

  $ sed -i 's/^id: .*/id: Ida Lauridsen/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:3:5: error: id: 'Ida Lauridsen' is not a valid name; use lowercase letters, digits and '-', starting with a letter or digit [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml
  $ sed -i 's/^fixed_staff: .*/fixed_staff: Maja K/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:36:14: error: fixed_staff: 'Maja K' is not a valid name; use lowercase letters, digits and '-', starting with a letter or digit [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

fields.cpp: KEY: expected a list, found a single value (a list of values, and a list of maps).

  $ sed -i -e 's/^competences: .*/competences: autism/' -e 's/^availability:/availability: mon\nold_availability:/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:12:14: error: competences: expected a list, found a single value; write it as [a, b] [schema]
  staff/ida-lauridsen.yaml:20:15: error: availability: expected a list, found a single value; write one '- ' item per entry [schema]
  staff/ida-lauridsen.yaml:21:1: error: unknown key 'old_availability'; did you mean 'availability'? [schema]
  3 errors, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: KEY[i]: 'X' is not a valid tag.

  $ sed -i 's/^competences: .*/competences: [Autism, adhd]/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:12:15: error: competences[0]: 'Autism' is not a valid tag; use lowercase letters, digits and '-', like personal-care or da [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: KEY: 'X' is not allowed, with a suggestion and without one.

  $ sed -i -e 's/^status: active/status: activ/' -e 's/^place: both/place: hjemme/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:4:9: error: status: 'activ' is not allowed; did you mean 'active'? (use one of: referred, matching, active, paused, closed) [schema]
  cases/2025-FR23R/case.yaml:24:8: error: place: 'hjemme' is not allowed; use one of: home, outings, both [schema]
  2 errors, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

fields.cpp: KEY: the key appears twice.

  $ printf 'phone: +45 11 22 33 44\n' >> staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:34:1: error: phone: the key appears twice; keep one of them [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

fields.cpp: unknown key 'X', with a suggestion and without one.

  $ printf 'emial: ida@example.dk\nfavourite_colour: blue\n' >> staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:34:1: error: unknown key 'emial'; did you mean 'email'? [schema]
  staff/ida-lauridsen.yaml:35:1: error: unknown key 'favourite_colour'; remove it or fix its spelling [schema]
  2 errors, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

== Entity fields (lib/store/read.cpp) ==

read.cpp: KEY[i]: 'X' is not a weekday.

  $ sed -i 's/^    days: \[tue, thu\]/    days: [tue, tors]/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:47:17: error: grant.terms.days[1]: 'tors' is not a weekday; use mon, tue, wed, thu, fri, sat or sun [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

read.cpp: KEY[i]: 'X' is not a time window.

  $ sed -i 's/^    windows: .*/    windows: ["15-19"]/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:48:15: error: grant.terms.windows[0]: '15-19' is not a time window; write it as "HH:MM-HH:MM" with the start first [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

read.cpp: quantity: has more than 2 decimals (the grant, and an amendment).

  $ sed -i -e 's/^  quantity: 5$/  quantity: 5.125/' -e 's/^      quantity: 7$/      quantity: 7.125/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:40:13: error: grant.quantity: has more than 2 decimals; municipalities grant in hours with at most 2 decimals [schema]
  cases/2025-FR23R/case.yaml:52:17: error: grant.amendments[0].quantity: has more than 2 decimals; municipalities grant in hours with at most 2 decimals [schema]
  2 errors, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

read.cpp: grant.quantity: must be more than 0.

  $ sed -i 's/^  quantity: 5$/  quantity: 0/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:40:13: error: grant.quantity: must be more than 0 [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

read.cpp: child.cpr: CPR numbers are turned off for this provider.

  $ sed -i 's/^  birth_year: 2015/  birth_year: 2015\n  cpr: 010203-1234/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:16:8: error: child.cpr: CPR numbers are turned off for this provider; remove it; set cpr_field: true in pusterum.yaml only if an agreement requires CPR numbers [cpr-number]
  1 error, 0 warnings in 80 files
  [1]

read.cpp: child.cpr: is not a CPR number (with cpr_field: true).

  $ sed -i -e 's/^  cpr: .*/  cpr: 0102034x21/' cases/2025-FR23R/case.yaml && sed -i 's/^cpr_field: false/cpr_field: true/' pusterum.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:16:8: error: child.cpr: is not a CPR number; write it as DDMMYY-SSSS [cpr-number]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml && cp "$EXAMPLES/pusterum.yaml" pusterum.yaml

read.cpp: KEY.to: ends before it starts (an availability slot).

  $ sed -i '0,/    to: "20:00"/s//    to: "13:00"/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:23:9: error: availability[0].to: ends before it starts; write an end after the start (24:00 for midnight) [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

read.cpp: borneattest.result: 'X' is not allowed; use ok or not-ok.

  $ sed -i 's/^  result: ok/  result: maybe/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:32:11: error: borneattest.result: 'maybe' is not allowed; use ok or not-ok [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

read.cpp: deactivated: is set but active is true.

  $ printf 'deactivated: 2026-11-01\n' >> staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:34:14: error: deactivated: is set but active is true; set active: false, or remove deactivated [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

read.cpp: special_days[i]: 'X' is not a day of the year.

  $ sed -i 's/^special_days: .*/special_days: ["06-05", "02-30"]/' pusterum.yaml
  $ pusterum check
  pusterum.yaml:21:25: error: special_days[1]: '02-30' is not a day of the year; write it as "MM-DD", like "12-24" [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/pusterum.yaml" pusterum.yaml

read.cpp: status_history: is missing.

  $ sed -i '/^status_history:/,/^child:/{/^child:/!d}' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:3:1: error: status_history: is missing; add the case's status changes, oldest first [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

read.cpp: rules.RULE: 'X' is not allowed (a severity).

  $ sed -i 's/^  unknown-sibling: block /  unknown-sibling: blok  /' pusterum.yaml
  $ pusterum check
  pusterum.yaml:58:20: error: rules.unknown-sibling: 'blok' is not allowed; did you mean 'block'? (use one of: off, warn, block) [schema]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/pusterum.yaml" pusterum.yaml

== The provider's rules (lib/app/check.cpp) [unknown-rule] ==

app/check.cpp: the rule 'X' always blocks and cannot be set.

  $ printf '  schema: warn\n' >> pusterum.yaml
  $ pusterum check
  pusterum.yaml:60:11: warning: the rule 'schema' always blocks and cannot be set; remove it from rules: [unknown-rule]
  0 errors, 1 warning in 80 files
  [1]
  $ cp "$EXAMPLES/pusterum.yaml" pusterum.yaml

app/check.cpp: there is no rule 'X', with a suggestion and without one.

  $ printf '  borneattest-expird: off\n  frobnicate: off\n' >> pusterum.yaml
  $ pusterum check
  pusterum.yaml:60:23: warning: there is no rule 'borneattest-expird'; did you mean 'borneattest-expired'? [unknown-rule]
  pusterum.yaml:61:15: warning: there is no rule 'frobnicate'; `pusterum check --rules` lists the rules [unknown-rule]
  0 errors, 2 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/pusterum.yaml" pusterum.yaml

== Business rules (lib/rules/entity_rules.cpp, lib/app/check.cpp) ==

[id-matches-path] 'X' is not a case ID; the id 'X' differs from the folder name 'Y'.

  $ sed -i 's/^id: .*/id: FR23R/' cases/2025-FR23R/case.yaml && sed -i 's/^id: .*/id: 2026-ZDSG4/' cases/2026-ZDSG3/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:3:5: error: 'FR23R' is not a case ID; case IDs look like 2026-K7M3Q [id-matches-path]
  cases/2026-ZDSG3/case.yaml:3:5: error: the id '2026-ZDSG4' differs from the folder name '2026-ZDSG3'; rename the folder or fix the id [id-matches-path]
  2 errors, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml && cp "$EXAMPLES/cases/2026-ZDSG3/case.yaml" cases/2026-ZDSG3/case.yaml

[id-matches-path] the id 'X' differs from the file name 'Y.yaml'.

  $ sed -i 's/^id: .*/id: ida-l/' staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:3:5: error: the id 'ida-l' differs from the file name 'ida-lauridsen.yaml'; rename the file or fix the id [id-matches-path]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

[status-history] the history starts with X, not referred; status is X but the last history entry is Y.

  $ sed -i 's/^    status: referred/    status: matching/' cases/2026-8VDW5/case.yaml
  $ pusterum check
  cases/2026-8VDW5/case.yaml:4:9: error: status is referred but the last history entry is matching; use `pusterum case close|reopen` to change the status [status-history]
  cases/2026-8VDW5/case.yaml:7:13: error: the history starts with matching, not referred; every case starts as referred at intake [status-history]
  2 errors, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2026-8VDW5/case.yaml" cases/2026-8VDW5/case.yaml

[status-history] DATE comes before the entry above it (DATE).

  $ sed -i 's/^  - date: 2025-12-09/  - date: 2025-12-01/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:8:11: error: 2025-12-01 comes before the entry above it (2025-12-08); keep the entries oldest first [status-history]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

[staffing-status] the case is active but has no fixed staff member.

  $ sed -i '/^fixed_staff: /d' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:4:9: error: the case is active but has no fixed staff member; assign one with `pusterum match CASE --assign STAFF` [staffing-status]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

[staffing-status] the case is referred but already has fixed staff.

  $ printf 'fixed_staff: ida-lauridsen\n' >> cases/2026-8VDW5/case.yaml
  $ pusterum check
  cases/2026-8VDW5/case.yaml:40:14: error: the case is referred but already has fixed staff; set the status to active, or remove fixed_staff [staffing-status]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2026-8VDW5/case.yaml" cases/2026-8VDW5/case.yaml

[unknown-staff] no staff member 'X' (fixed_staff, substitutes, do_not_match).

  $ sed -i -e 's/^fixed_staff: .*/fixed_staff: nobody/' -e 's/^substitutes: .*/substitutes: [ghost]/' cases/2025-FR23R/case.yaml && sed -i 's/^do_not_match: .*/do_not_match: [kasper-hol]/' cases/2026-ZDSG3/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:36:14: error: no staff member 'nobody'; `pusterum staff list` shows who there is [unknown-staff]
  cases/2025-FR23R/case.yaml:37:14: error: no staff member 'ghost'; `pusterum staff list` shows who there is [unknown-staff]
  cases/2026-ZDSG3/case.yaml:34:15: error: no staff member 'kasper-hol'; `pusterum staff list` shows who there is [unknown-staff]
  3 errors, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml && cp "$EXAMPLES/cases/2026-ZDSG3/case.yaml" cases/2026-ZDSG3/case.yaml

[unknown-sibling] no case 'X' (block, as pusterum.yaml sets it).

  $ sed -i 's/^siblings: .*/siblings: [2026-ZZZZZ]/' cases/2026-ZDSG3/case.yaml
  $ pusterum check
  cases/2026-ZDSG3/case.yaml:35:11: error: no case '2026-ZZZZZ'; give the sibling's case ID [unknown-sibling]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2026-ZDSG3/case.yaml" cases/2026-ZDSG3/case.yaml

[unknown-sibling] as a warning, intake prints it and goes on (exit 0).

  $ sed -i 's/^  unknown-sibling: block/  unknown-sibling: warn /' pusterum.yaml
  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" --sibling 2026-ZZZZZ
  --sibling: warning: no case '2026-ZZZZZ'; give the sibling's case ID [unknown-sibling]
  [0-9]{4}-[0-9A-HJKMNP-TV-Z]{5} (re)
  $ cp "$EXAMPLES/pusterum.yaml" pusterum.yaml && rm -r cases/2026-????? && cp -r "$EXAMPLES"/cases/2026-* cases/

[inactive-staff-assigned] fixed staff 'X' is deactivated.

  $ sed -i 's/^fixed_staff: .*/fixed_staff: emil-frandsen/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:36:14: error: fixed staff 'emil-frandsen' is deactivated; assign someone else with `pusterum match` [inactive-staff-assigned]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

[borneattest-expired] fixed staff 'X' has a børneattest that expired on DATE.

  $ sed -i 's/^fixed_staff: .*/fixed_staff: mikkel-thomsen/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:36:14: error: fixed staff 'mikkel-thomsen' has a børneattest that expired on 2025-10-01; record a new check with `pusterum staff edit mikkel-thomsen --borneattest-checked DATE` [borneattest-expired]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

[borneattest-expired] substitute 'X' has no valid børneattest (result not-ok).

  $ sed -i 's/^  result: ok/  result: not-ok/' staff/kasper-holm.yaml && sed -i 's/^substitutes: .*/substitutes: [kasper-holm]/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:37:14: error: substitute 'kasper-holm' has no valid børneattest; record a new check with `pusterum staff edit kasper-holm --borneattest-checked DATE` [borneattest-expired]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml && cp "$EXAMPLES/staff/kasper-holm.yaml" staff/kasper-holm.yaml

[duplicate-case-number] MUNICIPALITY case number N is also on case ID.

  $ sed -i 's/^municipality_case_number: .*/municipality_case_number: 27.24.12-A35-41-25/' cases/2026-BKSGB/case.yaml
  $ pusterum check
  cases/2026-BKSGB/case.yaml:27:27: warning: Aarhus case number 27.24.12-A35-41-25 is also on case 2025-FR23R; two referrals of one child? merge them, or correct the number [duplicate-case-number]
  0 errors, 1 warning in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2026-BKSGB/case.yaml" cases/2026-BKSGB/case.yaml

[municipality-spelling] the municipality 'X' is 'Y' (as on case ID) spelt another way.

  $ sed -i 's/^municipality: Aarhus$/municipality: aarhus kommune/' cases/2026-BKSGB/case.yaml
  $ pusterum check
  cases/2026-BKSGB/case.yaml:26:15: warning: the municipality 'aarhus kommune' is 'Aarhus' (as on case 2025-EQKSG) spelt another way; write it 'Aarhus': reports, billing and export show one spelling for both [municipality-spelling]
  0 errors, 1 warning in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2026-BKSGB/case.yaml" cases/2026-BKSGB/case.yaml

[grant-period] the grant ends (DATE) before it starts (DATE); the amendment from DATE lies outside the grant period.

  $ sed -i 's/^  end: 2026-12-31/  end: 2025-12-31/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:42:8: error: the grant ends (2025-12-31) before it starts (2026-01-01); check the dates in the municipality's decision [grant-period]
  cases/2025-FR23R/case.yaml:50:13: error: the amendment from 2026-06-01 lies outside the grant period 2026-01-01 to 2025-12-31; amend from a date inside the period [grant-period]
  2 errors, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

[grant-period] the amendment from DATE comes after a later one.

  $ printf '    - from: 2026-05-01\n      recorded: 2026-05-20\n      quantity: 6\n' >> cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:54:13: error: the amendment from 2026-05-01 comes after a later one; keep amendments in date order [grant-period]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

[grant-period] the amended quantity must be more than 0 (a file; case.t has the flag).

  $ sed -i 's/^      quantity: 7$/      quantity: 0/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:52:17: error: the amended quantity must be more than 0 [grant-period]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

[grant-period] the new total of N h is less than the N h granted before DATE.

  $ pusterum case amend EQKSG --from 2026-06-01 --quantity 50
  --quantity: error: the new total of 50.00 h is less than the 74.57 h granted before 2026-06-01; a whole-period total counts from the grant's start; give the new total for the whole period [grant-period]
  [1]

[grant-period] the amended end DATE is before the grant starts.

  $ sed -i 's/^      quantity: 7$/      end: 2025-06-30/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:50:13: error: the amendment from 2026-06-01 lies outside the grant period 2026-01-01 to 2025-06-30; amend from a date inside the period [grant-period]
  cases/2025-FR23R/case.yaml:52:12: error: the amended end 2025-06-30 is before the amendment's own start 2026-06-01; an amendment can end the grant early, but not before it takes effect [grant-period]
  2 errors, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

[grant-period] the amendment changes nothing (a file; the command refuses it earlier).

  $ sed -i '/^      quantity: 7$/d' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:50:5: error: the amendment changes nothing; give a new quantity, unit, end or terms [grant-period]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml

[staff-absences] the absence ends (DATE) before it starts (DATE).

  $ printf 'absences:\n  - from: 2026-07-20\n    to: 2026-07-06\n' >> staff/ida-lauridsen.yaml
  $ pusterum check
  staff/ida-lauridsen.yaml:36:9: error: the absence ends (2026-07-06) before it starts (2026-07-20) [staff-absences]
  1 error, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

An unknown ID on the command line exits 2, also when a rule names it; a file
problem behind a command exits 3.

  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" --do-not-match nobody
  --do-not-match: error: no staff member 'nobody'; `pusterum staff list` shows who there is [unknown-staff]
  [2]
  $ sed -i 's/^  result: ok/  result: maybe/' staff/ida-lauridsen.yaml
  $ pusterum staff show ida
  staff/ida-lauridsen.yaml:32:11: error: borneattest.result: 'maybe' is not allowed; use ok or not-ok [schema]
  [3]
  $ cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

== Commands (cli/*.cpp) ==

intake.cpp: intake cancelled; nothing was written (end of input at a question on a terminal).

  $ /usr/bin/python3 -c 'import os, pty, subprocess, sys; m, s = pty.openpty(); p = subprocess.Popen(["pusterum", "intake", "--initials", "A.B."], stdin=s, stderr=subprocess.STDOUT); os.close(s); os.write(m, b"\x04"); sys.exit(p.wait())'
  Year of birth: pusterum: error: intake cancelled; nothing was written
  [2]

init.cpp: DIR is already a provider folder.

  $ pusterum init .
  pusterum: error: . is already a provider folder; run `pusterum check` there, or choose another folder
  [2]

staff.cpp: nothing to change.

  $ pusterum staff edit ida
  pusterum: error: nothing to change; give the fields to change, e.g. --phone or --competence
  [2]

staff.cpp: note: ID is taken, so NAME is ID-2.

  $ pusterum staff add "Ida Lauridsen"
  ida-lauridsen-2
  note: ida-lauridsen is taken, so Ida Lauridsen is ida-lauridsen-2; is this a second person of that name?
  $ rm staff/ida-lauridsen-2.yaml

staff.cpp: ID still works on open cases.

  $ pusterum staff deactivate maja
  pusterum: error: maja-kristensen still works on open cases: 2025-FR23R; assign others with `pusterum match CASE --reassign` first, or pass --force
  [1]

staff.cpp: --date DATE is in the future.

  $ pusterum staff deactivate ida --date 2026-11-30
  pusterum: error: --date 2026-11-30 is in the future; deactivate on the last working day or later; until then the person still counts as active
  [2]

staff.cpp: ID is already deactivated.

  $ pusterum staff deactivate emil
  pusterum: error: emil-frandsen is already deactivated
  [1]

staff.cpp: a staff file with problems is skipped, its problems printed as warnings; the list still prints and exits 3.

  $ sed -i 's/^active: true/active: yes/' staff/ida-lauridsen.yaml
  $ pusterum staff list > /dev/null
  staff/ida-lauridsen.yaml:8:9: warning: active: 'yes' is not true or false; write true or false [schema]
  pusterum: error: 1 staff file could not be read; run `pusterum check`
  [3]

case.cpp: a case file with problems is skipped, its problems printed as warnings; N case file(s) could not be read.

  $ sed -i 's/^place: both/place: garden/' cases/2025-FR23R/case.yaml
  $ pusterum case list > /dev/null
  cases/2025-FR23R/case.yaml:24:8: warning: place: 'garden' is not allowed; use one of: home, outings, both [schema]
  pusterum: error: 1 case file could not be read; run `pusterum check`
  [3]
  $ cp "$EXAMPLES/cases/2025-FR23R/case.yaml" cases/2025-FR23R/case.yaml && cp "$EXAMPLES/staff/ida-lauridsen.yaml" staff/ida-lauridsen.yaml

case.cpp: the amendment changes nothing (the command, before any rule).

  $ pusterum case amend ZDSG3 --from 2026-12-01 --note "just a note"
  pusterum: error: the amendment changes nothing; give --quantity, --unit, --end or a term such as --overnight
  [2]

case.cpp: case ID is STATUS; `case X` does not apply.

  $ pusterum case close EQKSG
  pusterum: error: case 2025-EQKSG is closed; `case close` does not apply
  [1]
  $ pusterum case reopen FR23R
  pusterum: error: case 2025-FR23R is active; `case reopen` does not apply
  [1]
  $ pusterum case pause 8VDW5
  pusterum: error: case 2026-8VDW5 is referred; `case pause` does not apply
  [1]
  $ pusterum case resume FR23R
  pusterum: error: case 2025-FR23R is active; `case resume` does not apply
  [1]

case.cpp: --date DATE is before the case's last status change (DATE).

  $ pusterum case pause FR23R --date 2026-01-01
  pusterum: error: --date 2026-01-01 is before the case's last status change (2026-01-12); the history runs forward in time
  [2]

report/out_files.cpp: X and Y would both be written to FILE; nothing is written (report --out, report billing --out).

  $ sed -i 's/^municipality: Favrskov$/municipality: Lyngby-Taarbæk/' cases/2025-QVEHE/case.yaml
  $ sed -i 's/^municipality: Favrskov$/municipality: Lyngby Taarbæk/' cases/2025-YJN8S/case.yaml
  $ pusterum report --all --out ../same
  note: 2025-EQKSG: Statusteksten for perioden mangler; skriv den i cases/2025-EQKSG/status/2026-07-01.md
  note: 2025-YJN8S: Statusteksten for perioden mangler; skriv den i cases/2025-YJN8S/status/2026-07-01.md
  note: 2026-BKSGB: Statusteksten mangler: Ændringer i behov (cases/2026-BKSGB/status/2026-07-01.md)
  note: 2026-ZDSG3: Statusteksten for perioden mangler; skriv den i cases/2026-ZDSG3/status/2026-06-01.md
  pusterum: error: the summary of Lyngby Taarbæk and the summary of Lyngby-Taarbæk would both be written to ../same/lyngby-taarbaek/summary_2026-07-01_2026-09-30.txt; write the municipality one way in its case files, or report on the cases one at a time
  [3]
  $ pusterum report billing --period 2026 --out ../same
  pusterum: error: the billing of Lyngby Taarbæk and the billing of Lyngby-Taarbæk would both be written to ../same/lyngby-taarbaek/billing_2026-01-01_2026-12-31.txt; write the municipality one way in its case files, or bill one with --municipality
  [3]
  $ cp "$EXAMPLES/cases/2025-QVEHE/case.yaml" cases/2025-QVEHE/case.yaml && cp "$EXAMPLES/cases/2025-YJN8S/case.yaml" cases/2025-YJN8S/case.yaml

== Found by the bad-input corpus (tests/bad) ==

fields.cpp: not valid UTF-8 (yaml-cpp passes any bytes on, and JSON output
then failed with an internal error).

  $ printf 'name: S\xf8ren M\xf8lgaard\n' > name.txt && sed -i "4s/.*/$(cat name.txt)/" staff/soeren-moelgaard.yaml && rm name.txt
  $ pusterum staff show soeren --format json
  staff/soeren-moelgaard.yaml:4:8: error: not valid UTF-8: this byte is not part of a UTF-8 character; save the file as UTF-8 (it may have been saved as Latin-1 or Windows-1252) [yaml]
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
  cases/2025-FR23R/status/2026-07-01.md:23:19: error: not valid UTF-8: this byte is not part of a UTF-8 character; save the status text as UTF-8 (it may have been saved as Latin-1 or Windows-1252) [schema]
  [3]
  $ cp "$EXAMPLES/cases/2025-FR23R/status/2026-07-01.md" cases/2025-FR23R/status/2026-07-01.md

sent.cpp: sent.yaml not valid UTF-8; a line with a CPR-shaped number; a
value that is a list; an anchor (the guarded parser of every other file).
check reads sent.yaml and the status texts as report does.

  $ printf -- '- {from: 2026-07-01, to: 2026-09-30, sent: 2026-10-02, by: s\xf8ren}\n' >> cases/2025-FR23R/status/sent.yaml
  $ pusterum report --due
  cases/2025-FR23R/status/sent.yaml:5:61: error: not valid UTF-8: this byte is not part of a UTF-8 character; restore the file from git [schema]
  [3]
  $ cp "$EXAMPLES/cases/2025-FR23R/status/sent.yaml" cases/2025-FR23R/status/sent.yaml
  $ printf -- '- {from: 2026-07-01, to: 2026-09-30, sent: 2026-10-02, by: 010203-1234}\n- {from: 2026-07-01, to: 2026-09-30, sent: 2026-10-02, by: [a, b]}\n- {from: &d 2026-07-01, to: 2026-09-30, sent: *d}\n' >> cases/2025-FR23R/status/sent.yaml
  $ pusterum check
  cases/2025-FR23R/status/sent.yaml:5:56: error: by: holds a value shaped like a CPR number; remove it: pusterum identifies people by internal ID [cpr-number]
  cases/2025-FR23R/status/sent.yaml:6:56: error: by: expected a single value, found a list; restore the line from git [schema]
  cases/2025-FR23R/status/sent.yaml:7:10: error: not accepted YAML: anchors (&name) are not allowed in pusterum's files; restore the line from git [yaml]
  3 errors, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/status/sent.yaml" cases/2025-FR23R/status/sent.yaml

timesheet.cpp: a timesheet that is not valid UTF-8 (a spreadsheet's Latin-1
CSV was logged, and its line made the hours log unreadable).

  $ printf 'date,start,end,note\n2026-11-10,15:00,17:00,Tur til s\xf8en\n' > latin1.csv
  $ pusterum log-hours FR23 --import latin1.csv
  latin1.csv:2:33: error: not valid UTF-8: this byte is not part of a UTF-8 character; save the timesheet as "CSV UTF-8" in the spreadsheet [schema]
  [3]

log_file.cpp: an hours line with a CPR-shaped number; a time with an offset
the zone does not have then; a time in the hour the clocks skip.

  $ sed -i '5s/kind: visit,/kind: visit, note: cpr 0102031234,/' cases/2025-FR23R/hours/2026-11.yaml && sed -i '6s/15:00+01:00/15:00+02:00/' cases/2025-FR23R/hours/2026-11.yaml && sed -i '3s/2026-03-27T16:00+01:00/2026-03-29T02:30+01:00/' cases/2025-QVEHE/hours/2026-03.yaml
  $ pusterum check
  cases/2025-FR23R/hours/2026-11.yaml:5:35: error: note: holds a value shaped like a CPR number; remove it: pusterum identifies people by internal ID [cpr-number]
  cases/2025-FR23R/hours/2026-11.yaml:6:60: error: start: 2026-11-12 15:00 never has that UTC offset in Europe/Copenhagen; the offset then is +01:00; restore the line with `git checkout` [hours-log]
  cases/2025-QVEHE/hours/2026-03.yaml:3:59: error: start: 2026-03-29 02:30 does not exist in Europe/Copenhagen: the clocks skip that hour; summer time starts that night: at 02:00 the clocks go to 03:00, so give 03:00 or later [hours-log]
  3 errors, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/hours/2026-11.yaml" cases/2025-FR23R/hours/2026-11.yaml && cp "$EXAMPLES/cases/2025-QVEHE/hours/2026-03.yaml" cases/2025-QVEHE/hours/2026-03.yaml

app/check.cpp: an entry ID used twice, an entry in another month's file and
a void of an entry that is not there, each at its line.

  $ sed -i '5s/id: G01YGS/id: GGMAKE/; 6s/2026-11-12T/2026-10-28T/g; 10s/voids: Z8JC8Z/voids: Z8JC8Q/' cases/2025-FR23R/hours/2026-11.yaml
  $ pusterum check
  cases/2025-FR23R/hours/2026-11.yaml:5:1: error: the entry ID GGMAKE is used twice; void one of them and log it again [hours-log]
  cases/2025-FR23R/hours/2026-11.yaml:6:1: error: entry 34RRWM starts 2026-10-28 but is in the file for 2026-11; move the line to the file of the month it starts in [hours-log]
  cases/2025-FR23R/hours/2026-11.yaml:10:1: error: entry 9E9FP2 points at Z8JC8Q, which is not in the log; restore the missing entry from git [hours-log]
  3 errors, 0 warnings in 80 files
  [1]
  $ cp "$EXAMPLES/cases/2025-FR23R/hours/2026-11.yaml" cases/2025-FR23R/hours/2026-11.yaml

main.cpp: an argument that is not valid UTF-8.

  $ pusterum log-hours FR23 --date 2026-11-17 --start 15:00 --end 17:00 --staff louise --note "$(printf 'tur til s\xf8en')"
  pusterum: error: --note: the value is not valid UTF-8; give text in UTF-8 (set the terminal or the script to UTF-8)
  [2]

export.cpp: no case belongs to the municipality 'X' (the export was empty, as if nothing had been delivered).

  $ pusterum export --format timeclock --municipality Arhus
  pusterum: error: no case belongs to the municipality 'Arhus'; did you mean 'Aarhus'?
  [2]

report.cpp: `report billing` and `report overview` take none of report's own options (they were ignored).

  $ pusterum report billing fr23
  pusterum: error: `report billing` takes no CASE; it belongs to `pusterum report`; see `pusterum report billing --help`
  [2]
  $ pusterum report --due overview
  pusterum: error: `report overview` takes no --due; it belongs to `pusterum report`; see `pusterum report overview --help`
  [2]

match.cpp: 'X' is not a number above 0 (CLI11's message named a range of 300 digits).

  $ pusterum match 6wpxb --top 0
  pusterum: error: --top: '0' is not a number above 0; see `pusterum match --help`
  [2]

CLI11: a flag and its --no- form at once (the last one won).

  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" --overnight --no-overnight
  pusterum: error: --overnight excludes --no-overnight; see `pusterum intake --help`
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
