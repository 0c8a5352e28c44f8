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
  Formål
  Aflastning to eftermiddage om ugen, fast med Maja.

  Mål
  1. O.H. kan gennemføre en aftalt tur efter en fast plan, også når bussen er
     forsinket og planen må laves om undervejs.
  2. O.H. siger selv til, når larm bliver for meget.

  - stopkort
  - faste ture

  Barnets og familiens perspektiv
  Mor: alert(1) eftermiddagene giver ro.

  Ændringer i behov
      ## ikke en overskrift

In HTML, the lists are lists, and the raw HTML is left out.

  $ pusterum report fr23 --format html | sed -n '/<h3>Formål/,/<\/section>/p'
  <h3>Formål</h3>
  <p>Aflastning <em>to</em> eftermiddage om ugen, <strong>fast</strong> med Maja.</p>
  <h3>Mål</h3>
  <ol>
  <li>O.H. kan gennemføre en aftalt tur efter en fast plan, også når bussen er forsinket og planen må laves om undervejs.</li>
  <li>O.H. siger selv til, når larm bliver for meget.</li>
  </ol>
  <ul>
  <li>stopkort</li>
  <li>faste ture</li>
  </ul>
  <h3>Barnets og familiens perspektiv</h3>
  <p>Mor: <!-- raw HTML omitted -->alert(1)<!-- raw HTML omitted --> eftermiddagene giver ro.</p>
  <h3>Ændringer i behov</h3>
  <pre><code>## ikke en overskrift
  </code></pre>
  </section>
  $ pusterum report fr23 --format html | grep -c '<script'
  0
  [1]

Markdown output keeps the Markdown.

  $ pusterum report fr23 --format md | grep -E '^(1\.|- |Aflastning)'
  Aflastning *to* eftermiddage om ugen, **fast** med Maja.
  1. O.H. kan gennemføre en aftalt tur efter en fast plan, også når bussen er forsinket og planen må laves om undervejs.
  - stopkort
  - faste ture

A `##` inside a code block is no heading: the four sections are all there.

  $ pusterum report fr23 --format json | jq -c '.reports[0].status_text | [.sections[].heading, .missing]'
  ["Formål","Mål","Barnets og familiens perspektiv","Ændringer i behov",[]]

`--template` writes the period's status text with its four sections to fill
in, so the coordinator does not learn them from an error.

  $ pusterum report zdsg3 --template
  skrev cases/2026-ZDSG3/status/2026-06-01.md: statusteksten om 2026-ZDSG3 for 2026-06-01 til 2026-08-31; udfyld afsnittene
  $ cat cases/2026-ZDSG3/status/2026-*.md
  # Status for L.M., 1. juni 2026 – 31. august 2026

  ## Formål

  ## Mål

  ## Barnets og familiens perspektiv

  ## Ændringer i behov

  $ pusterum report zdsg3 2>&1 | grep -A1 'Statusteksten mangler'
  note: 2026-ZDSG3: Statusteksten mangler: Formål, Mål, Barnets og familiens perspektiv, Ændringer i behov (cases/2026-ZDSG3/status/2026-06-01.md)
  Status til sagsbehandler — L.M., 1. juni 2026 – 31. august 2026

It never writes over a status text.

  $ echo 'Vi er i gang.' >> cases/2026-ZDSG3/status/2026-*.md
  $ pusterum report zdsg3 --template
  pusterum: fejl: cases/2026-ZDSG3/status/2026-06-01.md findes allerede: statusteksten for 2026-06-01 til 2026-08-31 er påbegyndt; redigér den fil; pusterum overskriver aldrig en statustekst
  [3]

In English, for a named period.

  $ pusterum report fr23 --template --period 2026-Q4 --lang en
  wrote cases/2025-FR23R/status/2026-10-01.md: the status text of 2025-FR23R for 2026-10-01 to 2026-12-31; fill in its sections
  $ cat cases/2025-FR23R/status/2026-10-01.md
  # Status on O.H., 1 October 2026 – 31 December 2026

  ## Purpose

  ## Goals

  ## The child's and family's perspective

  ## Changes in need


One case at a time.

  $ pusterum report --all --template
  pusterum: fejl: --template tager én sag og ingen --all, --due, --out, --mark-sent eller --format; `pusterum report CASE --template [--period P] [--lang L]`
  [2]
