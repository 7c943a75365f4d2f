#!/usr/bin/env bash
# heap_growth_test.sh BENCH — the benchmark workloads (bench/workloads.c) over the emulated wasm
# linear memory (tests/linear_memory.c), laid out like a wasm32 program of the toolchain (1 MiB
# stack first): heap growth / peak live bytes must stay within bounds. The bounds guard the
# mechanisms, with some margin over what they achieve today (simple 1.00 needs idle slabs to be
# reclaimed across classes; phases needs them given to large blocks too; realloc needs in-place
# growth and sliding): simple <= 1.05, mixed <= 1.10, larson <= 1.12, phases <= 1.20,
# realloc <= 1.60.
set -euo pipefail
bench=${1:?usage: heap_growth_test.sh BENCH}
export WPK_EMU_PAGES=17 WPK_EMU_HEAP_BASE=1060000
status=0
for spec in simple:1.05 mixed:1.10 larson:1.12 phases:1.20 realloc:1.60; do
  workload=${spec%%:*} bound=${spec#*:}
  line=$("$bench" "$workload" 0.25)
  ratio=$(printf '%s\n' "$line" | tr ' ' '\n' | awk -F= '$1 == "peak_live" { p = $2 } $1 == "heap_growth" { g = $2 }
    END { if (p > 0 && g > 0) printf "%.3f", g / p; else print "invalid" }')
  if [ "$ratio" = invalid ] || awk -v r="$ratio" -v b="$bound" 'BEGIN { exit !(r > b) }'; then
    echo "FAIL $workload: heap growth / peak live = $ratio (bound $bound): $line"
    status=1
  else
    echo "ok   $workload: heap growth / peak live = $ratio (bound $bound)"
  fi
done
exit $status
