What the status report to the caseworker says (issue 21, points 1, 4, 5, 6).

A document, not a dump: the provider with address, phone and CVR, the
coordinator with contact details, when help started, and no "Sendt" line
before the report is sent.

  $ pusterum report fr23 | sed -n '1,/^Udarbejdet/p'
  Status til sagsbehandler — O.H., 1. juli 2026 – 30. september 2026
  Leverandør            Solsikken Aflastning ApS, Solsikkevej 4, 8000 Aarhus C, +45 86 12 34 56, kontakt@solsikken.example.dk, CVR 12345678
  Kommune               Aarhus
  Sagsbehandler         Trine Vestergaard, trine.vestergaard@example.dk, +45 87 13 52 41
  Kommunens sagsnummer  27.24.12-A35-41-25
  Lovgrundlag           Barnets Lov § 90
  Barnet                O.H. (vores sag 2025-FR23R)
  Familiekoordinator    Mette Lund, mette.lund@solsikken.example.dk, +45 86 12 34 57
  Hjælpen startede      opstartsmøde 12. januar 2026; første besøg 13. januar 2026
  Periode               1. juli 2026 – 30. september 2026
  Bevilling             5 timer om ugen; fra 1. juni 2026: 7 timer om ugen
  Bevillingsperiode     1. januar 2026 – 31. december 2026
  Udarbejdet            22. november 2026

  $ pusterum report fr23 --lang en | grep -E '^(Provider|Family coordinator|Help started|Sent)'
  Provider                    Solsikken Aflastning ApS, Solsikkevej 4, 8000 Aarhus C, +45 86 12 34 56, kontakt@solsikken.example.dk, CVR 12345678
  Family coordinator          Mette Lund, mette.lund@solsikken.example.dk, +45 86 12 34 57
  Help started                start-up meeting 12 January 2026; first visit 13 January 2026

Once it is marked sent, the day it was sent is in it.

  $ pusterum report --mark-sent fr23 --date 2026-11-20
  Rapporten om 2025-FR23R for 2026-07-01 to 2026-09-30 er markeret som sendt den 2026-11-20.
  $ pusterum report fr23 | grep '^Sendt'
  Sendt                 20. november 2026

What is meant for the coordinator is not in the document: a missing status
text is a note on stderr, a `notes` entry in JSON, and a section of --draft.

  $ pusterum report zdsg3 2>/dev/null | grep -c 'status/2026'
  0
  [1]
  $ pusterum report zdsg3 2>&1 >/dev/null
  note: 2026-ZDSG3: Statusteksten for perioden mangler; skriv den i cases/2026-ZDSG3/status/2026-06-01.md

  $ pusterum report zdsg3 --format json | jq -c '.reports[0].notes'
  [{"code":"status_text_missing","message":"The status text for the period is missing; write it in cases/2026-ZDSG3/status/2026-06-01.md"}]

  $ pusterum report zdsg3 --draft | head -1
  KLADDE — Status til sagsbehandler — L.M., 1. juni 2026 – 31. august 2026

  $ pusterum report zdsg3 --draft --lang en | sed -n '/^Notes for the coordinator/,$p'
  Notes for the coordinator (draft, not for sending)
  --------------------------------------------------
  ! The status text for the period is missing; write it in cases/2026-ZDSG3/status/2026-06-01.md


Grants in their own unit: the døgn grant (24 døgn a year) is reported in
døgn with the hours beside them, and counts its stays; the October stay over
the change of the clocks is 49 hours and 2 døgn.

  $ pusterum report qvehe --period 2026-10 | sed -n '/^Døgn/,/^Art/p'
  note: 2025-QVEHE: Statusteksten for perioden mangler; skriv den i cases/2025-QVEHE/status/2026-10-01.md
  Døgn
  ----
                                             Bevilget                   Brugt                   Tilbage
  I perioden                                 2,04 døgn (48,92 timer)    2,00 døgn (49 timer)    0,04 døgn (-0,08 timer)
  Fra bevillingens start til periodens slut  19,99 døgn (479,74 timer)  20,00 døgn (480 timer)  -0,01 døgn (-0,26 timer)
  Hele bevillingsperioden                    24,00 døgn (576 timer)     20,00 døgn (480 timer)  4,00 døgn (96 timer)

  Ophold i perioden  1
  Ophold til dato    10
  Art            I perioden  Til dato

  $ pusterum report qvehe --period 2026-10 | grep '^Bevillingen er i døgn'
  note: 2025-QVEHE: Statusteksten for perioden mangler; skriv den i cases/2025-QVEHE/status/2026-10-01.md
  Bevillingen er i døgn. Et døgn er fra kl. 12 til kl. 12 næste dag, også når

  $ pusterum report qvehe --period 2026-10 --lang en | grep -E '^(Stays|The grant is in døgn)'
  note: 2025-QVEHE: The status text for the period is missing; write it in cases/2025-QVEHE/status/2026-10-01.md
  Stays in the period  1
  Stays to date        10
  The grant is in døgn. A døgn runs from noon to noon the next day, also when

  $ pusterum report qvehe --period 2026-10 --format json | jq -c '.reports[0].dogn'
  {"period":{"granted":2.04,"used":2,"left":0.04},"to_date":{"granted":19.99,"used":20,"left":-0.01},"whole_grant":{"granted":24,"used":20,"left":4},"stays":{"period":1,"to_date":10}}

An hours-per-period grant says so.

  $ pusterum report eqksg | grep '^Bevillingen er'
  note: 2025-EQKSG: Statusteksten for perioden mangler; skriv den i cases/2025-EQKSG/status/2026-07-01.md
  Bevillingen er et antal timer for hele perioden; de fordeles jævnt over


An honest forecast: a case matched late, with a plan of 3 hours a week, is
forecast from its plan and the hours since help started, not from the
grant's first day (before, 3 hours in the 21 days from 1 November were a
pace of 1 hour a week: "langt under bevillingen (33 %)").

  $ pusterum match 2026-6W --assign louise-bach --date 2026-11-18
  Case 2026-6WPXB: louise-bach is fixed staff from 2026-11-18; the case is now active.
  $ pusterum schedule 2026-6W add "every wed 15:00-18:00" --from 2026-11-18 > /dev/null 2>&1
  $ pusterum log-hours 2026-6W --date 2026-11-18 --start 15:00 --end 18:00 > /dev/null 2>&1
  $ pusterum report 2026-6W --from 2026-11-01 --to 2026-11-21 | sed -n '/^Prognose/,/^Forbruget/p'
  note: 2026-6WPXB: Statusteksten for perioden mangler; skriv den i cases/2026-6WPXB/status/2026-11-01.md
  Prognose
  --------
  Forbrug pr. uge siden 18. november 2026  5,25 timer
  Planlagt efter 21. november 2026         147 timer
  Forventet forbrug ved bevillingens slut  150 timer af 156,43 timer
  Prognosen bygger på de timer, der er brugt, og vagtplanen for resten af
  bevillingsperioden.

  Forbruget følger bevillingen (96 %).



  $ pusterum report 2026-6W --from 2026-11-01 --to 2026-11-21 --format json | jq -c '.reports[0].forecast | {basis, pace_from, pace}'
  {"basis":"plan","pace_from":"2026-11-18","pace":"on_track"}

Without the plan it goes by the pace since help started, and says so.

  $ rm cases/2026-6WPXB/schedule.yaml
  $ pusterum report 2026-6W --from 2026-11-01 --to 2026-11-21 --lang en | sed -n '/^Forecast/,/^!/p'
  note: 2026-6WPXB: The status text for the period is missing; write it in cases/2026-6WPXB/status/2026-11-01.md
  Forecast
  --------
  Used per week since 18 November 2026  5.25 hours
  Expected use by the grant's end       261 hours of 156.43 hours
  The case has no shift plan; the forecast is the pace since help started.

  ! At the current pace the case is heading over the grant (167 %)


km only where driving was granted on that day: after driving ends on
4 November, the report counts the km billing bills, and the km left out are
a note.

  $ pusterum case amend zdsg3 --from 2026-11-04 --no-driving --note "Kørsel udgår" > /dev/null 2>&1
  $ pusterum report billing --period 2026-11 --municipality Skanderborg --format json | jq -c '.municipalities[0].cases[] | select(.id == "2026-ZDSG3") | .km'
  {"driven":72,"billed":14}

  $ pusterum report zdsg3 --period 2026-11 2>&1 | grep -E '^(note:.*km|Kilometer|Beløb)'
  note: 2026-ZDSG3: 58 km faldt på dage, hvor bevillingen ikke dækker kørsel, og er ikke med (som i afregningen)
  Kilometer  14 km
  Beløb      53,34 kr.



  $ pusterum report zdsg3 --period 2026-11 --format json | jq -c '.reports[0].driving'
  {"km":14,"km_not_granted":58,"amount":53.34,"cap_per_month":120,"rate_missing":false}

