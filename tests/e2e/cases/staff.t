Active staff with their børneattest; Mikkel's has expired.

  $ pusterum staff list
  ID                NAME             ACTIVE  COMPETENCES                                            MAX H/WEEK  BØRNEATTEST         CASES
  fatima-ali        Fatima Ali       yes     sign-language,anxiety,autism                           15          ok to 2027-11-02    1 fixed, 1 sub.
  ida-lauridsen     Ida Lauridsen    yes     autism,adhd,medication                                 25          ok to 2026-12-04    0 fixed, 0 sub.
  jonas-berg        Jonas Berg       yes     adhd,autism,anxiety                                    30          ok to 2027-09-14    1 fixed, 0 sub.
  kasper-holm       Kasper Holm      yes     adhd                                                   20          ok to 2027-06-01    0 fixed, 0 sub.
  louise-bach       Louise Bach      yes     autism,anxiety,adhd                                    20          ok to 2028-07-19    0 fixed, 1 sub.
  maja-kristensen   Maja Kristensen  yes     autism,anxiety,personal-care                           25          ok to 2027-03-09    1 fixed, 0 sub.
  mikkel-thomsen    Mikkel Thomsen   yes     adhd,anxiety                                           12          EXPIRED 2025-10-01  0 fixed, 0 sub.
  nanna-skov        Nanna Skov       yes     autism,epilepsy,medication,personal-care               37          ok to 2027-08-10    1 fixed, 1 sub.
  soeren-moelgaard  Søren Mølgaard   yes     physical-disability,personal-care,medication,epilepsy  20          ok to 2027-01-19    1 fixed, 1 sub.
  $ pusterum staff list --all --format json | grep -c '"id"'
  10
  $ pusterum staff show soeren
  Staff        Søren Mølgaard (soeren-moelgaard)
  Contact      +45 40 86 12 59, soeren.moelgaard@example.dk
  Competences  physical-disability, personal-care, medication, epilepsy
  Interests    fishing, music, board-games
  Personality  calm, patient
  Languages    da
  Areas        Favrskov, Aarhus (lives in 8450)
  Can          stays overnight; drives, no car
  Max hours    20 per week
  Available    tue 16:00-21:00, fri 16:00-24:00, sat 00:00-24:00, sun 00:00-18:00
  Absent       2026-10-12 to 2026-10-17 (efterårsferie)
  Børneattest  ok to 2027-01-19, checked 2025-01-20 by Mette Lund
  Fixed on     2025-YJN8S
  Substitute   2025-QVEHE
  $ pusterum staff show mikkel --format json | grep -A5 '"borneattest": {'
      "borneattest": {
        "checked": "2023-10-02",
        "result": "ok",
        "checked_by": "Lene Holm"
      },
      "deactivated": null
  --
    "borneattest": {
      "checked": "2023-10-02",
      "result": "ok",
      "valid_until": "2025-10-01",
      "valid_today": false
    },

An ID is typed as the name is spelt: the prefix is folded the way the ID
was made from the name (ø as oe, any letter case), so Søren is found.

  $ pusterum staff show søren | head -1
  Staff        Søren Mølgaard (soeren-moelgaard)
  $ pusterum staff show "Søren Møl" | head -1
  Staff        Søren Mølgaard (soeren-moelgaard)
  $ pusterum staff show SØREN-MØLGAARD --format json | grep -m1 '"id"'
      "id": "soeren-moelgaard",
  $ pusterum match 2026-6W --assign søren --date 2026-11-22
  pusterum: error: the staffing breaks match rules: soeren-moelgaard: lacks autism [competences]; does not work in Skanderborg (works in Favrskov, Aarhus) [area]; give --force with --reason TEXT to record it anyway
  [1]
  $ pusterum staff show søsser
  pusterum: error: no staff member matches 'søsser'; `pusterum staff list` lists them
  [2]

Adding someone gives a slug ID from the name, Danish letters spelled out.

  $ pusterum staff add "Åse Ærø-Møller" --competence autism,adhd --available "mon 14:00-20:00" --available "thu 15:00-21:00" --max-hours 20 --borneattest-checked 2026-10-01 --borneattest-result ok --borneattest-by "Lene Holm"
  aase-aeroe-moeller
  $ cat staff/aase-aeroe-moeller.yaml
  # yaml-language-server: $schema=../.pusterum/schemas/staff.schema.json
  # Written by pusterum: change it with `pusterum staff edit|deactivate`. Comments are not kept.
  id: aase-aeroe-moeller
  name: Åse Ærø-Møller
  active: true
  competences: [autism, adhd]
  max_hours_per_week: 20
  availability:
    - day: mon
      from: "14:00"
      to: "20:00"
    - day: thu
      from: "15:00"
      to: "21:00"
  borneattest:
    checked: 2026-10-01
    result: ok
    checked_by: Lene Holm
  $ stat -c %a staff/aase-aeroe-moeller.yaml
  600
  $ pusterum staff add "Åse Ærø-Møller"
  aase-aeroe-moeller-2
  note: aase-aeroe-moeller is taken, so Åse Ærø-Møller is aase-aeroe-moeller-2; is this a second person of that name?
  $ pusterum staff show aase
  pusterum: error: 'aase' matches 2 staff members: aase-aeroe-moeller, aase-aeroe-moeller-2; type more of the ID
  [2]

Editing replaces lists given and adds absences.

  $ pusterum staff edit aase-aeroe-moeller --phone "+45 30 40 50 60" --absence "2026-12-21..2027-01-03 juleferie" --no-overnight
  Updated aase-aeroe-moeller.
  $ pusterum staff show aase-aeroe-moeller | grep -E 'Contact|Absent'
  Contact      +45 30 40 50 60
  Absent       2026-12-21 to 2027-01-03 (juleferie)

Refused edits name the flag and change nothing.

  $ pusterum staff edit aase-aeroe-moeller --absence "2027-01-03..2026-12-21 baglæns"
  --absence: error: the absence ends (2026-12-21) before it starts (2027-01-03) [staff-absences]
  [1]
  $ pusterum staff edit aase-aeroe-moeller --available "someday 14:00-20:00"
  --available: error: availability[0].day: 'someday' is not allowed; use one of: mon, tue, wed, thu, fri, sat, sun [schema]
  [2]
  $ pusterum staff edit aase-aeroe-moeller --max-hours lots
  --max-hours: error: max_hours_per_week: 'lots' is not a number; write it like 7 or 3.5, without quotes [schema]
  [2]
  $ pusterum staff edit aase-aeroe-moeller --competence "Personal Care"
  --competence: error: competences[0]: 'Personal Care' is not a valid tag; use lowercase letters, digits and '-', like personal-care or da [schema]
  [2]
  $ pusterum staff edit aase-aeroe-moeller --borneattest-result maybe
  --borneattest-result: error: borneattest.result: 'maybe' is not allowed; use ok or not-ok [schema]
  [2]
  $ pusterum staff edit aase-aeroe-moeller
  pusterum: error: nothing to change; give the fields to change, e.g. --phone or --competence
  [2]
  $ pusterum staff edit nobody --phone 1
  pusterum: error: no staff member matches 'nobody'; `pusterum staff list` lists them
  [2]
  $ pusterum staff add "Bo Berg" --borneattest-checked 2026-02-01
  --borneattest-result: error: borneattest.result is missing; give --borneattest-result [schema]
  --borneattest-by: error: borneattest.checked_by is missing; give --borneattest-by [schema]
  [2]

Someone still on open cases is not deactivated by accident.

  $ pusterum staff deactivate maja
  pusterum: error: maja-kristensen still works on open cases: 2025-FR23R; assign others with `pusterum match CASE --reassign` first, or pass --force
  [1]

Nor while a case file cannot be read: it may name the person. The refusal
names the file and line (a file problem: exit 3).

  $ cp cases/2025-FR23R/case.yaml saved && sed -i 's/^status: active$/status: aktiv/' cases/2025-FR23R/case.yaml
  $ pusterum staff deactivate maja
  cases/2025-FR23R/case.yaml:4:9: error: status: 'aktiv' is not allowed; did you mean 'active'? (use one of: referred, matching, active, paused, closed) [schema]
  [3]
  $ mv saved cases/2025-FR23R/case.yaml
  $ pusterum staff deactivate ida --date 2026-11-30
  pusterum: error: --date 2026-11-30 is in the future; deactivate on the last working day or later; until then the person still counts as active
  [2]
  $ pusterum staff deactivate ida --date 2026-11-20
  Deactivated ida-lauridsen from 2026-11-20.
  $ pusterum staff deactivate ida
  pusterum: error: ida-lauridsen is already deactivated
  [1]
  $ pusterum staff list | grep -c ida
  0
  [1]
