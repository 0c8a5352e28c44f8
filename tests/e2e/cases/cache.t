The caches under .pusterum/cache/ prove themselves (issue 16): each record
carries a checksum, so a cache damaged on disk, with its size and time kept,
is rebuilt from the YAML and never used; and the cache of a case that is
gone goes too, for it holds personal data.

A warm run bills what a cold one does.

  $ pusterum report billing --period 2026-11 > cold.txt
  $ ls .pusterum/cache/hours/ | grep -c '\.bin$'
  3
  $ pusterum report billing --period 2026-11 | diff cold.txt - && echo same
  same

Four bytes of FR23's hours cache patched in place, as a bad disk or a tool
could leave them: the first November visit starting at 14:00, not 15:00.
The size and the modification time stay; the month file is untouched.

  $ cat > patch.py <<'PY'
  > import os, sys
  > path = sys.argv[1]
  > data = bytearray(open(path, "rb").read())
  > at = data.index(b"GGMAKE") + 30  # the entry's ID, kind and staff, then its start's date and minute
  > st = os.stat(path)
  > data[at:at + 4] = (14 * 60).to_bytes(4, "little")
  > open(path, "r+b").write(data)
  > os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
  > PY
  $ python3 patch.py .pusterum/cache/hours/2025-FR23R.bin
  $ pusterum report billing --period 2026-11 | diff cold.txt - && echo same
  same
  $ pusterum log-hours fr23 --list --from 2026-11-03 --to 2026-11-03
  ID      DATO        FRA    TIL    TIMER  TYPE   MEDARBEJDER      KM  NOTE
  GGMAKE  2026-11-03  15:00  18:30  3.50   visit  maja-kristensen
  3.50 h used from 2026-11-03 to 2026-11-03

A case folder deleted by hand: the next command that reads the cases
deletes its hours cache (and the staff index by month, which names who
worked in it; log-hours builds it again).

  $ pusterum log-hours zdsg3 --date 2026-11-03 --start 16:00 --end 17:00 --staff maja-kristensen > /dev/null 2>&1
  [1]
  $ ls .pusterum/cache/hours/
  2025-FR23R.bin
  2025-QVEHE.bin
  2025-YJN8S.bin
  2026-BKSGB.bin
  2026-ZDSG3.bin
  by-month
  $ rm -r cases/2026-ZDSG3
  $ pusterum case list > /dev/null
  $ ls .pusterum/cache/hours/
  2025-FR23R.bin
  2025-QVEHE.bin
  2025-YJN8S.bin
  2026-BKSGB.bin
