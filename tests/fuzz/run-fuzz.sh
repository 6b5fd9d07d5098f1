#!/usr/bin/env bash
# Builds and runs the libFuzzer targets, one after the other, SECONDS each:
#   fuzz_dataset_reader  DatasetReader::read on inputs up to 4 KiB, with a write/read
#                        round trip (FuzzDatasetReader.cpp);
#   fuzz_import          DatasetImport into an in-memory Store on inputs up to 64 KiB,
#                        with the reader's part size lowered to 64 characters so that
#                        every input is read and stored in parts; what is stored must read
#                        back as read (FuzzImport.cpp).
#
#   tests/fuzz/run-fuzz.sh [SECONDS]     (default 600 per target)
#
# - installs clang and libclang-rt-14-dev with apt-get when they are missing (as root,
#   or through sudo);
# - configures build-fuzz/ (next to build/) with clang++, IRDASH_FUZZ=ON and
#   -fsanitize=fuzzer-no-link,address,undefined for every target, so irdash_core is
#   instrumented too; normal builds are not affected;
# - replays tests/fuzz/corpus/crash-* (reproducers of earlier findings; crash-import-*
#   on fuzz_import, the others on fuzz_dataset_reader) and reports those that still fail;
# - fuzzes a working copy of the seed corpus per target, build-fuzz/corpus and
#   build-fuzz/corpus-import (new inputs never land in the repository; the working copies
#   are kept between runs, IRDASH_FUZZ_FRESH=1 resets them); fuzz_import's also gets a
#   file of 480 records, generated here;
#   crash, leak, timeout and OOM inputs go to build-fuzz/crashes/<target>-*;
# - prints executions, exec/s, coverage and whether anything was found, per target.
# Exit status: 0 when nothing failed, 1 when a fuzzer (or a known reproducer) failed.
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
targets=(fuzz_dataset_reader fuzz_import)
declare -A max_len=([fuzz_dataset_reader]=4096 [fuzz_import]=65536)
declare -A corpus_of=([fuzz_dataset_reader]=corpus [fuzz_import]=corpus-import)

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

log "building ${targets[*]}"
cmake --build "$build" --target "${targets[@]}"

# --- runtime options ---------------------------------------------------------------
if symbolizer=$(command -v llvm-symbolizer || command -v llvm-symbolizer-14); then
    export ASAN_SYMBOLIZER_PATH=$symbolizer
fi
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen

failed=0
crashes=$build/crashes
mkdir -p "$crashes"
findings='INVARIANT VIOLATED|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error'

# --- known reproducers -------------------------------------------------------------
shopt -s nullglob
reproducers=("$seeds"/crash-*)
if ((${#reproducers[@]})); then
    log "replaying ${#reproducers[@]} known reproducer(s)"
    for input in "${reproducers[@]}"; do
        case $(basename "$input") in
            crash-import-*) target=fuzz_import ;;
            *) target=fuzz_dataset_reader ;;
        esac
        if "$build/tests/fuzz/$target" -timeout=10 -rss_limit_mb=4096 "$input" \
            >"$build/replay.log" 2>&1; then
            echo "  fixed:       $(basename "$input") ($target)"
        else
            echo "  STILL FAILS: $(basename "$input") ($target)"
            grep -m1 -E "$findings" "$build/replay.log" | sed 's/^/               /' || true
            failed=1
        fi
    done
fi

# A file of valid records, many parts long at the harness's part size of 64 characters:
# every quarter of FY2000-FY2001, five metrics, twelve vintages; some sources quoted over
# two lines.
multipart_seed() {
    awk 'BEGIN {
        print "period,metric,value,unit,basis,source,as_of"
        split("revenue_total operating_income net_income_attributable revenue_network_services revenue_systems_integration", metrics, " ")
        n = 0
        for (year = 0; year < 2; ++year)
            for (q = 1; q <= 4; ++q)
                for (m = 1; m <= 5; ++m)
                    for (v = 1; v <= 12; ++v) {
                        source = n % 97 == 0 ? "\"a \"\"quoted\"\" source\nover two lines\"" : "\"a source, with a comma\""
                        printf "%dQ%02d,%s,%d.%d,JPY_million,reported,%s,%d-01-%d\n", q, year, metrics[m], n, v % 10, source, 2000 + year, 10 + v
                        ++n
                    }
    }'
}

# --- fuzz each target --------------------------------------------------------------
declare -A result executions rate coverage units rss exit_status corpus_size
for target in "${targets[@]}"; do
    fuzzer=$build/tests/fuzz/$target
    corpus=$build/${corpus_of[$target]}
    if [[ ${IRDASH_FUZZ_FRESH:-0} == 1 ]]; then
        rm -rf "$corpus"
    fi
    mkdir -p "$corpus"
    # Seeds only; known reproducers would stop the run on its first input.
    for input in "$seeds"/*; do
        [[ $(basename "$input") == crash-* ]] && continue
        cp -p "$input" "$corpus/"
    done
    if [[ $target == fuzz_import ]]; then
        multipart_seed >"$corpus/seed-multipart.csv"
        size=$(wc -c <"$corpus/seed-multipart.csv")
        if ((size < 10000 || size > ${max_len[$target]})); then
            echo "error: the generated multi-part seed has $size bytes" >&2
            exit 2
        fi
    fi
    before=$(ls -1 "$crashes" | sort)

    log "fuzzing $target for $duration s (max_len ${max_len[$target]}, corpus $corpus:" \
        "$(ls -1 "$corpus" | wc -l) files)"
    fuzz_log=$build/fuzz-$target.log
    set +e
    "$fuzzer" "$corpus" \
        -max_total_time="$duration" \
        -dict="$dict" \
        -max_len="${max_len[$target]}" \
        -timeout=10 \
        -rss_limit_mb=4096 \
        -artifact_prefix="$crashes/$target-" \
        -print_final_stats=1 \
        2>&1 | tee "$fuzz_log"
    status=${PIPESTATUS[0]}
    set -e

    final_stat() { sed -n "s/^stat::$1:[[:space:]]*//p" "$fuzz_log" | tail -n 1; }
    last_status=$(grep -E '^#[0-9]+' "$fuzz_log" | grep -E 'cov: ' | tail -n 1 || true)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last_status")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last_status")
    new=$(comm -13 <(printf '%s\n' "$before") <(ls -1 "$crashes" | sort) | grep -v 'slow-unit-' || true)
    executions[$target]=$(final_stat number_of_executed_units)
    rate[$target]=$(final_stat average_exec_per_sec)
    coverage[$target]="cov: ${cov:-?}  ft: ${ft:-?}"
    units[$target]=$(final_stat new_units_added)
    rss[$target]=$(final_stat peak_rss_mb)
    exit_status[$target]=$status
    if [[ -n $new || $status -ne 0 ]]; then
        result[$target]=FINDING
        for file in $new; do
            result[$target]+=$'\n'"  $crashes/$file ($(wc -c <"$crashes/$file") bytes)"
        done
        if line=$(grep -m1 -E "$findings" "$fuzz_log"); then
            result[$target]+=$'\n'"  $line"
        fi
        result[$target]+=$'\n'"  full log: $fuzz_log"
        result[$target]+=$'\n'"  reproduce: $fuzzer <file>;  minimise: $fuzzer -minimize_crash=1 -runs=100000 <file>"
        failed=1
    else
        result[$target]="no crash"
    fi
    corpus_size[$target]="$(ls -1 "$corpus" | wc -l) files, $(du -sk "$corpus" | cut -f1) KiB in $corpus"
done

# --- summary -----------------------------------------------------------------------
log "summary"
for target in "${targets[@]}"; do
    echo "$target:"
    echo "  executions:   ${executions[$target]}"
    echo "  exec/s:       ${rate[$target]}"
    echo "  coverage:     ${coverage[$target]}"
    echo "  corpus:       ${corpus_size[$target]}"
    echo "  new units:    ${units[$target]}"
    echo "  peak RSS:     ${rss[$target]} MB"
    echo "  fuzzer exit:  ${exit_status[$target]}"
    echo "  RESULT:       ${result[$target]}"
done
if ((${#reproducers[@]})) && [[ $failed -ne 0 ]]; then
    echo "(known reproducers in $seeds/crash-* are replayed first and count as failures)"
fi
exit $failed
