A municipality is compared by one key: its name without regard to case,
spacing or a "Kommune" suffix. One case that spells Aarhus `aarhus` is
still an Aarhus case: billed, reported and exported with the others, and
`check` names the odd spelling.

  $ sed -i 's/^municipality: Aarhus$/municipality: aarhus/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:26:15: advarsel: kommunen 'aarhus' er 'Aarhus' (som på sag 2025-EQKSG) stavet på en anden måde; skriv det 'Aarhus': rapporter, afregning og eksport viser én stavemåde for begge [municipality-spelling]
  0 fejl, 1 advarsel i 80 filer
  [1]
  $ pusterum check --rules | grep municipality-spelling
  municipality-spelling    warn   municipalities are spelt one way: no two cases name one municipality with a difference only in case, spacing or a "Kommune" suffix

A case number is one municipality's: two cases with one number are found
however they spell the municipality.

  $ sed -i 's/^municipality_case_number: .*/municipality_case_number: 27.24.12-A35-41-25/' cases/2026-BKSGB/case.yaml
  $ pusterum check 2>&1 | grep duplicate-case-number
  cases/2026-BKSGB/case.yaml:27:27: advarsel: Aarhus-sagsnummer 27.24.12-A35-41-25 står også på sag 2025-FR23R; to henvisninger af samme barn? slå dem sammen, eller ret nummeret [duplicate-case-number]
  $ cp "$EXAMPLES/cases/2026-BKSGB/case.yaml" cases/2026-BKSGB/case.yaml

One file per municipality, written once, holding every Aarhus case and no
other municipality's.

  $ pusterum report billing --period 2026 --format csv --out ../billing
  skrev ../billing/aarhus/billing_2026-01-01_2026-12-31.csv
  skrev ../billing/favrskov/billing_2026-01-01_2026-12-31.csv
  skrev ../billing/skanderborg/billing_2026-01-01_2026-12-31.csv
  $ ls ../billing/*
  ../billing/aarhus:
  billing_2026-01-01_2026-12-31.csv

  ../billing/favrskov:
  billing_2026-01-01_2026-12-31.csv

  ../billing/skanderborg:
  billing_2026-01-01_2026-12-31.csv
  $ grep -o '^[^,]*,20[0-9][0-9]-[0-9A-Z]\{5\}' ../billing/aarhus/billing_*.csv | sort -u
  Aarhus,2025-EQKSG
  Aarhus,2025-FR23R
  Aarhus,2026-BKSGB
  $ grep -c -e 2025-QVEHE -e 2025-YJN8S ../billing/aarhus/billing_*.csv
  0
  [1]

The report batch: a file per case and one summary per municipality.

  $ pusterum report --all --out ../out
  note: 2025-EQKSG: Statusteksten for perioden mangler; skriv den i cases/2025-EQKSG/status/2026-07-01.md
  note: 2025-YJN8S: Statusteksten for perioden mangler; skriv den i cases/2025-YJN8S/status/2026-07-01.md
  note: 2026-BKSGB: Statusteksten mangler: Ændringer i behov (cases/2026-BKSGB/status/2026-07-01.md)
  note: 2026-ZDSG3: Statusteksten for perioden mangler; skriv den i cases/2026-ZDSG3/status/2026-06-01.md
  skrev ../out/aarhus/2025-EQKSG_2026-07-01_2026-08-31.txt
  skrev ../out/aarhus/2025-FR23R_2026-07-01_2026-09-30.txt
  skrev ../out/aarhus/2026-BKSGB_2026-07-01_2026-09-30.txt
  skrev ../out/aarhus/summary_2026-07-01_2026-09-30.txt
  skrev ../out/favrskov/2025-QVEHE_2026-07-01_2026-09-30.txt
  skrev ../out/favrskov/2025-YJN8S_2026-07-01_2026-09-30.txt
  skrev ../out/favrskov/summary_2026-07-01_2026-09-30.txt
  skrev ../out/skanderborg/2026-ZDSG3_2026-06-01_2026-08-31.txt
  skrev ../out/skanderborg/summary_2026-06-01_2026-08-31.txt
  $ ls ../out | wc -l
  3
  $ head -1 ../out/aarhus/summary_*.txt
  Status for kommunens sager — Aarhus (22. november 2026)
  $ grep -o '^20[0-9][0-9]-[0-9A-Z]\{5\}' ../out/aarhus/summary_*.txt
  2025-EQKSG
  2025-FR23R
  2026-BKSGB
  $ grep -c -e 2025-QVEHE -e 2025-YJN8S ../out/aarhus/summary_*.txt
  0
  [1]
  $ pusterum report --all --format json --out ../json >/dev/null && jq -r '.municipality + ": " + ([.cases[].case] | join(" "))' ../json/aarhus/summary_*.json
  skrev ../json/aarhus/2025-EQKSG_2026-07-01_2026-08-31.json
  skrev ../json/aarhus/2025-FR23R_2026-07-01_2026-09-30.json
  skrev ../json/aarhus/2026-BKSGB_2026-07-01_2026-09-30.json
  skrev ../json/aarhus/summary_2026-07-01_2026-09-30.json
  skrev ../json/favrskov/2025-QVEHE_2026-07-01_2026-09-30.json
  skrev ../json/favrskov/2025-YJN8S_2026-07-01_2026-09-30.json
  skrev ../json/favrskov/summary_2026-07-01_2026-09-30.json
  skrev ../json/skanderborg/2026-ZDSG3_2026-06-01_2026-08-31.json
  skrev ../json/skanderborg/summary_2026-06-01_2026-08-31.json
  Aarhus: 2025-EQKSG 2025-FR23R 2026-BKSGB

Spacing, a "Kommune" suffix and capitals are the same municipality to
`--municipality`, to export's accounts, which show one spelling, and to
match's area rule: Fatima works in Aarhus, and so for the case in "Aarhus
Kommune".

  $ sed -i 's/^municipality: Aarhus$/municipality: Aarhus  Kommune/' cases/2026-BKSGB/case.yaml
  $ pusterum check 2>&1 | grep -c municipality-spelling
  2
  $ pusterum match bksgb | grep -c 'fatima-ali'
  1
  $ pusterum export --format timeclock --municipality 'AARHUS kommune' | grep '^i ' | cut -d' ' -f4 | sort -u
  cases:Aarhus:2025-EQKSG
  cases:Aarhus:2025-FR23R
  cases:Aarhus:2026-BKSGB
  $ pusterum report billing --period 2026 --municipality ' aarhus ' --format csv --out ../one
  skrev ../one/aarhus/billing_2026-01-01_2026-12-31.csv
  $ grep -o '^[^,]*,20[0-9][0-9]-[0-9A-Z]\{5\}' ../one/aarhus/billing_*.csv | sort -u
  Aarhus,2025-EQKSG
  Aarhus,2025-FR23R
  Aarhus,2026-BKSGB
  $ pusterum case list --status closed,active --municipality 'Aarhus Kommune' --format json | jq -r '.cases[].id'
  2025-EQKSG
  2025-FR23R
  2026-BKSGB

Danish letters are folded too: SORØ is Sorø.

  $ sed -i 's/^municipality: Favrskov$/municipality: Sorø/' cases/2025-QVEHE/case.yaml
  $ sed -i 's/^municipality: Favrskov$/municipality: SORØ KOMMUNE/' cases/2025-YJN8S/case.yaml
  $ pusterum check 2>&1 | grep 2025-YJN8S
  cases/2025-YJN8S/case.yaml:28:15: advarsel: kommunen 'SORØ KOMMUNE' er 'Sorø' (som på sag 2025-QVEHE) stavet på en anden måde; skriv det 'Sorø': rapporter, afregning og eksport viser én stavemåde for begge [municipality-spelling]
  $ pusterum report billing --period 2026 --format csv --out ../soroe
  skrev ../soroe/aarhus/billing_2026-01-01_2026-12-31.csv
  skrev ../soroe/skanderborg/billing_2026-01-01_2026-12-31.csv
  skrev ../soroe/soroe/billing_2026-01-01_2026-12-31.csv
  $ grep -o '^[^,]*,20[0-9][0-9]-[0-9A-Z]\{5\}' ../soroe/soroe/billing_*.csv | sort -u
  Sorø,2025-QVEHE
  Sorø,2025-YJN8S

Two municipalities whose names differ by more than the key folds
(a hyphen) but would get one file name: the batch refuses before it
writes a file, rather than let one overwrite the other.

  $ sed -i 's/^municipality: Sorø$/municipality: Høje-Taastrup/' cases/2025-QVEHE/case.yaml
  $ sed -i 's/^municipality: SORØ KOMMUNE$/municipality: Høje Taastrup/' cases/2025-YJN8S/case.yaml
  $ pusterum report billing --period 2026 --format csv --out ../clash
  pusterum: fejl: the billing of Høje Taastrup and the billing of Høje-Taastrup would both be written to ../clash/hoeje-taastrup/billing_2026-01-01_2026-12-31.csv; write the municipality one way in its case files, or bill one with --municipality
  [3]
  $ pusterum report --all --out ../clash
  note: 2025-EQKSG: Statusteksten for perioden mangler; skriv den i cases/2025-EQKSG/status/2026-07-01.md
  note: 2025-YJN8S: Statusteksten for perioden mangler; skriv den i cases/2025-YJN8S/status/2026-07-01.md
  note: 2026-BKSGB: Statusteksten mangler: Ændringer i behov (cases/2026-BKSGB/status/2026-07-01.md)
  note: 2026-ZDSG3: Statusteksten for perioden mangler; skriv den i cases/2026-ZDSG3/status/2026-06-01.md
  pusterum: fejl: opsummeringen af Høje Taastrup and opsummeringen af Høje-Taastrup would both be written to ../clash/hoeje-taastrup/summary_2026-07-01_2026-09-30.txt; write the municipality one way in its case files, or report on the cases one at a time
  [3]
  $ ls ../clash
  ls: cannot access '../clash': No such file or directory
  [2]
