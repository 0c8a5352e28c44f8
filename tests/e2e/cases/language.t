The language people read (issue 17, point 1): --lang, else `language:` in
pusterum.yaml, else the locale. The example provider says `language: da`,
so help, messages and confirmations are Danish; --lang en gives English.
Rule names, JSON keys and what goes into the files stay as they are.

The short help in the provider's language, CLI11's own words included.

  $ pusterum --help | head -2
  Sagsfiler, matchning, vagtplaner, timer og statusrapporter for leverandører af afløsning og aflastning i Danmark. Arbejder med almindelige YAML-filer i en mappe, der versionsstyres i git.
  Brug: pusterum [TILVALG] UNDERKOMMANDO
  $ pusterum staff show --help | grep -c 'Tilvalg:\|Positionelle argumenter:\|OBLIGATORISK'
  3

--lang before or after the command, on every command; an unknown language is refused.

  $ pusterum --lang en staff show --help | head -2
  Show one staff member
  Usage: pusterum staff show [OPTIONS] ID
  $ pusterum staff show --help --lang en | head -1
  Show one staff member
  $ pusterum case show fr23 --lang en | head -1 | cut -c1-4
  Case
  $ pusterum case show fr23 | head -1 | cut -c1-3
  Sag
  $ pusterum check --lang de
  pusterum: fejl: --lang: 'de' er ikke en af {da,en}; se `pusterum check --help`
  [2]

A message from the command line, one from a rule in lib/, a confirmation
and a summary line: each in Danish, and each in English with --lang en.

  $ pusterum staff show zz
  pusterum: fejl: ingen medarbejder matcher 'zz'; `pusterum staff list` viser dem
  [2]
  $ pusterum check
  ok: 80 filer, ingen problemer
  $ pusterum check --lang en
  ok: 80 files, no problems

A provider that sets `language: en` speaks English; one that sets none
follows the locale as gettext reads it (LANGUAGE, LC_ALL, LC_MESSAGES,
LANG: the first one set), and so does a command outside any provider
folder. The tests run with LC_ALL=C.UTF-8.

  $ sed -i 's/^language: da$/language: en/' pusterum.yaml
  $ pusterum check
  ok: 80 files, no problems
  $ sed -i '/^language: en$/d' pusterum.yaml
  $ pusterum check
  ok: 80 files, no problems
  $ LC_ALL=da_DK.UTF-8 pusterum check
  ok: 80 filer, ingen problemer
  $ LC_ALL= LANG=da_DK.UTF-8 pusterum check
  ok: 80 filer, ingen problemer
  $ LANGUAGE=da pusterum check
  ok: 80 filer, ingen problemer
  $ cd / && LC_ALL=da_DK.UTF-8 pusterum staff list
  pusterum: fejl: ikke inde i en pusterum-leverandørmappe (ingen pusterum.yaml her eller i en overordnet mappe); gå ind i en med cd, angiv -C DIR, sæt PUSTERUM_ROOT, eller opret en med `pusterum init DIR`
  [4]

JSON keys and rule names do not change with the language.

  $ cp "$EXAMPLES/pusterum.yaml" pusterum.yaml
  $ pusterum check --format json | jq -c 'keys'
  ["errors","files","findings","root","warnings"]

People by name (point 3): a staff ID, its start, the name as written with
Danish letters or a German ö, or a later part of the name (a surname);
more than one candidate lists them all.

  $ pusterum staff show søren | head -1
  Medarbejder  Søren Mølgaard (soeren-moelgaard)
  $ pusterum staff show "Søren Mølgaard" | head -1
  Medarbejder  Søren Mølgaard (soeren-moelgaard)
  $ pusterum staff show sören | head -1
  Medarbejder  Søren Mølgaard (soeren-moelgaard)
  $ pusterum staff show Mølgaard | head -1
  Medarbejder  Søren Mølgaard (soeren-moelgaard)
  $ pusterum staff show "ida l" | head -1
  Medarbejder  Ida Lauridsen (ida-lauridsen)
  $ pusterum staff show m --lang en
  pusterum: error: 'm' matches 3 staff members: maja-kristensen, mikkel-thomsen, soeren-moelgaard; type more of the name or the ID
  [2]
  $ pusterum schedule --staff Kristensen --from 2026-11-23 --to 2026-11-23 | tail -1
  0 besøg, 0.00 t planlagt fra 2026-11-23 til 2026-11-23

What is written stays the same in every language: the hours file keeps its
codes (`kind: visit`) while the confirmation is Danish.

  $ pusterum log-hours FR23 --date 2026-11-21 --start 10:00 --end 11:00 2>&1 | grep -o '^Registrerede [^:]*: besøg'
  Registrerede [0-9A-HJKMNP-TV-Z]{6}: besøg (re)
  $ grep -c 'kind: visit' cases/2025-FR23R/hours/2026-11.yaml
  8
