Every delivered session as ledger/hledger timeclock entries: the case as account, the staff member as payee, times in UTC.

  $ pusterum export --format timeclock --from 2026-10-01 --to 2026-10-31 --municipality favrskov
  ; Written by pusterum export --format timeclock: delivered visits, overnight stays and meetings.
  ; times are UTC, so ledger's and hledger's durations are the real elapsed hours, also across DST changes.
  ; account = the case (cases:MUNICIPALITY:CASE), payee = the staff member.
  i 2026-10-23 14:00:00 cases:Favrskov:2025-QVEHE  nanna-skov
  o 2026-10-25 15:00:00
  i 2026-10-04 08:00:00 cases:Favrskov:2025-YJN8S  soeren-moelgaard
  o 2026-10-04 11:00:00
  i 2026-10-11 08:00:00 cases:Favrskov:2025-YJN8S  soeren-moelgaard
  o 2026-10-11 11:00:00
  i 2026-10-18 08:00:00 cases:Favrskov:2025-YJN8S  soeren-moelgaard
  o 2026-10-18 11:00:00

The overnight stay of QVEHE from Friday 23 October 16:00 to Sunday 25 October 16:00 crosses the end of summer time: 49 hours, in UTC as in pusterum.

  $ pusterum export --format timeclock --from 2026-10-23 --to 2026-10-23 | grep -A1 QVEHE
  i 2026-10-23 14:00:00 cases:Favrskov:2025-QVEHE  nanna-skov
  o 2026-10-25 15:00:00
  $ pusterum export --format timeclock | TZ=UTC awk '/^i / { d = $2 " " $3; gsub(/[-:]/, " ", d); s = mktime(d); a = $4 } /^o / { d = $2 " " $3; gsub(/[-:]/, " ", d); h[a] += (mktime(d) - s) / 3600 } END { for (a in h) print a, h[a] " h" }' | sort
  cases:Aarhus:2025-EQKSG 108.5 h
  cases:Aarhus:2025-FR23R 253.5 h
  cases:Aarhus:2026-BKSGB 121 h
  cases:Favrskov:2025-QVEHE 480 h
  cases:Favrskov:2025-YJN8S 117 h
  cases:Skanderborg:2026-ZDSG3 136.5 h

A voided entry is no session, and a cancelled visit is none either: on 19 November FR23R has Maja's visit only (Fatima's was voided).

  $ pusterum export --format timeclock --from 2026-11-19 --to 2026-11-19 --municipality Aarhus
  ; Written by pusterum export --format timeclock: delivered visits, overnight stays and meetings.
  ; times are UTC, so ledger's and hledger's durations are the real elapsed hours, also across DST changes.
  ; account = the case (cases:MUNICIPALITY:CASE), payee = the staff member.
  i 2026-11-19 14:00:00 cases:Aarhus:2025-FR23R  maja-kristensen
  o 2026-11-19 17:30:00
  $ grep -c 'kind: cancelled' cases/*/hours/*.yaml | awk -F: '{ s += $2 } END { print s, "cancelled entries in the logs" }'
  21 cancelled entries in the logs
  $ pusterum export --format timeclock | grep -c '^i '
  262
  $ pusterum export --format timeclock | grep -c '^o '
  262

The hours per case are the ones the billing basis counts (visits, overnight stays and meetings) for the same days.

  $ pusterum report billing --from 2026-01-01 --to 2026-12-31 --format json | python3 -c 'import json, sys; [print("cases:%s:%s" % (m["name"], c["id"]), sum(c["hours"][k]["total"] for k in ("visit", "overnight", "meeting")), "h") for m in json.load(sys.stdin)["municipalities"] for c in m["cases"]]'
  cases:Aarhus:2025-EQKSG 108.5 h
  cases:Aarhus:2025-FR23R 253.5 h
  cases:Aarhus:2026-BKSGB 121.0 h
  cases:Favrskov:2025-QVEHE 480.0 h
  cases:Favrskov:2025-YJN8S 117.0 h
  cases:Skanderborg:2026-ZDSG3 136.5 h

Mistakes are refused before anything is read.

  $ pusterum export --format timeclock --from 2026-11-01 --to 2026-10-01
  pusterum: fejl: --to 2026-10-01 ligger før --from 2026-11-01; angiv en --to på eller efter --from
  [2]
  $ pusterum export --format json
  pusterum: fejl: --format: 'json' er ikke en af {timeclock}; se `pusterum export --help`
  [2]
  $ pusterum export --from 2026-11-01
  pusterum: fejl: --format skal angives; se `pusterum export --help`
  [2]
  $ pusterum export --format timeclock --from 2026-13-01
  pusterum: fejl: --from '2026-13-01' er ikke en dato; skriv en gyldig dato som YYYY-MM-DD eller DD-MM-YYYY
  [2]
