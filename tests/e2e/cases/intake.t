A referral from a file prints only the new ID when stdout is not a terminal.

  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" > id
  $ grep -E '^2026-[0-9A-HJKMNP-TV-Z]{5}$' id
  2026-[0-9A-HJKMNP-TV-Z]{5} (re)
  $ pusterum case show "$(cat id)" | head -3
  Sag           [0-9]{4}-[0-9A-HJKMNP-TV-Z]{5}, referred siden 2026-11-22 (re)
  Barn          W.K., født 2015, boy
  Kræver        adhd, anxiety
  $ stat -c %a "cases/$(cat id)" "cases/$(cat id)/case.yaml"
  700
  600
  $ pusterum check
  ok: 81 filer, ingen problemer

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
  --birth-year: fejl: child.birth_year: '20x4' er ikke et heltal; skriv kun cifre, uden anførselstegn [schema]
  --place: fejl: place: 'hme' er ikke tilladt; mente du 'home'? (brug en af: home, outings, both) [schema]
  --case-number: fejl: municipality_case_number mangler; angiv --case-number [schema]
  --legal-basis: fejl: legal_basis mangler; angiv --legal-basis [schema]
  --caseworker: fejl: caseworker mangler; angiv --caseworker [schema]
  --coordinator: fejl: coordinator mangler; angiv --coordinator [schema]
  --grant-unit: fejl: grant.unit mangler; angiv --grant-unit [schema]
  --grant-quantity: fejl: grant.quantity mangler; angiv --grant-quantity [schema]
  --grant-start: fejl: grant.start: '2026-02-30' er ikke en dato; skriv en gyldig dato som YYYY-MM-DD [schema]
  --grant-end: fejl: grant.end mangler; angiv --grant-end [schema]
  [2]
  $ ls cases | wc -l
  13

Problems in a file are located by file:line:col.

  $ sed -e 's/^place: .*/place: hjemme/' -e 's/^  birth_year: .*/  birth_year: "2015"/' -e 's/^municipality:/municipalty:/' "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" > bad.yaml
  $ pusterum intake --file bad.yaml
  bad.yaml:4:1: fejl: municipality mangler; tilføj 'municipality:' med en værdi [schema]
  bad.yaml:6:15: fejl: child.birth_year: '2015' er ikke et heltal; skriv kun cifre, uden anførselstegn [schema]
  bad.yaml:15:8: fejl: place: 'hjemme' er ikke tilladt; brug en af: home, outings, both [schema]
  bad.yaml:17:1: fejl: ukendt nøgle 'municipalty'; mente du 'municipality'? [schema]
  [3]
  $ printf 'child: [unclosed\n' > broken.yaml
  $ pusterum intake --file broken.yaml
  broken.yaml:2:1: fejl: ugyldig YAML: end of sequence flow not found; fix the syntax at that place (indentation, quotes, a missing ':') [yaml]
  [3]
  $ pusterum intake --file missing.yaml
  pusterum: fejl: missing.yaml: cannot read: No such file or directory
  [4]
  $ printf -- '- just\n- a list\n' > list.yaml
  $ pusterum intake --file list.yaml
  list.yaml:1:1: fejl: the file skal være en samling af nøgler, ikke a list; skriv det som linjer på formen 'nøgle: værdi' [schema]
  [3]

A CPR number is refused wherever it appears, without being repeated.

  $ sed 's/^household: .*/household: "Barnets CPR: 010203-1234"/' "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" > cpr.yaml
  $ pusterum intake --file cpr.yaml
  cpr.yaml:14:12: fejl: household: indeholder en værdi, der ligner et CPR-nummer; remove it: pusterum identifies people by internal ID and the municipality's case number [cpr-number]
  [3]
  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" --cpr 010203-1234
  --cpr: fejl: child.cpr: CPR-numre er slået fra for denne leverandør; fjern det; sæt kun cpr_field: true i pusterum.yaml, hvis en aftale kræver CPR-numre [cpr-number]
  [2]

Staff and siblings a referral names must exist.

  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" --do-not-match nobody --sibling 2026-ZZZZZ
  --do-not-match: fejl: der findes ingen medarbejder 'nobody'; `pusterum staff list` viser, hvilke medarbejdere der er [unknown-staff]
  --sibling: fejl: sagen '2026-ZZZZZ' findes ikke; angiv søskendens sags-ID [unknown-sibling]
  [2]
  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" --do-not-match kasper-holm --sibling 2025-yjn8s
  [0-9]{4}-[0-9A-HJKMNP-TV-Z]{5} (re)

With the CPR field enabled the number is kept, checked, and masked in output.

  $ sed -i 's/^cpr_field: false/cpr_field: true/' pusterum.yaml
  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" --cpr 0102034x21
  --cpr: fejl: child.cpr: er ikke et CPR-nummer; skriv det som DDMMYY-SSSS [cpr-number]
  [2]
  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" --cpr 010203-1234 > id2
  $ grep -l 010203-1234 cases/*/case.yaml | wc -l
  1
  $ pusterum case show "$(cat id2)" | grep Barn
  Barn          W.K., født 2015, CPR 010203-****, boy
  Kommune       Favrskov, sag 27.24.12-G01-88-26 (Barnets Lov § 90)
  $ pusterum case show "$(cat id2)" --format json | grep cpr
        "cpr": "010203-****",
  $ pusterum intake --file cpr.yaml
  cpr.yaml:14:12: fejl: household: indeholder en værdi, der ligner et CPR-nummer; remove it: pusterum identifies people by internal ID and the municipality's case number [cpr-number]
  [3]

A grant that ends before it starts is refused by the grant-period rule.

  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" --grant-end 2020-01-01
  --grant-end: fejl: bevillingen slutter (2020-01-01), før den begynder (2027-01-01); tjek datoerne i kommunens afgørelse [grant-period]
  [1]
