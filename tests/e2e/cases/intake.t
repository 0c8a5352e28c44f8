A referral from a file prints only the new ID when stdout is not a terminal.

  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" > id
  $ grep -E '^2026-[0-9A-HJKMNP-TV-Z]{5}$' id
  2026-[0-9A-HJKMNP-TV-Z]{5} (re)
  $ pusterum case show "$(cat id)" | head -3
  Case          2026-[0-9A-HJKMNP-TV-Z]{5}, referred since 2026-11-22 (re)
  Child         W.K., born 2015, boy
  Needs         adhd, anxiety
  $ stat -c %a "cases/$(cat id)" "cases/$(cat id)/case.yaml"
  700
  600
  $ pusterum check
  ok: 81 files, no problems

JSON referrals, and standard input.

  $ pusterum intake --file "$EXAMPLES/referrals/aarhus-2026-11-20.json" --format json | grep '"id"'
    "id": "2026-[0-9A-HJKMNP-TV-Z]{5}", (re)
  $ pusterum intake --file - --date 2026-11-21 < "$EXAMPLES/referrals/favrskov-2026-11-19.yaml"
  2026-[0-9A-HJKMNP-TV-Z]{5} (re)

Flags alone, and flags overriding the file.

  $ pusterum intake --initials T.T. --birth-year 2016 --municipality Aarhus --case-number 27.24.12-A35-60-26 --legal-basis "Barnets Lov § 90" --caseworker "Pia Holm" --coordinator "Mette Lund" --place home --grant-unit hours_per_week --grant-quantity 4 --grant-start 2027-01-01 --grant-end 2027-12-31 --need adhd --window 15:00-19:00 --day mon,wed
  2026-[0-9A-HJKMNP-TV-Z]{5} (re)
  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" --grant-quantity 10 --format json | grep -c id
  1

Every problem at once, each with its flag, and nothing written.

  $ pusterum intake --initials A.B. --birth-year 20x4 --municipality Aarhus --grant-start 2026-02-30 --place hme
  --birth-year: error: child.birth_year: '20x4' is not a whole number; write digits only, without quotes [schema]
  --place: error: place: 'hme' is not allowed; did you mean 'home'? (use one of: home, outings, both) [schema]
  --case-number: error: municipality_case_number is missing; give --case-number [schema]
  --legal-basis: error: legal_basis is missing; give --legal-basis [schema]
  --caseworker: error: caseworker is missing; give --caseworker [schema]
  --coordinator: error: coordinator is missing; give --coordinator [schema]
  --grant-unit: error: grant.unit is missing; give --grant-unit [schema]
  --grant-quantity: error: grant.quantity is missing; give --grant-quantity [schema]
  --grant-start: error: grant.start: '2026-02-30' is not a date; write a real date as YYYY-MM-DD [schema]
  --grant-end: error: grant.end is missing; give --grant-end [schema]
  [2]
  $ ls cases | wc -l
  13

Problems in a file are located by file:line:col.

  $ sed -e 's/^place: .*/place: hjemme/' -e 's/^  birth_year: .*/  birth_year: "2015"/' -e 's/^municipality:/municipalty:/' "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" > bad.yaml
  $ pusterum intake --file bad.yaml
  bad.yaml:4:1: error: municipality is missing; add 'municipality:' with a value [schema]
  bad.yaml:6:15: error: child.birth_year: '2015' is not a whole number; write digits only, without quotes [schema]
  bad.yaml:15:8: error: place: 'hjemme' is not allowed; use one of: home, outings, both [schema]
  bad.yaml:17:1: error: unknown key 'municipalty'; did you mean 'municipality'? [schema]
  [3]
  $ printf 'child: [unclosed\n' > broken.yaml
  $ pusterum intake --file broken.yaml
  broken.yaml:2:1: error: not valid YAML: end of sequence flow not found; fix the syntax at that place (indentation, quotes, a missing ':') [yaml]
  [3]
  $ pusterum intake --file missing.yaml
  pusterum: error: missing.yaml: cannot read: No such file or directory
  [4]
  $ printf -- '- just\n- a list\n' > list.yaml
  $ pusterum intake --file list.yaml
  list.yaml:1:1: error: the file must be a map of keys, not a list; write it as 'key: value' lines [schema]
  [3]

A CPR number is refused wherever it appears, without being repeated.

  $ sed 's/^household: .*/household: "Barnets CPR: 010203-1234"/' "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" > cpr.yaml
  $ pusterum intake --file cpr.yaml
  cpr.yaml:14:12: error: household: holds a value shaped like a CPR number; remove it: pusterum identifies people by internal ID and the municipality's case number [cpr-number]
  [3]
  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" --cpr 010203-1234
  --cpr: error: child.cpr: CPR numbers are turned off for this provider; remove it; set cpr_field: true in pusterum.yaml only if an agreement requires CPR numbers [cpr-number]
  [2]

Staff and siblings a referral names must exist.

  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" --do-not-match nobody --sibling 2026-ZZZZZ
  --do-not-match: error: no staff member 'nobody'; `pusterum staff list` shows who there is [unknown-staff]
  --sibling: error: no case '2026-ZZZZZ'; give the sibling's case ID [unknown-sibling]
  [2]
  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" --do-not-match kasper-holm --sibling 2025-yjn8s
  [0-9]{4}-[0-9A-HJKMNP-TV-Z]{5} (re)

With the CPR field enabled the number is kept, checked, and masked in output.

  $ sed -i 's/^cpr_field: false/cpr_field: true/' pusterum.yaml
  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" --cpr 0102034x21
  --cpr: error: child.cpr: is not a CPR number; write it as DDMMYY-SSSS [cpr-number]
  [2]
  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" --cpr 010203-1234 > id2
  $ grep -l 010203-1234 cases/*/case.yaml | wc -l
  1
  $ pusterum case show "$(cat id2)" | grep Child
  Child         W.K., born 2015, CPR 010203-****, boy
  $ pusterum case show "$(cat id2)" --format json | grep cpr
        "cpr": "010203-****",
  $ pusterum intake --file cpr.yaml
  cpr.yaml:14:12: error: household: holds a value shaped like a CPR number; remove it: pusterum identifies people by internal ID and the municipality's case number [cpr-number]
  [3]

A grant that ends before it starts is refused by the grant-period rule.

  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" --grant-end 2020-01-01
  --grant-end: error: the grant ends (2020-01-01) before it starts (2027-01-01); check the dates in the municipality's decision [grant-period]
  [1]
