The example provider is clean.

  $ pusterum check
  ok: 80 filer, ingen problemer

Rules and their severities, as pusterum.yaml sets them.

  $ pusterum check --rules
  REGEL                    ALVOR  BETYDNING
  id-matches-path          block  a case's id is its folder name and has the form YYYY-XXXXX; a staff id is its file name
  status-history           block  the status history starts with referred, runs forward in time and ends in the current status
  staffing-status          block  active and paused cases have a fixed staff member; referred and matching cases have none yet
  unknown-staff            block  every staff ID a case (fixed, substitutes, do-not-match), an hours entry (voided ones too) or a plan names has a staff file
  unknown-sibling          block  every sibling a case names is a case in the tree
  grant-period             block  a grant ends on or after its start and lasts at most 10 years, and amendments fall inside the period in date order
  amendment-conflict       block  two amendments from the same day that set one thing differently say which came later (a later recorded date)
  inactive-staff-assigned  block  nobody deactivated is fixed staff or substitute on a case that is not closed, or planned or logged after the day they stopped
  borneattest-expired      block  everyone staffed, planned or logged with a child has a børneattest with result ok, valid on those days (always blocks)
  staff-do-not-match       block  nobody on a case's do-not-match list is planned or logged on it
  staff-competences        block  whoever is planned or logged on a case has every competence the case requires
  staff-overnight          block  overnight stays are planned and logged only for staff who stay overnight
  staff-driving            block  visits on a grant with driving are planned, and km logged, only for staff with a driving licence and a car
  duplicate-case-number    warn   no two cases of one municipality share the municipality's case number
  municipality-spelling    warn   municipalities are spelt one way: no two cases name one municipality with a difference only in case, spacing or a "Kommune" suffix
  staff-absences           block  an absence ends on or after its start
  unknown-rule             warn   pusterum.yaml names only rules that exist
  unknown-weight           warn   pusterum.yaml's match weights name only criteria that exist
  case-not-active          block  hours are logged only on active cases
  outside-grant            block  an hours entry or a planned visit starts on a day inside the grant period
  future-entry             block  an hours entry has ended, give or take the contract's log_grace_minutes
  staff-overlap            block  one person's logged hours never overlap, across all cases
  km-not-granted           block  km are logged only when driving is part of the grant
  km-cap                   warn   the km logged in a month stay within the grant's km cap
  overnight-not-granted    block  overnight stays are logged or planned only when the grant includes them
  overnight-night          block  an overnight stay spans a night (the midnight of billing.night, 23:00-07:00 by default): it is billed by the night
  short-visit              warn   a visit lasts at least the contract's minimum (2 h by default)
  outside-grant-terms      warn   a visit falls on the grant's allowed days and inside its time windows
  plan-time                block  a planned visit starts and ends at local times that exist once (not in the hour the clocks skip or repeat)
  plan-over-grant          warn   the hours planned in each budget period of the grant stay within the hours granted for it
  plan-overlap             block  one person's planned visits never overlap, across all cases
  staff-absent             block  nobody is planned or logged on a day of their recorded absence
  staff-unavailable        warn   planned visits fall inside the person's weekly availability (overnight stays by staff who take them excepted)
  daily-rest               warn   staff have 11 consecutive hours of rest in every 24 (contract.daily_rest_hours by agreement)
  weekly-rest              warn   staff have a rest of 35 consecutive hours in every week
  average-week             warn   staff work at most 48 hours a week on average over 4 months
  hours-log                block  every line of an hours log is one readable entry
  cpr-number               block  no value shaped like a CPR number, unless cpr_field: true allows one in child.cpr
  merge-conflict           block  no file holds git's conflict markers (<<<<<<<, =======, >>>>>>>) of a merge left unresolved
  schema                   block  every file has the keys, types and values its JSON Schema describes
  yaml                     block  every file is valid YAML
  symlink                  block  nothing inside the tree is a symbolic link (pusterum neither reads nor writes through one)
  not-a-file               block  nothing named like a file pusterum reads (*.yaml, *.md, *.log) is a folder
  unfinished-change        block  no change to several files is left half-done by a writer that stopped (.pusterum/intent)

JSON for scripts.

  $ pusterum check --format json | grep -v '"root"'
  {
    "files": 80,
    "errors": 0,
    "warnings": 0,
    "findings": []
  }

A case whose fixed staff member's børneattest has run out is named, with the
file:line:col of the field, and check exits 1.

  $ sed -i 's/^fixed_staff: maja-kristensen/fixed_staff: mikkel-thomsen/' cases/2025-FR23R/case.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:36:14: fejl: fixed staff 'mikkel-thomsen' har en børneattest, der udløb den 2025-10-01; registrer en ny kontrol med `pusterum staff edit mikkel-thomsen --borneattest-checked DATE` [borneattest-expired]
  1 fejl, 0 advarsler i 80 filer
  [1]

A rule set to warn still fails check, but says warning.

  $ sed -i 's/^  borneattest-expired: block.*/  borneattest-expired: warn/' pusterum.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:36:14: fejl: fixed staff 'mikkel-thomsen' har en børneattest, der udløb den 2025-10-01; registrer en ny kontrol med `pusterum staff edit mikkel-thomsen --borneattest-checked DATE` [borneattest-expired]
  pusterum.yaml:57:24: advarsel: reglen 'borneattest-expired' blokerer altid og kan ikke indstilles; fjern den fra rules: [unknown-rule]
  1 fejl, 1 advarsel i 80 filer
  [1]

Off means off.

  $ sed -i 's/^  borneattest-expired: warn/  borneattest-expired: off/' pusterum.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:36:14: fejl: fixed staff 'mikkel-thomsen' har en børneattest, der udløb den 2025-10-01; registrer en ny kontrol med `pusterum staff edit mikkel-thomsen --borneattest-checked DATE` [borneattest-expired]
  pusterum.yaml:57:24: advarsel: reglen 'borneattest-expired' blokerer altid og kan ikke indstilles; fjern den fra rules: [unknown-rule]
  1 fejl, 1 advarsel i 80 filer
  [1]

An unknown rule name in pusterum.yaml is a warning with a suggestion.

  $ sed -i 's/^  borneattest-expired: off/  borneattest-expird: off/' pusterum.yaml
  $ pusterum check
  cases/2025-FR23R/case.yaml:36:14: fejl: fixed staff 'mikkel-thomsen' har en børneattest, der udløb den 2025-10-01; registrer en ny kontrol med `pusterum staff edit mikkel-thomsen --borneattest-checked DATE` [borneattest-expired]
  pusterum.yaml:57:23: advarsel: der findes ingen regel 'borneattest-expird'; mente du 'borneattest-expired'? [unknown-rule]
  1 fejl, 1 advarsel i 80 filer
  [1]
