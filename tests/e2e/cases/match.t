Who can take C.M.'s case, best first, with the reasons and the points.
Mikkel Thomsen's børneattest expired in 2025: he is never a candidate.

  $ pusterum match 6wpxb
  2026-6WPXB (C.M., Skanderborg), matching: 3 t om ugen fra 2026-11-22, mon, wed, sat 14:00-19:00
  3 candidates, 7 staff excluded (--show-excluded lists them)

   1. louise-bach (Louise Bach): 196 point
      experience with autism; knows the family: afløser på søskendesag 2026-ZDSG3 +50; shares interests: lego +10; also knows: anxiety +6; speaks da +5; lives in the family's postcode 8660 +15; free Mon 14–19, Wed 14–19, Sat 14–16; 20 af 20 t om ugen ledige +10; meets every rule +100

   2. jonas-berg (Jonas Berg): 194 point
      experience with autism; knows the family: fast medarbejder på søskendesag 2026-ZDSG3 +50; shares interests: lego +10; also knows: anxiety +6; speaks da +5; lives in the family's postcode 8660 +15; free Mon 15–19, Wed 15–19, Sat 14–18; 26 af 30 t om ugen ledige +8; meets every rule +100

   3. ida-lauridsen (Ida Lauridsen): 131 point
      experience with autism; personality as wished: calm +8; speaks da +5; bor i nærheden (8680, familien 8660) +8; free Mon 14–19, Wed 14–19; 25 af 25 t om ugen ledige +10; børneattest skal fornyes senest 2026-12-04; meets every rule +100
  $ pusterum match 6wpxb | grep -c mikkel
  0
  [1]

--show-excluded lists everyone else, with every rule that excludes them.

  $ pusterum match 6wpxb --show-excluded | sed -n '/^Excluded/,$p'
  Excluded
      emil-frandsen (Emil Frandsen): deaktiveret den 2026-06-30 [active]; lacks autism [competences]; arbejder ikke i Skanderborg (arbejder i Favrskov) [area]
      fatima-ali (Fatima Ali): arbejder ikke i Skanderborg (arbejder i Aarhus) [area]
      kasper-holm (Kasper Holm): lacks autism [competences]; ikke ledig på de bevilgede tidspunkter, sagen kræver 3 t om ugen [availability]
      maja-kristensen (Maja Kristensen): arbejder ikke i Skanderborg (arbejder i Aarhus, Favrskov) [area]
      mikkel-thomsen (Mikkel Thomsen): børneattest udløb den 2025-10-01 (kontrolleret 2023-10-02, fornyes hver 24. måned) [borneattest]; lacks autism [competences]; arbejder ikke i Skanderborg (arbejder i Aarhus) [area]; ikke ledig på de bevilgede tidspunkter, sagen kræver 3 t om ugen [availability]
      nanna-skov (Nanna Skov): arbejder ikke i Skanderborg (arbejder i Favrskov, Aarhus) [area]
      soeren-moelgaard (Søren Mølgaard): lacks autism [competences]; arbejder ikke i Skanderborg (arbejder i Favrskov, Aarhus) [area]
  $ pusterum match 8vdw5 --top 1 --format json | sed -n '1,9p;/candidates/,/reasons/p'
  {
    "case": {
      "id": "2026-8VDW5",
      "status": "referred",
      "child_initials": "N.P.",
      "municipality": "Skanderborg",
      "start": "2026-12-01",
      "weekly_hours": 6,
      "fixed_staff": null
    "candidates_total": 3,
    "candidates": [
      {
        "rank": 1,
        "staff": "ida-lauridsen",
        "name": "Ida Lauridsen",
        "score": 158,
        "free_hours_per_week": 25,
        "reasons": [

The joint proposal for every case waiting for a match, with the solver's status.

  $ pusterum match --open
  2 cases venter på et match pr. 2026-11-22: 2 matchet, 0 tilbage, 354 point i alt

  2026-6WPXB (C.M., Skanderborg), matching: 3 t om ugen fra 2026-11-22, mon, wed, sat 14:00-19:00
      louise-bach (Louise Bach): 196 point
      experience with autism; knows the family: afløser på søskendesag 2026-ZDSG3 +50; shares interests: lego +10; also knows: anxiety +6; speaks da +5; lives in the family's postcode 8660 +15; free Mon 14–19, Wed 14–19, Sat 14–16; 20 af 20 t om ugen ledige +10; meets every rule +100

  2026-8VDW5 (N.P., Skanderborg), referred: 6 t om ugen fra 2026-12-01, any day 14:00-19:00
      ida-lauridsen (Ida Lauridsen): 158 point
      experience with autism; shares interests: horses +10; personality as wished: calm +8; speaks da +5; female, as the family prefers +10; lives in the family's postcode 8680 +15; free Mon 14–19, Wed 14–19, Fri 14–19; 25 af 25 t om ugen ledige +10; børneattest skal fornyes senest 2026-12-04; meets every rule +100

  Løser: 2 groups of cases (2 single cases afgjort direkte): optimal.
  Intet blev registreret: angiv --apply for at registrere forslaget.
  $ pusterum match --open --format json 2>/dev/null | grep -E '^  "(waiting|matched|total_score|status|bound|groups|applied)"'
    "waiting": 2,
    "matched": 2,
    "total_score": 354,
    "status": "optimal",
    "bound": 354,
    "groups": 2,
    "applied": false

Bad command lines change nothing.

  $ pusterum match
  pusterum: fejl: angiv en CASE, eller --open for alle sager, der venter på et match
  [2]
  $ pusterum match 2026 --assign louise
  pusterum: fejl: '2026' matcher 4 sager: 2026-6WPXB, 2026-8VDW5, 2026-BKSGB, 2026-ZDSG3; skriv mere af ID'et
  [2]
  $ pusterum match 6wpxb --assign nobody
  pusterum: fejl: ingen medarbejder matcher 'nobody'; `pusterum staff list` viser dem
  [2]
  $ pusterum match 6wpxb --assign louise --reason "Kender familien"
  pusterum: fejl: --reason requires --force; se `pusterum match --help`
  [2]
  $ pusterum match 6wpxb --assign mikkel --force
  pusterum: fejl: --force requires --reason; se `pusterum match --help`
  [2]
  $ pusterum match --open --assign louise
  pusterum: fejl: --assign requires CASE; se `pusterum match --help`
  [2]
  $ pusterum match 6wpxb --apply
  pusterum: fejl: --apply requires --open; se `pusterum match --help`
  [2]
  $ pusterum match 6wpxb --assign louise --format json
  pusterum: fejl: --format gælder for lister, ikke for --assign; udelad --format
  [2]
  $ pusterum match 6wpxb --assign louise --substitute louise
  pusterum: fejl: --substitute louise: louise-bach er angivet to gange; angiv hver person én gang, og ikke den faste medarbejder som afløser
  [2]
  $ pusterum match 6wpxb --assign louise --date 2026-10-01
  pusterum: fejl: --date 2026-10-01 ligger før sagens seneste statusændring (2026-11-02); historikken skal gå fremad i tid
  [2]

A staffing that breaks a match rule is refused, naming each rule; --force
needs a reason, and never overrides a rule `pusterum check` blocks on.

  $ pusterum match 6wpxb --assign mikkel
  pusterum: fejl: the staffing breaks match rules: mikkel-thomsen: børneattest udløb den 2025-10-01 (kontrolleret 2023-10-02, fornyes hver 24. måned) [borneattest]; lacks autism [competences]; arbejder ikke i Skanderborg (arbejder i Aarhus) [area]; ikke ledig på de bevilgede tidspunkter, sagen kræver 3 t om ugen [availability]; angiv --force med --reason TEXT for at registrere det alligevel
  [1]
  $ pusterum match 6wpxb --assign mikkel --force --reason "Familien kender ham"
  --assign: fejl: fixed staff 'mikkel-thomsen' har en børneattest, der udløb den 2025-10-01; registrer en ny kontrol med `pusterum staff edit mikkel-thomsen --borneattest-checked DATE` [borneattest-expired]
  [1]
  $ pusterum match 6wpxb --assign louise --substitute kasper
  pusterum: fejl: the staffing breaks match rules: substitute kasper-holm: lacks autism [competences]; angiv --force med --reason TEXT for at registrere det alligevel
  [1]

Assigning records the staff, a dated staffing history and the new status.

  $ pusterum match 6wpxb --assign louise --substitute jonas
  Case 2026-6WPXB: louise-bach is fixed staff from 2026-11-22, substitutes jonas-berg; the case is now active.
  $ diff -u "$EXAMPLES/cases/2026-6WPXB/case.yaml" cases/2026-6WPXB/case.yaml | tail -n +3
  @@ -1,13 +1,15 @@
   # yaml-language-server: $schema=../../.pusterum/schemas/case.schema.json
   # Written by pusterum: change it with `pusterum case amend|close|reopen` and `pusterum match`. Comments are not kept.
   id: 2026-6WPXB
  -status: matching
  +status: active
   status_history:
     - date: 2026-10-26
       status: referred
     - date: 2026-11-02
       status: matching
       note: Helst en medarbejder, familien allerede kender
  +  - date: 2026-11-22
  +    status: active
   child:
     initials: C.M.
     birth_year: 2017
  @@ -30,6 +32,12 @@
     email: rasmus.oestergaard@example.dk
   coordinator: Henrik Bak
   siblings: [2026-ZDSG3]
  +fixed_staff: louise-bach
  +substitutes: [jonas-berg]
  +staffing_history:
  +  - date: 2026-11-22
  +    fixed: louise-bach
  +    substitutes: [jonas-berg]
   grant:
     unit: hours_per_week
     quantity: 3
  $ pusterum check
  ok: 80 filer, ingen problemer

A case that has fixed staff needs --reassign; the earlier staff stay in the
history, and the family now knows them.

  $ pusterum match 6wpxb --assign ida
  pusterum: fejl: sag 2026-6WPXB har allerede en fast medarbejder: louise-bach; angiv --reassign for at udskifte vedkommende
  [1]
  $ pusterum match 6wpxb --assign ida --reassign --date 2026-11-29
  Case 2026-6WPXB: ida-lauridsen is fixed staff from 2026-11-29, substitutes jonas-berg.
  $ tail -n +33 cases/2026-6WPXB/case.yaml | head -9
  coordinator: Henrik Bak
  siblings: [2026-ZDSG3]
  fixed_staff: ida-lauridsen
  substitutes: [jonas-berg]
  staffing_history:
    - date: 2026-11-22
      fixed: louise-bach
      substitutes: [jonas-berg]
    - date: 2026-11-29
  $ pusterum match 6wpxb | grep -A1 louise
   1. louise-bach (Louise Bach): 196 point
      experience with autism; knows the family: fast medarbejder på denne sag fra 2026-11-22 +50; shares interests: lego +10; also knows: anxiety +6; speaks da +5; lives in the family's postcode 8660 +15; free Mon 14–19, Wed 14–19, Sat 14–16; 20 af 20 t om ugen ledige +10; meets every rule +100

--force with a reason records a staffing that breaks match rules, and which.

  $ pusterum match 8vdw5 --assign kasper --force --reason "Kun Kasper kan i december; afløses i januar"
  Case 2026-8VDW5: kasper-holm is fixed staff from 2026-11-22; the case is now active; forced past competences, with the reason stored.
  $ grep -A5 staffing_history cases/2026-8VDW5/case.yaml
  staffing_history:
    - date: 2026-11-22
      fixed: kasper-holm
      forced: Kun Kasper kan i december; afløses i januar
      overrode: [competences]
  grant:

Nothing is left waiting; --apply on that records nothing.

  $ pusterum match --open --apply
  Ingen sag venter på et match pr. 2026-11-22.
  Registrerede 0 match fra 2026-11-22.

Two new referrals: one gets a match, and nobody can take the other when it
starts in January (Ida's børneattest runs out in December).

  $ for f in "$EXAMPLES"/referrals/*; do pusterum intake --file "$f" > /dev/null; done
  $ pusterum match --open 2>/dev/null | sed -n '/^Not matched/,$p'
  Not matched
  [0-9]{4}-[0-9A-HJKMNP-TV-Z]{5} \(W\.K\., Favrskov\), referred: 2\.72 t om ugen fra 2027-01-01, tue, thu, sat (re)
      ingen kan tage sagen: af 10 medarbejdere, 1 is deactivated [active], 2 have no valid børneattest [borneattest], 4 lack a required competence [competences], 6 work elsewhere [area], 1 is away when it starts [absence], 1 is not free at the granted times [availability]

  Løser: 2 groups of cases (2 single cases afgjort direkte): optimal.
  $ pusterum match --open --apply --format json 2>/dev/null | grep -E '^  "(waiting|matched|applied)"'
    "waiting": 2,
    "matched": 1,
    "applied": true
  $ pusterum case list --status referred
  ID          STATUS    BARN  KOMMUNE   SAGSNR.             KOORDINATOR  FAST MEDARBEJDER  BEVILLING   PERIODE
  [0-9]{4}-[0-9A-HJKMNP-TV-Z]{5}  referred  W\.K\.  Favrskov  27\.24\.12-G01-88-26  Henrik Bak   -                 12 h/month  2027-01-01\.\.2027-12-31 (re)

A staff file with invalid fields: listings skip it and say so (exit 3); an
assignment that does not name the person goes ahead; --apply, which weighs
everyone, refuses.

  $ sed -i 's/^max_hours_per_week: 20$/max_hours_per_week: many/' staff/kasper-holm.yaml
  $ pusterum match bksgb --top 1
  staff/kasper-holm.yaml:16:21: advarsel: max_hours_per_week: 'many' er ikke et tal; skriv det som 7 eller 3.5, uden anførselstegn [schema]
  2026-BKSGB (S.A., Aarhus), active: 3.73 t om ugen fra 2026-11-22, any day
  1 candidate, 8 staff excluded (--show-excluded lists them)

   1. fatima-ali (Fatima Ali): 237 point
      experience with sign-language; knows the family: fixed staff on this case +50; shares interests: drawing, animals +20; personality as wished: warm, patient +16; also knows: anxiety +6; speaks da, ar +10; female, as the family prefers +10; lives in the family's postcode 8220 +15; free Mon 15–19, Thu 15–19, Sun 10–16; 15 af 15 t om ugen ledige +10; meets every rule +100
  pusterum: fejl: 1 fil kunne ikke læses; kør `pusterum check`
  [3]
  $ pusterum match bksgb --assign kasper --reassign
  staff/kasper-holm.yaml:16:21: fejl: max_hours_per_week: 'many' er ikke et tal; skriv det som 7 eller 3.5, uden anførselstegn [schema]
  [3]
  $ pusterum match zdsg3 --assign louise --reassign --substitute jonas
  staff/kasper-holm.yaml:16:21: advarsel: max_hours_per_week: 'many' er ikke et tal; skriv det som 7 eller 3.5, uden anførselstegn [schema]
  Case 2026-ZDSG3: louise-bach is fixed staff from 2026-11-22, substitutes jonas-berg.
  $ pusterum match --open --apply
  staff/kasper-holm.yaml:16:21: fejl: max_hours_per_week: 'many' er ikke et tal; skriv det som 7 eller 3.5, uden anførselstegn [schema]
  pusterum: fejl: 1 fil kunne ikke læses: staff/kasper-holm.yaml; ret dem først (`pusterum check` viser problemerne); intet blev ændret
  [3]
