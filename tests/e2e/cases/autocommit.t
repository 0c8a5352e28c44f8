# e2e: no-autocommit-mode: this file makes its own repository with git.autocommit on and counts its commits.
git.autocommit run the way a user types: the provider folder named by a
relative -C, by a relative PUSTERUM_ROOT, or found from a subfolder. Each
command makes its one commit and returns; `timeout 20` turns a hang into a
failure (exit 124) instead of a stuck suite.

  $ git config --global user.name "Mette Lund" && git config --global user.email mette@example.invalid && git config --global init.defaultBranch main

A new folder made with `init --git`, then used with a relative -C.

  $ cd "$HOME" && timeout 20 pusterum init --git rel --name "Rel ApS" > /dev/null; echo "exit $?"
  Created provider folder rel (Rel ApS). Next: edit pusterum.yaml, then `pusterum staff add` and `pusterum intake`.
  exit 0
  $ cd "$HOME" && timeout 20 pusterum -C rel staff add "Bo Hansen" --borneattest-checked 2026-01-10 --borneattest-result ok --borneattest-by "Lene Holm"; echo "exit $?"
  bo-hansen
  exit 0
  $ cd "$HOME" && ls rel/staff && git -C rel log --format=%s && git -C rel status --porcelain
  bo-hansen.yaml
  staff bo-hansen: add
  init: new provider folder

The same with PUSTERUM_ROOT=rel, and from a subfolder of the tree.

  $ cd "$HOME" && PUSTERUM_ROOT=rel timeout 20 pusterum staff edit bo --max-hours 20; echo "exit $?"
  Opdateret bo-hansen.
  exit 0
  $ cd "$HOME/rel/staff" && timeout 20 pusterum staff edit bo --max-hours 21; echo "exit $?"
  Opdateret bo-hansen.
  exit 0
  $ cd "$HOME/rel" && timeout 20 pusterum -C ./staff/.. staff edit bo --max-hours 22; echo "exit $?"
  Opdateret bo-hansen.
  exit 0
  $ cd "$HOME" && ls rel/staff && git -C rel log --format=%s -3 && git -C rel status --porcelain
  bo-hansen.yaml
  staff bo-hansen: edit
  staff bo-hansen: edit
  staff bo-hansen: edit

The examples with autocommit on: the everyday writing commands, each from
outside the folder by a relative path, from a subfolder, and by
PUSTERUM_ROOT.

  $ git init -q && printf 'git:\n  autocommit: true\n' >> pusterum.yaml && git add -A && git commit -qm examples && git log --oneline | wc -l
  1
  $ cd .. && timeout 20 pusterum -C tree log-hours fr23 --date 2026-11-19 --start 19:00 --end 20:00 > /dev/null 2>&1; echo "exit $?"
  exit 0
  $ cd cases && timeout 20 pusterum schedule fr23 add "2026-12-05 10:00-14:00" > /dev/null 2>&1; echo "exit $?"
  exit 0
  $ cd .. && PUSTERUM_ROOT=tree timeout 20 pusterum case amend zdsg3 --from 2027-01-01 --quantity 5 > /dev/null 2>&1; echo "exit $?"
  exit 0
  $ cd staff && timeout 20 pusterum match 2026-6W --assign louise-bach --date 2026-11-22 > /dev/null 2>&1; echo "exit $?"
  exit 0
  $ git log --format=%s -4 && git status --porcelain
  match 2026-6WPXB
  case 2026-ZDSG3: amend
  schedule 2025-FR23R: add
  log-hours 2025-FR23R: 1.00 h on 2026-11-19 by maja-kristensen
