#!/usr/bin/env bash
# Builds and runs the libFuzzer target for the dataset CSV reader.
#
#   tests/fuzz/run-fuzz.sh [SECONDS]     (default 600)
#
# - installs clang and libclang-rt-14-dev with apt-get when they are missing (as root,
#   or through sudo);
# - configures build-fuzz/ (next to build/) with clang++, IRDASH_FUZZ=ON and
#   -fsanitize=fuzzer-no-link,address,undefined for every target, so irdash_core is
#   instrumented too; normal builds are not affected;
# - replays tests/fuzz/corpus/crash-* (reproducers of earlier findings) and reports
#   those that still fail;
# - fuzzes a working copy of the seed corpus in build-fuzz/corpus (new inputs never land
#   in the repository; the working copy is kept between runs, IRDASH_FUZZ_FRESH=1 resets
#   it), writing crash, leak, timeout and OOM inputs to build-fuzz/crashes/;
# - prints executions, exec/s, coverage and whether anything was found.
# Exit status: 0 when nothing failed, 1 when the fuzzer (or a known reproducer) failed.
#
# Environment: CXX (default clang++), IRDASH_FUZZ_BUILD_DIR (default <source>/build-fuzz),
# IRDASH_FUZZ_FRESH=1 to start from the seeds only.
set -euo pipefail

duration=${1:-600}
if ! [[ $duration =~ ^[0-9]+$ ]] || [[ $duration -eq 0 ]]; then
    echo "usage: $0 [SECONDS]   (a positive number of seconds, default 600)" >&2
    exit 2
fi

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build=${IRDASH_FUZZ_BUILD_DIR:-$source_dir/build-fuzz}
seeds=$here/corpus
dict=$here/csv.dict
target=fuzz_dataset_reader

log() { printf '\n== %s\n' "$*"; }

# --- toolchain -------------------------------------------------------------------
can_build_fuzzer() {
    local cxx=$1 tmp status
    command -v "$cxx" >/dev/null 2>&1 || return 1
    tmp=$(mktemp -d)
    printf '%s\n' '#include <cstddef>' '#include <cstdint>' \
        'extern "C" int LLVMFuzzerTestOneInput(const uint8_t *, size_t) { return 0; }' \
        >"$tmp/probe.cpp"
    "$cxx" -fsanitize=fuzzer,address,undefined "$tmp/probe.cpp" -o "$tmp/probe" \
        >/dev/null 2>&1 && status=0 || status=1
    rm -rf "$tmp"
    return $status
}

cxx=${CXX:-clang++}
if ! can_build_fuzzer "$cxx"; then
    if [[ -z ${CXX:-} ]] && can_build_fuzzer clang++-14; then
        cxx=clang++-14
    else
        log "installing clang and libclang-rt-14-dev"
        if [[ $(id -u) -eq 0 ]]; then
            sudo=()
        elif command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "error: clang with libFuzzer is missing and this is not root (no sudo);" \
                 "install clang and libclang-rt-14-dev" >&2
            exit 2
        fi
        "${sudo[@]}" apt-get update
        DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends \
            clang libclang-rt-14-dev llvm
        if ! can_build_fuzzer "$cxx"; then
            echo "error: $cxx still cannot link a -fsanitize=fuzzer program" >&2
            exit 2
        fi
    fi
fi
echo "compiler: $(command -v "$cxx") ($("$cxx" --version | head -n 1))"

# --- configure and build -----------------------------------------------------------
# Debug keeps Q_ASSERT; -O1 keeps the fuzzer fast enough.
fuzz_flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"
fuzz_flags+=" -fno-omit-frame-pointer -O1"
log "configuring $build"
mkdir -p "$build"
cmake -S "$source_dir" -B "$build" -G Ninja \
    -DCMAKE_CXX_COMPILER="$cxx" \
    -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS="$fuzz_flags" \
    -DIRDASH_BUILD_TESTS=ON \
    -DIRDASH_SANITIZE=OFF \
    -DIRDASH_FUZZ=ON \
    >"$build/configure.log" 2>&1 || { cat "$build/configure.log" >&2; exit 2; }

log "building $target"
cmake --build "$build" --target "$target"
fuzzer=$build/tests/fuzz/$target

# --- runtime options ---------------------------------------------------------------
if symbolizer=$(command -v llvm-symbolizer || command -v llvm-symbolizer-14); then
    export ASAN_SYMBOLIZER_PATH=$symbolizer
fi
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen

failed=0

# --- known reproducers -------------------------------------------------------------
shopt -s nullglob
reproducers=("$seeds"/crash-*)
if ((${#reproducers[@]})); then
    log "replaying ${#reproducers[@]} known reproducer(s)"
    for input in "${reproducers[@]}"; do
        if "$fuzzer" -timeout=10 -rss_limit_mb=4096 "$input" >"$build/replay.log" 2>&1; then
            echo "  fixed:       $(basename "$input")"
        else
            echo "  STILL FAILS: $(basename "$input")"
            grep -m1 -E 'INVARIANT VIOLATED|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error' \
                "$build/replay.log" | sed 's/^/               /' || true
            failed=1
        fi
    done
fi

# --- working corpus ----------------------------------------------------------------
corpus=$build/corpus
crashes=$build/crashes
if [[ ${IRDASH_FUZZ_FRESH:-0} == 1 ]]; then
    rm -rf "$corpus"
fi
mkdir -p "$corpus" "$crashes"
# Seeds only; known reproducers would stop the run on its first input.
for input in "$seeds"/*; do
    [[ $(basename "$input") == crash-* ]] && continue
    cp -p "$input" "$corpus/"
done
before=$(ls -1 "$crashes" | sort)

# --- fuzz --------------------------------------------------------------------------
log "fuzzing for $duration s (corpus $corpus: $(ls -1 "$corpus" | wc -l) files)"
fuzz_log=$build/fuzz.log
set +e
"$fuzzer" "$corpus" \
    -max_total_time="$duration" \
    -dict="$dict" \
    -max_len=4096 \
    -timeout=10 \
    -rss_limit_mb=4096 \
    -artifact_prefix="$crashes/" \
    -print_final_stats=1 \
    2>&1 | tee "$fuzz_log"
status=${PIPESTATUS[0]}
set -e

# --- summary -----------------------------------------------------------------------
final_stat() { sed -n "s/^stat::$1:[[:space:]]*//p" "$fuzz_log" | tail -n 1; }
last_status=$(grep -E '^#[0-9]+' "$fuzz_log" | grep -E 'cov: ' | tail -n 1 || true)
cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last_status")
ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last_status")
new=$(comm -13 <(printf '%s\n' "$before") <(ls -1 "$crashes" | sort) | grep -v '^slow-unit-' || true)

log "summary"
echo "executions:   $(final_stat number_of_executed_units)"
echo "exec/s:       $(final_stat average_exec_per_sec)"
echo "coverage:     cov: ${cov:-?}  ft: ${ft:-?}"
echo "corpus:       $(ls -1 "$corpus" | wc -l) files, $(du -sk "$corpus" | cut -f1) KiB in $corpus"
echo "new units:    $(final_stat new_units_added)"
echo "peak RSS:     $(final_stat peak_rss_mb) MB"
echo "fuzzer exit:  $status"
if [[ -n $new || $status -ne 0 ]]; then
    echo "RESULT:       FINDING"
    for file in $new; do
        echo "  $crashes/$file ($(wc -c <"$crashes/$file") bytes)"
    done
    grep -m1 -E 'INVARIANT VIOLATED|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error' \
        "$fuzz_log" | sed 's/^/  /' || true
    echo "  full log: $fuzz_log"
    echo "  reproduce: $fuzzer <file>;  minimise: $fuzzer -minimize_crash=1 -runs=100000 <file>"
    failed=1
else
    echo "RESULT:       no crash"
fi
if ((${#reproducers[@]})) && [[ $failed -ne 0 ]]; then
    echo "(known reproducers in $seeds/crash-* are replayed first and count as failures)"
fi
exit $failed
