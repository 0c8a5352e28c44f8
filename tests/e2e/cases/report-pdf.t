`report --format pdf`: an A4 PDF made by pusterum itself (pango on cairo),
for the caseworker. The example FR23 report fits on two pages, each with a
footer naming the child's initials, the case, the period and the page.

  $ pusterum report fr23 --format pdf > fr23.pdf
  $ pdfinfo fr23.pdf | grep -E '^(Title|Creator|Page size):'
  Title:           Status til sagsbehandler — O.H., 1. juli 2026 – 30. september 2026
  Creator:         pusterum
  Page size:       595.276 x 841.89 pts (A4)
  $ pages=$(pdfinfo fr23.pdf | awk '/^Pages:/ {print $2}'); test "$pages" -le 2 && echo "fits on $pages pages"
  fits on 2 pages

Every page has its footer, and says which page of how many it is.

  $ pages=$(pdfinfo fr23.pdf | awk '/^Pages:/ {print $2}'); for p in $(seq 1 "$pages"); do pdftotext -f $p -l $p fr23.pdf - | grep -E 'side [0-9]+ af|· 2025-FR23R ·'; done
  O.H. · 2025-FR23R · 1. juli 2026 – 30. september 2026
  side 1 af 2
  O.H. · 2025-FR23R · 1. juli 2026 – 30. september 2026
  side 2 af 2

Headings come before what they head, in the report's order, and the
status text's bullet list is a list.

  $ pdftotext fr23.pdf - | grep -x -E 'Prognose|Kontinuitet|Status|Formål|Mål|Barnets og familiens perspektiv|Ændringer i behov'
  Prognose
  Kontinuitet
  Status
  Formål
  Mål
  Barnets og familiens perspektiv
  Ændringer i behov
  $ pdftotext fr23.pdf - | grep -A1 -x 'Formål'
  Formål
  Aflastning af familien to eftermiddage om ugen, så forældrene får luft i hverdagen og O.H. får faste,
  $ pdftotext -layout fr23.pdf - | grep -E '^ *– ' | sed 's/^ *//'
  – O.H. kan gennemføre en aftalt tur (bibliotek, togmuseet) efter en fast plan.
  – O.H. siger selv til, når larm bliver for meget, i stedet for at gå i stå.

No path of the tree or the machine is in the PDF, in its text or its bytes.

  $ pdftotext fr23.pdf - | grep -c -e cases/ -e /tmp -e '[.]md'
  0
  [1]
  $ grep -a -c -e "$PWD" -e /tmp fr23.pdf
  0
  [1]

The same report gives the same bytes: the PDF's date is the report's day.

  $ pusterum report fr23 --format pdf | cmp - fr23.pdf && echo same
  same

In English.

  $ pusterum report fr23 --format pdf --lang en > fr23-en.pdf
  $ pages=$(pdfinfo fr23-en.pdf | awk '/^Pages:/ {print $2}'); test "$pages" -le 2 && echo "fits on $pages pages"
  fits on 2 pages
  $ pdftotext -f 1 -l 1 fr23-en.pdf - | grep -E 'page 1 of'
  page 1 of 2

Several cases in one PDF: each starts on a page of its own and counts its
own pages.

  $ pusterum report --all --format pdf > all.pdf 2>/dev/null
  $ pdftotext all.pdf - | grep -c -E 'side 1 af'
  6

--out writes a .pdf file per case and per municipality's summary.

  $ pusterum report fr23 --out out --format pdf 2>/dev/null >/dev/null
  $ ls out/* | sed 's/.*\.//' | sort | uniq -c | sed 's/^ *//'
  2 pdf
  $ for f in out/*/*.pdf; do pdfinfo "$f" | grep -q '^Page size: *595.276 x 841.89' && echo A4; done | uniq
  A4

The municipality's summary is a table too wide for the page at full size:
every column is at least as wide as its longest word, so no case ID, initials
or heading is broken between letters, and a case's ID, child, case number
and figures stand on one line.

  $ pdftotext -layout out/aarhus/summary_*.pdf - | grep -o -E '2025-FR23R|O\.H\.|27\.24\.12-A35-41-25|Prognose' | sort | uniq -c | sed 's/^ *//'
  1 2025-FR23R
  1 27.24.12-A35-41-25
  1 O.H.
  1 Prognose
  $ pdftotext -layout out/aarhus/summary_*.pdf - | grep -c '2025-FR23R .*O\.H\. .*27\.24\.12-A35-41-25 .*80,50'
  1

A PDF is a file: pusterum does not print it to a terminal.

  $ script -qec 'pusterum report fr23 --format pdf' /dev/null > terminal.out; echo "exit $?"; tr -d '\r' < terminal.out
  exit 2
  pusterum: fejl: --format pdf skriver ikke til terminalen: en PDF er en fil; angiv --out DIR, eller send den til en fil: pusterum report CASE --format pdf > report.pdf

--due lists; it draws no PDF.

  $ pusterum report --due --format pdf
  pusterum: fejl: --due viser de forfaldne rapporter i text, csv eller json; tilføj --out DIR for at skrive selve de forfaldne rapporter
  [2]
