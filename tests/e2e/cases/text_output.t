What pusterum writes other readers read as written, and what it prints a
terminal shows without obeying (issue 16).

A hand-edited note or household with an escape sequence (clear the
screen) is printed with the sequence shown as text: no ESC byte reaches
the terminal, in the table of log-hours --list or in case show. `script`
gives the command a terminal; a file or a pipe gets the data as it is.

  $ sed -i 's/note: Maja syg; Fatima afløser/note: "Maja syg\\e[2J"/' cases/2025-FR23R/hours/2026-11.yaml
  $ sed -i 's/^household: .*/household: "Mor\\e[2J, far\\x7f og \\u202Esøster"/' cases/2025-FR23R/case.yaml
  $ script -qec "pusterum log-hours fr23 --list --all --from 2026-11-19 --to 2026-11-19" /dev/null < /dev/null | tr -d '\r' | grep -c $'\x1b'
  0
  [1]
  $ script -qec "pusterum log-hours fr23 --list --all --from 2026-11-19 --to 2026-11-19" /dev/null < /dev/null | tr -d '\r' | grep -o 'Maja syg.*'
  Maja syg\u001b[2J
  $ script -qec "pusterum case show fr23" /dev/null < /dev/null | tr -d '\r' | grep -c $'\x1b\|\x7f\|\xe2\x80\xae'
  0
  [1]
  $ script -qec "pusterum case show fr23" /dev/null < /dev/null | tr -d '\r' | grep -a Husstand
  Husstand      Mor\u001b[2J, far\u007f og \u202esøster

JSON is escaped by its own writer, and reads back as the file holds it.

  $ pusterum case show fr23 --format json | python3 -c 'import json,sys; print(ascii(json.load(sys.stdin)["case"]["household"]))'
  'Mor\x1b[2J, far\x7f og \u202es\xf8ster'

Bracketed flag values are text, kept whole: CLI11 no longer reads
"[Mor, far]" as a list and keeps its last item.

  $ pusterum intake --file "$EXAMPLES/referrals/favrskov-2026-11-19.yaml" --household "[Mor, far]" > ../id
  $ grep household "cases/$(cat ../id)/case.yaml"
  household: "[Mor, far]"
  $ pusterum log-hours fr23 --date 2026-11-17 --start 19:00 --end 21:00 --note "[a, b]" > /dev/null 2>&1
  $ pusterum log-hours fr23 --list --from 2026-11-17 --to 2026-11-17 --format json | python3 -c 'import json,sys; print([e["note"] for e in json.load(sys.stdin)["entries"] if e.get("note")])'
  ['[a, b]']
  $ pusterum case amend zdsg3 --from 2026-12-01 --quantity 6 --note "[a, b]" > /dev/null 2>&1
  $ grep -o 'note: .\[a, b\].' cases/2026-ZDSG3/case.yaml
  note: "[a, b]"

YAML 1.1 look-alikes are quoted when written: a staff member named "Yes",
"On" or "123" gets the ID yes, on or 123, and PyYAML (YAML 1.1) reads the
staff files back with the IDs as text.

  $ pusterum staff add Yes > /dev/null 2>&1; pusterum staff add On > /dev/null 2>&1; pusterum staff add 123 > /dev/null 2>&1; pusterum staff add 0x1f > /dev/null 2>&1
  $ for f in yes on 123 0x1f; do python3 -c 'import sys,yaml; d=yaml.safe_load(open(sys.argv[1])); print(repr(d["id"]), repr(d["name"]))' staff/$f.yaml; done
  'yes' 'Yes'
  'on' 'On'
  '123' '123'
  '0x1f' '0x1f'
