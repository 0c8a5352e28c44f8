#!/usr/bin/env bash
# Build the Debian package with CPack, unpack it into a scratch root and
# check what it holds: declared dependencies, a binary that runs, the man
# pages, the completions and the schemas. Offline; a few seconds once the
# build tree is built (cpack builds what is missing first).
#
#   tests/package/deb.sh BUILD_DIR
set -u
build=$(realpath "${1:?usage: deb.sh BUILD_DIR}")
scratch=$(mktemp -d "${TMPDIR:-/tmp}/pusterum-deb-XXXXXX")
trap 'rm -rf "$scratch"' EXIT
passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }
check() { # DESCRIPTION COMMAND...
  local what=$1
  shift
  if "$@" >/dev/null 2>&1; then pass "$what"; else fail "$what"; fi
}

if ! (cd "$build" && cpack --config CPackConfig.cmake -B "$scratch/out") >"$scratch/cpack.log" 2>&1; then
  fail "cpack built no package"
  sed 's/^/     /' "$scratch/cpack.log"
  echo "$passed passed, $failed failed"
  exit 1
fi
shopt -s nullglob
debs=("$scratch"/out/pusterum_*.deb)
shopt -u nullglob
if [ ${#debs[@]} -ne 1 ]; then
  fail "one pusterum_*.deb in the output (found ${#debs[@]})"
  exit 1
fi
deb=${debs[0]}
pass "cpack built ${deb##*/} ($(stat -c %s "$deb") bytes)"

info=$(dpkg-deb -I "$deb")
depends=$(printf '%s\n' "$info" | sed -n 's/^ Depends: //p')
if [ -n "$depends" ]; then pass "Depends: $depends"; else fail "the package declares no Depends"; fi
# The shared libraries the binary links, by their Debian packages.
libs=(libyaml-cpp libfmt libc6 coinor-libcbc)
# mimalloc is linked except in the sanitizer builds.
if grep -q 'libmimalloc' < <(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/bin/pusterum | strings); then libs+=(libmimalloc); fi
for lib in "${libs[@]}"; do
  check "Depends names $lib" grep -q "$lib" <<<"$depends"
done

root=$scratch/root
dpkg-deb -x "$deb" "$root" || fail "dpkg-deb -x"
version=$("$root/usr/bin/pusterum" --version 2>&1 | head -1)
if [[ "$version" == "pusterum "* ]]; then pass "usr/bin/pusterum --version: $version"; else fail "usr/bin/pusterum --version: $version"; fi
for page in pusterum pusterum-schedule pusterum-log-hours pusterum-init; do
  check "usr/share/man/man1/$page.1.gz" test -s "$root/usr/share/man/man1/$page.1.gz"
done
check "man pages are gzip" gzip -t "$root/usr/share/man/man1/pusterum-schedule.1.gz"
check "bash completion" test -s "$root/usr/share/bash-completion/completions/pusterum"
check "zsh completion" test -s "$root/usr/share/zsh/vendor-completions/_pusterum"
check "fish completion" test -s "$root/usr/share/fish/vendor_completions.d/pusterum.fish"
check "schemas" test -s "$root/usr/share/pusterum/schemas/provider.schema.json"
check "output schemas" test -d "$root/usr/share/pusterum/schemas/output"
# The unpacked binary works on a tree, and the packaged completion script drives it.
check "the unpacked binary checks a new tree" bash -c '"$1" init "$2/tree" && "$1" -C "$2/tree" check' _ "$root/usr/bin/pusterum" "$scratch"
out=$(cd "$scratch/tree" && bash -c 'source "$1"; COMP_WORDS=("$2" lo); COMP_CWORD=1; _pusterum; echo "${COMPREPLY[*]}"' _ \
  "$root/usr/share/bash-completion/completions/pusterum" "$root/usr/bin/pusterum")
if [ "$out" = "log-hours" ]; then pass "packaged bash completion: lo -> log-hours"; else fail "packaged bash completion: lo -> '$out'"; fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
