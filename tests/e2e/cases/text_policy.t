One text policy on every input (issue 16): a character YAML cannot hold
raw, or that shows text other than it is stored, is refused where it comes
in, by every command that stores text, with the flag (or the file's line)
and the character's column; nothing is written.

case: a status move's --note and an amendment's --note.

  $ pusterum case pause fr23 --note $'Hospital\x7f'
  --note: fejl: tegn 9 er U+007F (a control character), som pusterum ikke gemmer; skriv teksten igen uden tegnet (det kan være usynligt) [schema]
  [2]
  $ pusterum case amend zdsg3 --from 2026-12-01 --quantity 6 --note $'\xe2\x80\xaeabc'
  --note: fejl: tegn 1 er U+202E (a bidirectional override, which shows text in another order), som pusterum ikke gemmer; skriv teksten igen uden tegnet (det kan være usynligt) [schema]
  [2]

staff: NAME and the flags of add and edit.

  $ pusterum staff add $'Bo\x1b[2JBerg'
  NAME: fejl: tegn 3 er U+001B (a control character), som pusterum ikke gemmer; skriv teksten igen uden tegnet (det kan være usynligt) [schema]
  [2]
  $ pusterum staff add "Bo Berg" --phone $'2030\xef\xbf\xbe4050'
  --phone: fejl: tegn 5 er U+FFFE (a noncharacter), som pusterum ikke gemmer; skriv teksten igen uden tegnet (det kan være usynligt) [schema]
  [2]
  $ pusterum staff edit maja --email $'maja\xc2\x85@example.dk'
  --email: fejl: tegn 5 er U+0085 (a control character), som pusterum ikke gemmer; skriv teksten igen uden tegnet (det kan være usynligt) [schema]
  [2]

schedule: a visit's --note, a change's --reason.

  $ pusterum schedule fr23 add "2026-12-05 10:00-14:00" --note $'Tur\x01'
  --note: fejl: tegn 4 er U+0001 (a control character), som pusterum ikke gemmer; skriv teksten igen uden tegnet (det kan være usynligt) [schema]
  [2]
  $ pusterum schedule fr23 cancel EECG --date 2026-11-24 --by family --reason $'syg\x7f'
  --reason: fejl: tegn 4 er U+007F (a control character), som pusterum ikke gemmer; skriv teksten igen uden tegnet (det kan være usynligt) [schema]
  [2]

match: the reason stored with --force.

  $ pusterum match fr23 --assign maja-kristensen --reassign --substitute kasper-holm --force --reason $'Kender\x7f familien' --date 2026-11-22
  --reason: fejl: tegn 7 er U+007F (a control character), som pusterum ikke gemmer; skriv teksten igen uden tegnet (det kan være usynligt) [schema]
  [2]

intake: a flag, and a value of the referral file at its line and column.

  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" --household $'Mor\x7f'
  --household: fejl: tegn 4 er U+007F (a control character), som pusterum ikke gemmer; skriv teksten igen uden tegnet (det kan være usynligt) [schema]
  [2]
  $ sed 's/name: Bettina Kjær/name: "Bettina\\x7fKjær"/' "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" > referral.yaml
  $ pusterum intake --file referral.yaml
  referral.yaml:21:17: fejl: caseworker.name: indeholder U+007F (a control character), som pusterum ikke gemmer; skriv teksten igen uden tegnet (det kan være usynligt) [schema]
  [3]
  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" --note $'Ring\x7f'
  --note: fejl: tegn 5 er U+007F (a control character), som pusterum ikke gemmer; skriv teksten igen uden tegnet (det kan være usynligt) [schema]
  [2]

CPR numbers are read by meaning: an en dash, a no-break space, dots, or
full-width digits do not hide one; phone numbers and case numbers pass.

  $ pusterum case pause fr23 --note $'cpr 170912\xe2\x80\x933915'
  --note: fejl: noten indeholder en værdi, der ligner et CPR-nummer; fjern den: pusterum identificerer personer ved internt ID og kommunens sagsnummer [cpr-number]
  [2]
  $ pusterum log-hours fr23 --date 2026-11-19 --start 19:00 --end 21:00 --note $'17.09.12-3915'
  --note: fejl: note indeholder en værdi, der ligner et CPR-nummer; fjern den: pusterum identificerer personer ved internt ID [cpr-number]
  [2]
  $ pusterum log-hours fr23 --date 2026-11-19 --start 19:00 --end 21:00 --note $'170912\xc2\xa03915'
  --note: fejl: note indeholder en værdi, der ligner et CPR-nummer; fjern den: pusterum identificerer personer ved internt ID [cpr-number]
  [2]
  $ pusterum staff add "Bo Berg" --phone $'\xef\xbc\x91\xef\xbc\x97\xef\xbc\x90\xef\xbc\x99\xef\xbc\x91\xef\xbc\x92-3915'
  --phone: fejl: phone: indeholder en værdi, der ligner et CPR-nummer; remove it: pusterum identifies people by internal ID and the municipality's case number [cpr-number]
  [2]
  $ pusterum log-hours fr23 --date 2026-11-19 --start 19:00 --end 21:00 --note "ring 20304050 eller +45 20 30 40 50, sag 27.24.12-A35-41-25" > /dev/null 2>&1; echo $?
  0
