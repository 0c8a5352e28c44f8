A new provider from nothing: init, staff, intake, amend, check.

  $ pusterum init new --name "Pusterum Test ApS"
  Created provider folder new (Pusterum Test ApS). Next: edit pusterum.yaml, then `pusterum staff add` and `pusterum intake`.
  $ ls -A new new/.pusterum/schemas
  new:
  .gitattributes
  .gitignore
  .pusterum
  cases
  pusterum.yaml
  staff

  new/.pusterum/schemas:
  case.schema.json
  common.schema.json
  hours.schema.json
  provider.schema.json
  referral.schema.json
  schedule.schema.json
  sent.schema.json
  staff.schema.json
  $ stat -c %a new new/pusterum.yaml
  700
  600
  $ cd new && pusterum check
  ok: 1 file, no problems
  $ pusterum init new
  pusterum: error: new is already a provider folder; run `pusterum check` there, or choose another folder
  [2]
  $ cd new && pusterum staff add "Anna Jensen" --competence autism --borneattest-checked 2026-01-10 --borneattest-result ok --borneattest-by "Lene Holm"
  anna-jensen
  $ cd new/staff && pusterum staff list
  ID           NAME         ACTIVE  COMPETENCES  MAX H/WEEK  BØRNEATTEST       CASES
  anna-jensen  Anna Jensen  yes     autism       -           ok to 2028-01-09  0 fixed, 0 sub.
  $ cd new && pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" > ../id && pusterum case list --format json | grep -c '"id"'
  1
  $ PUSTERUM_ROOT=new pusterum case amend "$(cat id)" --from 2027-01-01 --quantity 14 --note "Øget"
  Amended 2026-[0-9A-HJKMNP-TV-Z]{5} from 2027-01-01: 14 h/month; 168\.00 h granted over the whole period\. (re)
  $ pusterum -C new check
  ok: 3 files, no problems

-C names the folder for init too, and the provider is named after it.

  $ pusterum -C other init
  Created provider folder other (other). Next: edit pusterum.yaml, then `pusterum staff add` and `pusterum intake`.
  $ grep '^provider:' other/pusterum.yaml
  provider: other

Outside a provider folder.

  $ cd / && pusterum case list
  pusterum: error: not inside a pusterum provider folder (no pusterum.yaml here or above); cd into one, pass -C DIR, set PUSTERUM_ROOT, or create one with `pusterum init DIR`
  [4]
  $ pusterum -C /nonexistent check
  pusterum: error: /nonexistent (--root) holds no pusterum.yaml; give the provider folder, or create one with `pusterum init DIR`
  [4]
  $ PUSTERUM_TODAY=someday pusterum staff list
  pusterum: error: PUSTERUM_TODAY='someday' is not a date; write it as YYYY-MM-DD, or unset it
  [4]

Mistyped commands and options get a suggestion.

  $ pusterum chek
  pusterum: error: 'chek' is not a pusterum command; did you mean 'check'?
  [2]
  $ pusterum staff lst
  pusterum: error: 'lst' is not a pusterum staff command; did you mean 'list'?
  [2]
  $ pusterum case list --formt json
  pusterum: error: The following arguments were not expected: json --formt; did you mean '--format'?
  [2]
  $ pusterum --versoin
  pusterum: error: '--versoin' is not an option of pusterum; did you mean '--version'?
  [2]
  $ pusterum | grep -c '^  log-hours'
  1
