A new provider from nothing: init, staff, intake, amend, check.

  $ pusterum init new --name "Pusterum Test ApS"
  Oprettede leverandørmappen new (Pusterum Test ApS). Næste trin: redigér pusterum.yaml, og kør derefter `pusterum staff add` og `pusterum intake`.
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
  ok: 1 fil, ingen problemer
  $ pusterum init new
  pusterum: fejl: new er allerede en leverandørmappe; kør `pusterum check` der, eller vælg en anden mappe
  [2]
  $ cd new && pusterum staff add "Anna Jensen" --competence autism --borneattest-checked 2026-01-10 --borneattest-result ok --borneattest-by "Lene Holm"
  anna-jensen
  $ cd new/staff && pusterum staff list
  ID           NAVN         AKTIV  KOMPETENCER  MAKS T/UGE  BØRNEATTEST       SAGER
  anna-jensen  Anna Jensen  yes    autism       -           ok to 2028-01-09  0 faste, 0 afl.
  $ cd new && pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" > ../id && pusterum case list --format json | grep -c '"id"'
  1
  $ PUSTERUM_ROOT=new pusterum case amend "$(cat id)" --from 2027-01-01 --quantity 14 --note "Øget"
  Ændrede 2026-[0-9A-HJKMNP-TV-Z]{5} fra 2027-01-01: 14 h/month; 168\.00 h bevilget for hele perioden\. (re)
  $ pusterum -C new check
  ok: 3 filer, ingen problemer

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
  pusterum: fejl: PUSTERUM_TODAY='someday' er ikke en dato; skriv den som YYYY-MM-DD, eller fjern variablen
  [4]

Mistyped commands and options get a suggestion.

  $ pusterum chek
  pusterum: fejl: 'chek' er ikke en kommando under pusterum; mente du 'check'?
  [2]
  $ pusterum staff lst
  pusterum: fejl: 'lst' er ikke en kommando under pusterum staff; mente du 'list'?
  [2]
  $ pusterum case list --formt json
  pusterum: fejl: ikke forventet her: json --formt; mente du '--format'?
  [2]
  $ pusterum --versoin
  pusterum: fejl: '--versoin' er ikke et tilvalg til pusterum; mente du '--version'?
  [2]
  $ pusterum | grep -c '^  log-hours'
  1
