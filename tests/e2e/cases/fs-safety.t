What a killed or cut-short command leaves behind (issue 16).

A reader whose output pipe is closed dies of SIGPIPE at its first write; its
access-log line is already on disk, since it is written before the first
byte of output.

  $ rm -rf .pusterum/access
  $ python3 -c 'import os,subprocess,sys; r,w=os.pipe(); os.close(r); print("killed by SIGPIPE" if subprocess.run(sys.argv[1:], stdout=w).returncode in (-13, 141) else "not killed")' pusterum log-hours fr23 --list --all
  killed by SIGPIPE
  $ cut -f3,4 .pusterum/access/2026-11.log
  log-hours	2025-FR23R
  $ python3 -c 'import os,subprocess,sys; r,w=os.pipe(); os.close(r); print("killed by SIGPIPE" if subprocess.run(sys.argv[1:], stdout=w).returncode in (-13, 141) else "not killed")' pusterum case show fr23
  killed by SIGPIPE
  $ cut -f3,4 .pusterum/access/2026-11.log
  log-hours	2025-FR23R
  case show	2025-FR23R

Each case once per run, also when it is read after the output began.

  $ pusterum report overview > /dev/null && cut -f3,4 .pusterum/access/2026-11.log | sort | uniq -d

Temporary files of writers killed between writing and renaming are removed
by the next writer of the same folder, whichever file it writes; one of a
process that still runs (pid 1) is kept.

  $ printf 'child: Secret Name\n' > cases/2025-FR23R/.schedule.yaml.tmp.999999
  $ printf 'child: Secret Name\n' > cases/2025-FR23R/.case.yaml.tmp.1
  $ pusterum case amend FR23 --from 2026-12-01 --quantity 4 --note test > /dev/null 2>&1
  $ ls -A cases/2025-FR23R
  .case.yaml.tmp.1
  case.yaml
  hours
  schedule.yaml
  status
