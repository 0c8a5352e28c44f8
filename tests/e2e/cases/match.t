Who can take C.M.'s case, best first, with the reasons and the points.
Mikkel Thomsen's børneattest expired in 2025: he is never a candidate.

  $ pusterum match 6wpxb
  2026-6WPXB (C.M., Skanderborg), matching: 3 h a week from 2026-11-22, mon, wed, sat 14:00-19:00
  3 candidates, 7 staff excluded (--show-excluded lists them)

   1. louise-bach (Louise Bach): 196 points
      experience with autism; knows the family: substitute on sibling case 2026-ZDSG3 +50; shares interests: lego +10; also knows: anxiety +6; speaks da +5; lives in the family's postcode 8660 +15; free Mon 14–19, Wed 14–19, Sat 14–16; 20 of 20 h a week free +10; meets every rule +100

   2. jonas-berg (Jonas Berg): 194 points
      experience with autism; knows the family: fixed staff on sibling case 2026-ZDSG3 +50; shares interests: lego +10; also knows: anxiety +6; speaks da +5; lives in the family's postcode 8660 +15; free Mon 15–19, Wed 15–19, Sat 14–18; 26 of 30 h a week free +8; meets every rule +100

   3. ida-lauridsen (Ida Lauridsen): 131 points
      experience with autism; personality as wished: calm +8; speaks da +5; lives nearby (8680, the family 8660) +8; free Mon 14–19, Wed 14–19; 25 of 25 h a week free +10; børneattest to renew by 2026-12-04; meets every rule +100
  $ pusterum match 6wpxb | grep -c mikkel
  0
  [1]

--show-excluded lists everyone else, with every rule that excludes them.

  $ pusterum match 6wpxb --show-excluded | sed -n '/^Excluded/,$p'
  Excluded
      emil-frandsen (Emil Frandsen): deactivated on 2026-06-30 [active]; lacks autism [competences]; does not work in Skanderborg (works in Favrskov) [area]
      fatima-ali (Fatima Ali): does not work in Skanderborg (works in Aarhus) [area]
      kasper-holm (Kasper Holm): lacks autism [competences]; not free at the granted times, the case needs 3 h a week [availability]
      maja-kristensen (Maja Kristensen): does not work in Skanderborg (works in Aarhus, Favrskov) [area]
      mikkel-thomsen (Mikkel Thomsen): børneattest expired on 2025-10-01 (checked 2023-10-02, renewed every 24 months) [borneattest]; lacks autism [competences]; does not work in Skanderborg (works in Aarhus) [area]; not free at the granted times, the case needs 3 h a week [availability]
      nanna-skov (Nanna Skov): does not work in Skanderborg (works in Favrskov, Aarhus) [area]
      soeren-moelgaard (Søren Mølgaard): lacks autism [competences]; does not work in Skanderborg (works in Favrskov, Aarhus) [area]
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
  2 cases waiting for a match as of 2026-11-22: 2 matched, 0 left, 354 points in all

  2026-6WPXB (C.M., Skanderborg), matching: 3 h a week from 2026-11-22, mon, wed, sat 14:00-19:00
      louise-bach (Louise Bach): 196 points
      experience with autism; knows the family: substitute on sibling case 2026-ZDSG3 +50; shares interests: lego +10; also knows: anxiety +6; speaks da +5; lives in the family's postcode 8660 +15; free Mon 14–19, Wed 14–19, Sat 14–16; 20 of 20 h a week free +10; meets every rule +100

  2026-8VDW5 (N.P., Skanderborg), referred: 6 h a week from 2026-12-01, any day 14:00-19:00
      ida-lauridsen (Ida Lauridsen): 158 points
      experience with autism; shares interests: horses +10; personality as wished: calm +8; speaks da +5; female, as the family prefers +10; lives in the family's postcode 8680 +15; free Mon 14–19, Wed 14–19, Fri 14–19; 25 of 25 h a week free +10; børneattest to renew by 2026-12-04; meets every rule +100

  Solver: 2 groups of cases (2 single cases decided directly): optimal.
  Nothing was recorded: give --apply to record the proposal.
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
  pusterum: error: give a CASE, or --open for every case waiting for a match
  [2]
  $ pusterum match 2026 --assign louise
  pusterum: error: '2026' matches 4 cases: 2026-6WPXB, 2026-8VDW5, 2026-BKSGB, 2026-ZDSG3; type more of the ID
  [2]
  $ pusterum match 6wpxb --assign nobody
  pusterum: error: no staff member matches 'nobody'; `pusterum staff list` lists them
  [2]
  $ pusterum match 6wpxb --assign louise --reason "Kender familien"
  pusterum: error: --reason requires --force; see `pusterum match --help`
  [2]
  $ pusterum match 6wpxb --assign mikkel --force
  pusterum: error: --force requires --reason; see `pusterum match --help`
  [2]
  $ pusterum match --open --assign louise
  pusterum: error: --assign requires CASE; see `pusterum match --help`
  [2]
  $ pusterum match 6wpxb --apply
  pusterum: error: --apply requires --open; see `pusterum match --help`
  [2]
  $ pusterum match 6wpxb --assign louise --format json
  pusterum: error: --format applies to listings, not to --assign; leave out --format
  [2]
  $ pusterum match 6wpxb --assign louise --substitute louise
  pusterum: error: --substitute louise: louise-bach is named twice; name each person once, and not the fixed staff member as a substitute
  [2]
  $ pusterum match 6wpxb --assign louise --date 2026-10-01
  pusterum: error: --date 2026-10-01 is before the case's last status change (2026-11-02); the history runs forward in time
  [2]

A staffing that breaks a match rule is refused, naming each rule; --force
needs a reason, and never overrides a rule `pusterum check` blocks on.

  $ pusterum match 6wpxb --assign mikkel
  pusterum: error: the staffing breaks match rules: mikkel-thomsen: børneattest expired on 2025-10-01 (checked 2023-10-02, renewed every 24 months) [borneattest]; lacks autism [competences]; does not work in Skanderborg (works in Aarhus) [area]; not free at the granted times, the case needs 3 h a week [availability]; give --force with --reason TEXT to record it anyway
  [1]
  $ pusterum match 6wpxb --assign mikkel --force --reason "Familien kender ham"
  --assign: error: fixed staff 'mikkel-thomsen' has a børneattest that expired on 2025-10-01; record a new check with `pusterum staff edit mikkel-thomsen --borneattest-checked DATE` [borneattest-expired]
  [1]
  $ pusterum match 6wpxb --assign louise --substitute kasper
  pusterum: error: the staffing breaks match rules: substitute kasper-holm: lacks autism [competences]; give --force with --reason TEXT to record it anyway
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
  ok: 80 files, no problems

A case that has fixed staff needs --reassign; the earlier staff stay in the
history, and the family now knows them.

  $ pusterum match 6wpxb --assign ida
  pusterum: error: case 2026-6WPXB already has fixed staff: louise-bach; give --reassign to replace them
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
   1. louise-bach (Louise Bach): 196 points
      experience with autism; knows the family: fixed staff on this case from 2026-11-22 +50; shares interests: lego +10; also knows: anxiety +6; speaks da +5; lives in the family's postcode 8660 +15; free Mon 14–19, Wed 14–19, Sat 14–16; 20 of 20 h a week free +10; meets every rule +100

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
  No case is waiting for a match as of 2026-11-22.
  Recorded 0 matches from 2026-11-22.

Two new referrals: one gets a match, and nobody can take the other when it
starts in January (Ida's børneattest runs out in December).

  $ for f in "$EXAMPLES"/referrals/*; do pusterum intake --file "$f" > /dev/null; done
  $ pusterum match --open 2>/dev/null | sed -n '/^Not matched/,$p'
  Not matched
  [0-9]{4}-[0-9A-HJKMNP-TV-Z]{5} \(W\.K\., Favrskov\), referred: 2\.72 h a week from 2027-01-01, tue, thu, sat (re)
      nobody can take it: of 10 staff, 1 is deactivated [active], 2 have no valid børneattest [borneattest], 4 lack a required competence [competences], 6 work elsewhere [area], 1 is away when it starts [absence], 1 is not free at the granted times [availability]

  Solver: 2 groups of cases (2 single cases decided directly): optimal.
  $ pusterum match --open --apply --format json 2>/dev/null | grep -E '^  "(waiting|matched|applied)"'
    "waiting": 2,
    "matched": 1,
    "applied": true
  $ pusterum case list --status referred
  ID          STATUS    CHILD  MUNICIPALITY  CASE NO.            COORDINATOR  FIXED STAFF  GRANT       PERIOD
  [0-9]{4}-[0-9A-HJKMNP-TV-Z]{5}  referred  W\.K\.   Favrskov      27\.24\.12-G01-88-26  Henrik Bak   -            12 h/month  2027-01-01\.\.2027-12-31 (re)

A staff file with invalid fields: listings skip it and say so (exit 3); an
assignment that does not name the person goes ahead; --apply, which weighs
everyone, refuses.

  $ sed -i 's/^max_hours_per_week: 20$/max_hours_per_week: many/' staff/kasper-holm.yaml
  $ pusterum match bksgb --top 1
  staff/kasper-holm.yaml:16:21: warning: max_hours_per_week: 'many' is not a number; write it like 7 or 3.5, without quotes [schema]
  2026-BKSGB (S.A., Aarhus), active: 3.73 h a week from 2026-11-22, any day
  1 candidate, 8 staff excluded (--show-excluded lists them)

   1. fatima-ali (Fatima Ali): 237 points
      experience with sign-language; knows the family: fixed staff on this case +50; shares interests: drawing, animals +20; personality as wished: warm, patient +16; also knows: anxiety +6; speaks da, ar +10; female, as the family prefers +10; lives in the family's postcode 8220 +15; free Mon 15–19, Thu 15–19, Sun 10–16; 15 of 15 h a week free +10; meets every rule +100
  pusterum: error: 1 file could not be read; run `pusterum check`
  [3]
  $ pusterum match bksgb --assign kasper --reassign
  staff/kasper-holm.yaml:16:21: error: max_hours_per_week: 'many' is not a number; write it like 7 or 3.5, without quotes [schema]
  [3]
  $ pusterum match zdsg3 --assign louise --reassign --substitute jonas
  staff/kasper-holm.yaml:16:21: warning: max_hours_per_week: 'many' is not a number; write it like 7 or 3.5, without quotes [schema]
  Case 2026-ZDSG3: louise-bach is fixed staff from 2026-11-22, substitutes jonas-berg.
  $ pusterum match --open --apply
  staff/kasper-holm.yaml:16:21: error: max_hours_per_week: 'many' is not a number; write it like 7 or 3.5, without quotes [schema]
  pusterum: error: a file could not be read: staff/kasper-holm.yaml; fix them first (`pusterum check` lists the problems); nothing was changed
  [3]
