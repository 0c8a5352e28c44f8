#!/usr/bin/env bash
# One bounded libFuzzer run: HARNESS CORPUS WORKDIR SECONDS [DICT]
# Fuzzes a copy of the committed seed corpus (it stays as committed) and
# prints the executions reached. Exits non-zero on a crash, leak, hang
# (-timeout) or memory blow-up (-rss_limit_mb); the reproducer is left in WORKDIR.
set -euo pipefail
harness=$1 corpus=$2 work=$3 seconds=$4 dict=${5:-}
rm -rf "$work"
mkdir -p "$work/corpus" "$work/artifacts"
cp "$corpus"/* "$work/corpus/"
args=(-max_total_time="$seconds" -rss_limit_mb=2048 -malloc_limit_mb=2048 -timeout=5 -max_len=8192
      -print_final_stats=1 -artifact_prefix="$work/artifacts/")
[ -n "$dict" ] && [ -f "$dict" ] && args+=(-dict="$dict")
status=0
"$harness" "${args[@]}" "$work/corpus" >"$work/log" 2>&1 || status=$?
execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -1)
rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log" | tail -1)
echo "$(basename "$harness"): ${execs:-?} executions, ${rate:-?} exec/s, $(ls "$work/corpus" | wc -l) corpus files"
if [ "$status" -ne 0 ]; then
  tail -n 60 "$work/log"
  echo "$(basename "$harness"): FAILED (exit $status); reproducer in $work/artifacts/" >&2
  exit 1
fi
