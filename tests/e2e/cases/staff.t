Active staff with their børneattest; Mikkel's has expired.

  $ pusterum staff list
  ID                NAVN             AKTIV  KOMPETENCER                                            MAKS T/UGE  BØRNEATTEST         SAGER
  fatima-ali        Fatima Ali       yes    sign-language,anxiety,autism                           15          ok to 2027-11-02    1 faste, 1 afl.
  ida-lauridsen     Ida Lauridsen    yes    autism,adhd,medication                                 25          ok to 2026-12-04    0 faste, 0 afl.
  jonas-berg        Jonas Berg       yes    adhd,autism,anxiety                                    30          ok to 2027-09-14    1 faste, 0 afl.
  kasper-holm       Kasper Holm      yes    adhd                                                   20          ok to 2027-06-01    0 faste, 0 afl.
  louise-bach       Louise Bach      yes    autism,anxiety,adhd                                    20          ok to 2028-07-19    0 faste, 1 afl.
  maja-kristensen   Maja Kristensen  yes    autism,anxiety,personal-care                           25          ok to 2027-03-09    1 faste, 0 afl.
  mikkel-thomsen    Mikkel Thomsen   yes    adhd,anxiety                                           12          EXPIRED 2025-10-01  0 faste, 0 afl.
  nanna-skov        Nanna Skov       yes    autism,epilepsy,medication,personal-care               37          ok to 2027-08-10    1 faste, 1 afl.
  soeren-moelgaard  Søren Mølgaard   yes    physical-disability,personal-care,medication,epilepsy  20          ok to 2027-01-19    1 faste, 1 afl.
  $ pusterum staff list --all --format json | grep -c '"id"'
  10
  $ pusterum staff show soeren
  Medarbejder  Søren Mølgaard (soeren-moelgaard)
  Kontakt      +45 40 86 12 59, soeren.moelgaard@example.dk
  Kompetencer  physical-disability, personal-care, medication, epilepsy
  Interesser   fishing, music, board-games
  Personlighed calm, patient
  Sprog        da
  Områder      Favrskov, Aarhus (lives in 8450)
  Kan          stays overnight; drives, no car
  Maks. timer  20 per week
  Tilgængelig  tue 16:00-21:00, fri 16:00-24:00, sat 00:00-24:00, sun 00:00-18:00
  Fravær       2026-10-12 to 2026-10-17 (efterårsferie)
  Børneattest  ok to 2027-01-19, tjekket den 2025-01-20 af Mette Lund
  Fast på      2025-YJN8S
  Afløser      2025-QVEHE
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
  Medarbejder  Søren Mølgaard (soeren-moelgaard)
  $ pusterum staff show "Søren Møl" | head -1
  Medarbejder  Søren Mølgaard (soeren-moelgaard)
  $ pusterum staff show SØREN-MØLGAARD --format json | grep -m1 '"id"'
      "id": "soeren-moelgaard",
  $ pusterum match 2026-6W --assign søren --date 2026-11-22
  pusterum: fejl: the staffing breaks match rules: soeren-moelgaard: lacks autism [competences]; arbejder ikke i Skanderborg (arbejder i Favrskov, Aarhus) [area]; angiv --force med --reason TEXT for at registrere det alligevel
  [1]
  $ pusterum staff show søsser
  pusterum: fejl: ingen medarbejder matcher 'søsser'; `pusterum staff list` viser dem
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
  note: aase-aeroe-moeller er allerede i brug, så Åse Ærø-Møller får ID'et aase-aeroe-moeller-2; er det en anden person med samme navn?
  $ pusterum staff show aase
  pusterum: fejl: 'aase' matcher 2 medarbejdere: aase-aeroe-moeller, aase-aeroe-moeller-2; skriv mere af navnet eller ID'et
  [2]

Editing replaces lists given and adds absences.

  $ pusterum staff edit aase-aeroe-moeller --phone "+45 30 40 50 60" --absence "2026-12-21..2027-01-03 juleferie" --no-overnight
  Opdateret aase-aeroe-moeller.
  $ pusterum staff show aase-aeroe-moeller | grep -E 'Kontakt|Fravær'
  Kontakt      +45 30 40 50 60
  Fravær       2026-12-21 to 2027-01-03 (juleferie)

Refused edits name the flag and change nothing.

  $ pusterum staff edit aase-aeroe-moeller --absence "2027-01-03..2026-12-21 baglæns"
  --absence: fejl: fraværet slutter (2026-12-21), før det begynder (2027-01-03) [staff-absences]
  [1]
  $ pusterum staff edit aase-aeroe-moeller --available "someday 14:00-20:00"
  --available: fejl: availability[0].day: 'someday' er ikke tilladt; brug en af: mon, tue, wed, thu, fri, sat, sun [schema]
  [2]
  $ pusterum staff edit aase-aeroe-moeller --max-hours lots
  --max-hours: fejl: max_hours_per_week: 'lots' er ikke et tal; skriv det som 7 eller 3.5, uden anførselstegn [schema]
  [2]
  $ pusterum staff edit aase-aeroe-moeller --competence "Personal Care"
  --competence: fejl: competences[0]: 'Personal Care' er ikke et gyldigt mærke; brug små bogstaver, cifre og '-', fx personal-care eller da [schema]
  [2]
  $ pusterum staff edit aase-aeroe-moeller --borneattest-result maybe
  --borneattest-result: fejl: borneattest.result: 'maybe' er ikke tilladt; brug ok eller not-ok [schema]
  [2]
  $ pusterum staff edit aase-aeroe-moeller
  pusterum: fejl: intet at ændre; angiv de felter, der skal ændres, fx --phone eller --competence
  [2]
  $ pusterum staff edit nobody --phone 1
  pusterum: fejl: ingen medarbejder matcher 'nobody'; `pusterum staff list` viser dem
  [2]
  $ pusterum staff add "Bo Berg" --borneattest-checked 2026-02-01
  --borneattest-result: fejl: borneattest.result mangler; angiv --borneattest-result [schema]
  --borneattest-by: fejl: borneattest.checked_by mangler; angiv --borneattest-by [schema]
  [2]

Someone still on open cases is not deactivated by accident.

  $ pusterum staff deactivate maja
  pusterum: fejl: maja-kristensen arbejder stadig på åbne sager: 2025-FR23R; tildel først andre med `pusterum match CASE --reassign`, eller brug --force
  [1]

Nor while a case file cannot be read: it may name the person. The refusal
names the file and line (a file problem: exit 3).

  $ cp cases/2025-FR23R/case.yaml saved && sed -i 's/^status: active$/status: aktiv/' cases/2025-FR23R/case.yaml
  $ pusterum staff deactivate maja
  cases/2025-FR23R/case.yaml:4:9: fejl: status: 'aktiv' er ikke tilladt; mente du 'active'? (brug en af: referred, matching, active, paused, closed) [schema]
  [3]
  $ mv saved cases/2025-FR23R/case.yaml
  $ pusterum staff deactivate ida --date 2026-11-30
  pusterum: fejl: --date 2026-11-30 ligger i fremtiden; deaktivér på den sidste arbejdsdag eller senere; indtil da tæller personen stadig som aktiv
  [2]
  $ pusterum staff deactivate ida --date 2026-11-20
  Deaktiveret ida-lauridsen fra 2026-11-20.
  $ pusterum staff deactivate ida
  pusterum: fejl: ida-lauridsen er allerede deaktiveret
  [1]
  $ pusterum staff list | grep -c ida
  0
  [1]
