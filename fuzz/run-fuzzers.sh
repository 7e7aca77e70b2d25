#!/usr/bin/env bash
# Runs every libFuzzer target built in FUZZ_DIR for SECONDS each (make fuzz):
#
#   fuzz/run-fuzzers.sh [FUZZ_DIR] [SECONDS] [TARGET...]
#
# Each target starts from its seed corpus (fuzz/corpus/<target>/, read-only) and keeps
# what it learns in FUZZ_DIR/corpus/<target>/, so later runs go on from there. A crash,
# leak, timeout or sanitizer report leaves its input in FUZZ_DIR/artifacts/<target>/;
# copy it to tests/data/fuzz/<target>/ and the CTest test fuzz_replay_<target> keeps it
# fixed. Prints executions per target and exits 1 when any target found something.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
fuzz_dir=$(cd "${1:-build-fuzz}" && pwd)
seconds=${2:-60}
shift $(( $# > 2 ? 2 : $# ))

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for binary in "$fuzz_dir"/fuzz/fuzz_*; do
        [[ -f $binary && -x $binary && $binary != *_replay ]] && targets+=("$(basename "$binary")")
    done
fi
[ ${#targets[@]} -gt 0 ] || { echo "no fuzz targets in $fuzz_dir/fuzz (run 'make fuzz')" >&2; exit 2; }

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LC_ALL=C.UTF-8 TZ=UTC QT_LOGGING_RULES='*.debug=false'

summary=()
found=0
for target in "${targets[@]}"; do
    binary="$fuzz_dir/fuzz/$target"
    seeds="$here/corpus/$target"
    corpus="$fuzz_dir/corpus/$target"
    artifacts="$fuzz_dir/artifacts/$target"
    log="$fuzz_dir/logs/$target.log"
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
             -artifact_prefix="$artifacts/")
    [ -f "$here/dict/$target.dict" ] && options+=(-dict="$here/dict/$target.dict")
    [ -f "$here/options/$target" ] && read -r -a extra <"$here/options/$target" && options+=("${extra[@]}")
    before=$(find "$artifacts" -type f | wc -l)
    echo "== $target: ${seconds}s (log: $log)"
    set +e
    "$binary" "${options[@]}" "$corpus" "$seeds" >"$log" 2>&1
    rc=$?
    set -e
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    entries=$(find "$corpus" -type f | wc -l)
    after=$(find "$artifacts" -type f | wc -l)
    result=clean
    if [ "$rc" -ne 0 ] || [ "$after" -gt "$before" ]; then
        result="FOUND SOMETHING (exit $rc; see $log and $artifacts)"
        found=1
        grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|fuzz property violated)' "$log" | head -5 >&2 || true
    fi
    summary+=("$(printf '%-24s %10s runs %7s/s  coverage %5s  corpus %5s  %s' \
        "$target" "${runs:-?}" "${speed:-?}" "${cov:-?}" "$entries" "$result")")
done

echo
echo "Fuzzing summary (${seconds}s per target):"
printf '  %s\n' "${summary[@]}"
if [ "$found" -ne 0 ]; then
    echo "Copy each input from $fuzz_dir/artifacts/<target>/ to tests/data/fuzz/<target>/," >&2
    echo "fix the cause, and the fuzz_replay_<target> test keeps it fixed." >&2
    exit 1
fi
