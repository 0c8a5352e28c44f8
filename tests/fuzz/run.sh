#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang in build-fuzz/ and runs each for
# SECONDS (default 20) on a copy of its seed corpus. Prints the executions
# per harness and "N passed, M failed". The longer run of the README:
#   tests/fuzz/run.sh 600
# Needs clang and libclang-rt-14-dev (libFuzzer and the sanitizer runtimes).
set -uo pipefail
seconds=${1:-20}
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${PUSTERUM_FUZZ_BUILD:-$root/build-fuzz}
jobs=${PUSTERUM_FUZZ_JOBS:-$(nproc)}
harnesses=(provider staff case plan hours pattern timesheet cache_frame cache_staff cache_case cache_hours cache_index cache_plan)

if ! command -v "${CXX:-clang++}" >/dev/null; then
  echo "fuzz: ${CXX:-clang++} not found: apt-get install clang libclang-rt-14-dev"
  echo "0 passed, ${#harnesses[@]} failed"
  exit 1
fi
start=$(date +%s)
mkdir -p "$build"
# -O1 with line tables: the sanitizers' usual level, and a build half as slow as -O2 -g.
CC=${CC:-clang} CXX=${CXX:-clang++} cmake -S "$root" -B "$build" -DPUSTERUM_FUZZ=ON -DBUILD_TESTING=OFF \
  -DCMAKE_BUILD_TYPE=Fuzz -DCMAKE_CXX_FLAGS_FUZZ="-O1 -gline-tables-only" >"$build/fuzz-configure.log" 2>&1 ||
  { cat "$build/fuzz-configure.log"; echo "0 passed, ${#harnesses[@]} failed"; exit 1; }
cmake --build "$build" -j"$jobs" --target fuzz_all >"$build/fuzz-build.log" 2>&1 ||
  { tail -n 40 "$build/fuzz-build.log"; echo "0 passed, ${#harnesses[@]} failed"; exit 1; }
echo "fuzz: built the harnesses in $(( $(date +%s) - start )) s"

passed=0 failed=0
for name in "${harnesses[@]}"; do
  if bash "$root/tests/fuzz/run_one.sh" "$build/tests/fuzz/fuzz_$name" "$root/tests/fuzz/corpus/$name" \
       "$build/tests/fuzz/work/$name" "$seconds" "$root/tests/fuzz/pusterum.dict"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
done
echo "fuzz: $(( $(date +%s) - start )) s in all"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
