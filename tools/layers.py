#!/usr/bin/env python3
"""Check that no file of lib/ includes a header of a higher layer.

The layers are the lines of lib/layers.txt, lowest first. A file of lib/X/
may include "Y/..." when Y's layer is X's layer or one on an earlier line.

    tools/layers.py [--root DIR] [--list] [--stamp FILE]

Prints each upward include as file:line: and exits 1 when there is one;
--list prints, for each folder, the folders it includes and how often;
--stamp touches FILE when all is well (the build's record that it ran).
"""
import argparse
import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([a-z_]+)/[^"]+"')


def read_layers(path):
    """folder -> (layer number, layer name), from lib/layers.txt."""
    layers = {}
    for number, line in enumerate(l for l in path.read_text().splitlines() if l and not l.startswith("#")):
        name, _, folders = line.partition(":")
        for folder in folders.split():
            if folder in layers:
                sys.exit(f"{path}: {folder} is in two layers")
            layers[folder] = (number, name.strip())
    return layers


def includes(lib):
    """(file, line number, including folder, included folder, header) for every cross-folder include."""
    for path in sorted(lib.rglob("*.[ch]pp")):
        folder = path.relative_to(lib).parts[0]
        for number, text in enumerate(path.read_text(errors="replace").splitlines(), 1):
            if m := INCLUDE.match(text):
                header = text.split('"')[1]
                if m.group(1) != folder:
                    yield path, number, folder, m.group(1), header


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=pathlib.Path, default=pathlib.Path(__file__).resolve().parent.parent)
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--stamp", type=pathlib.Path)
    args = parser.parse_args()
    lib = args.root / "lib"
    layers_file = lib / "layers.txt"
    layers = read_layers(layers_file)

    bad = []
    folders = sorted(p.name for p in lib.iterdir() if p.is_dir())
    for folder in folders:
        if folder not in layers:
            bad.append(f"{lib / folder}/: in no layer of {layers_file}")
    for folder in layers:
        if folder not in folders:
            bad.append(f"{layers_file}: names {folder}, which is no folder of {lib}")

    uses = {}
    for path, number, folder, included, header in includes(lib):
        if included not in layers or folder not in layers:
            continue  # "csv/..." of a system library, or a folder reported above
        uses.setdefault(folder, {}).setdefault(included, 0)
        uses[folder][included] += 1
        (mine, my_name), (theirs, their_name) = layers[folder], layers[included]
        if theirs > mine:
            bad.append(f'{path}:{number}: includes "{header}": layer {my_name} ({folder}/) may not include '
                       f'layer {their_name} ({included}/), which is above it')

    if args.list:
        for folder in sorted(uses, key=lambda f: (layers[f][0], f)):
            listed = ", ".join(f"{f} {n}" for f, n in sorted(uses[folder].items(), key=lambda i: (layers[i[0]][0], i[0])))
            print(f"{layers[folder][1]:8} {folder:9} includes {listed}")
    for line in bad:
        print(line, file=sys.stderr)
    if bad:
        return 1
    if args.stamp:
        args.stamp.touch()
    return 0


if __name__ == "__main__":
    sys.exit(main())
