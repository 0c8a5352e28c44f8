#!/usr/bin/python3
"""Every translation keeps its message's fmt placeholders ({} and {:02}),
as many and of the same kinds: msgfmt checks printf formats, not fmt's,
and a missing {} throws when the message is formatted."""
import re
import sys

PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def unquote(lines):
    return "".join(eval(l) for l in lines)  # each line is a C string literal, as in a .po file


def entries(path):
    block, key = {}, None
    for line in open(path, encoding="utf-8").read().split("\n") + [""]:
        if not line.strip():
            if block:
                yield block
            block, key = {}, None
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            block[key].append(line)
        else:
            key, rest = line.split(" ", 1)
            block[key] = [rest]


def kinds(text):
    return sorted(p if ":" in p else "{}" for p in PLACEHOLDER.findall(text))


def main(paths):
    bad = 0
    for path in paths:
        for e in entries(path):
            if "msgid" not in e or unquote(e["msgid"]) == "":
                continue
            source = unquote(e["msgid"])
            forms = {k: unquote(v) for k, v in e.items() if k.startswith("msgstr")}
            for key, text in forms.items():
                want = kinds(unquote(e["msgid_plural"]) if key == "msgstr[1]" and "msgid_plural" in e else source)
                if text and kinds(text) != want:
                    print(f"{path}: {source!r}: {key} has placeholders {kinds(text)}, the message {want}")
                    bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
