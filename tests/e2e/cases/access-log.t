The access log: every command that reads or changes a case appends who, when,
which command and which case (never the data, never the arguments) to
.pusterum/access/YYYY-MM.log, and `pusterum access-log CASE` lists them. The
time of day is the real one, so it is masked here; so is the user.

Nothing is logged yet.

  $ pusterum access-log FR23
  Der er ikke logget nogen adgange til sag 2025-FR23R.

Reading a case, logging hours, a refused entry (it still read the case), the
plan, a report.

  $ pusterum case show FR23 > /dev/null
  $ pusterum log-hours FR23 --date 2026-11-20 --start 15:00 --end 17:30 --note "Lektier og Minecraft" > /dev/null 2>&1
  $ pusterum log-hours FR23 --date 2026-11-24 --start 15:00 --end 17:00
  --end: fejl: registreringen slutter 2026-11-24T17:00+01:00, hvilket ligger i fremtiden; registrér det leverede, når det har fundet sted [future-entry]
  [1]
  $ pusterum schedule FR23 > /dev/null
  $ pusterum schedule FR23 add "2026-12-05 10:00-14:00" > /dev/null 2>&1
  $ pusterum report FR23 > /dev/null

Listing cases reads every case, so every case gets a line.

  $ pusterum case list --all > /dev/null

The access log of the case, in the order of the commands.

  $ pusterum access-log FR23
  TIDSPUNKT +BRUGER +KOMMANDO (re)
  2026-11-22T\d\d:\d\d:\d\d\+0[12]:00  \S+ +case show (re)
  2026-11-22T\d\d:\d\d:\d\d\+0[12]:00  \S+ +log-hours (re)
  2026-11-22T\d\d:\d\d:\d\d\+0[12]:00  \S+ +log-hours (re)
  2026-11-22T\d\d:\d\d:\d\d\+0[12]:00  \S+ +schedule (re)
  2026-11-22T\d\d:\d\d:\d\d\+0[12]:00  \S+ +schedule add (re)
  2026-11-22T\d\d:\d\d:\d\d\+0[12]:00  \S+ +report (re)
  2026-11-22T\d\d:\d\d:\d\d\+0[12]:00  \S+ +case list (re)
  $ pusterum access-log 2025-FR23R --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["case"], d["from"], len(d["accesses"]), sorted({a["user"] == sys.argv[1] for a in d["accesses"]}))' "$(id -un)"
  2025-FR23R None 7 [True]

A case that was only listed: the accesses to FR23 are not its.

  $ pusterum access-log 6WPXB
  TIDSPUNKT +BRUGER +KOMMANDO (re)
  2026-11-22T\d\d:\d\d:\d\d\+0[12]:00  \S+ +case list (re)

What a command reads, it logs: log-hours reads who worked when in every case
(from the staff index, when that is up to date) to refuse one person in two places, schedule add every plan for the staff's other
visits; so a case with hours and a plan has those accesses too (never
schedule, report or case show of FR23).

  $ pusterum access-log QVEHE
  TIDSPUNKT +BRUGER +KOMMANDO (re)
  2026-11-22T\d\d:\d\d:\d\d\+0[12]:00  \S+ +log-hours (re)
  2026-11-22T\d\d:\d\d:\d\d\+0[12]:00  \S+ +log-hours (re)
  2026-11-22T\d\d:\d\d:\d\d\+0[12]:00  \S+ +schedule add (re)
  2026-11-22T\d\d:\d\d:\d\d\+0[12]:00  \S+ +case list (re)

A span of days.

  $ pusterum access-log FR23 --from 2026-11-01 --to 2026-11-21
  Der er ikke logget nogen adgange til sag 2025-FR23R fra 2026-11-01 til 2026-11-21.
  $ pusterum access-log FR23 --from 2026-11-23 --to 2026-11-01
  pusterum: fejl: --to 2026-11-01 ligger før --from 2026-11-23; angiv --from først og derefter en senere --to
  [2]

The log is one line per case per command: time, user, command, case, tab
separated; no note, no times of visits, no arguments. It is readable by the
owner only.

  $ cut -f3,4 .pusterum/access/2026-11.log | grep -c 2025-FR23R
  7
  $ wc -l < .pusterum/access/2026-11.log
  26
  $ cut -f3,4 .pusterum/access/2026-11.log | sort | uniq -c | sort -k2 | head -3
        1 case list	2025-EQKSG
        1 case list	2025-FR23R
        1 case list	2025-QVEHE
  $ grep -c -e Lektier -e 10:00-14:00 -e 2026-12-05 .pusterum/access/2026-11.log
  0
  [1]
  $ stat -c %a .pusterum/access .pusterum/access/2026-11.log
  700
  600

Listing the log is not an access to the case; check is, and it does not trip
over the log's folder.

  $ pusterum check
  ok: 80 filer, ingen problemer
  $ cut -f3 .pusterum/access/2026-11.log | sort | uniq -c | sort -k2
        8 case list
        1 case show
        8 check
       10 log-hours
        1 report
        1 schedule
        5 schedule add

A new case is logged by the command that took it in.

  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" > ../new-id && pusterum access-log "$(cat ../new-id)" | tail -1
  2026-11-22T\d\d:\d\d:\d\d\+0[12]:00  \S+ +intake (re)

The log never goes into git: not with the examples' .gitignore, and not in a
tree made by `init --git` with git.autocommit.

  $ git init -q . && git add -A && git ls-files .pusterum
  .pusterum/schemas
  $ git config --global user.name "Mette Lund" && git config --global user.email mette@example.invalid && git config --global init.defaultBranch main
  $ pusterum init --git ../fresh > /dev/null 2>&1 && cd ../fresh && pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" > /dev/null 2>&1 && ls .pusterum/access && git status --porcelain && git ls-files | grep -c access
  2026-11.log
  0
  [1]
