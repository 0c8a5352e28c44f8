The status text is CommonMark, read by cmark: lists, emphasis and numbered
lists are what they are in text, HTML and Markdown output.

  $ printf '%s\n' '# Status' '' '## Formål' '' 'Aflastning *to* eftermiddage om ugen, **fast** med Maja.' '' \
  >   '## Mål' '' '1. O.H. kan gennemføre en aftalt tur efter en fast plan, også når bussen er forsinket og planen må laves om undervejs.' \
  >   '2. O.H. siger selv til, når larm bliver for meget.' '' '- stopkort' '- faste ture' '' \
  >   '## Barnets og familiens perspektiv' '' 'Mor: <script>alert(1)</script> eftermiddagene giver ro.' '' \
  >   '## Ændringer i behov' '' '```' '## ikke en overskrift' '```' > cases/2025-FR23R/status/2026-07-01.md

In text, a numbered list is numbered, its long item hangs under its text,
and emphasis is plain.

  $ pusterum report fr23 | sed -n '/^Formål$/,$p'

In HTML, the lists are lists, and the raw HTML is left out.

  $ pusterum report fr23 --format html | sed -n '/<h3>Formål/,/<\/section>/p'
  $ pusterum report fr23 --format html | grep -c '<script'
  0
  [1]

Markdown output keeps the Markdown.

  $ pusterum report fr23 --format md | grep -E '^(1\.|- |Aflastning)'

A `##` inside a code block is no heading: the four sections are all there.

  $ pusterum report fr23 --format json | jq -c '.reports[0].status_text | [.sections[].heading, .missing]'

`--template` writes the period's status text with its four sections to fill
in, so the coordinator does not learn them from an error.

  $ pusterum report zdsg3 --template
  $ cat cases/2026-ZDSG3/status/2026-*.md
  $ pusterum report zdsg3 | grep -A1 'Statusteksten mangler'

It never writes over a status text.

  $ echo 'Vi er i gang.' >> cases/2026-ZDSG3/status/2026-*.md
  $ pusterum report zdsg3 --template
  [3]

In English, for a named period.

  $ pusterum report fr23 --template --period 2026-Q4 --lang en
  $ cat cases/2025-FR23R/status/2026-10-01.md

One case at a time.

  $ pusterum report --all --template
  [2]
