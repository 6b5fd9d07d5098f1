#!/usr/bin/env bash
# irdash against the floor and the tools people would use instead, measured in one run on
# one machine: start-up, export, import at scale, browsing at scale and memory. Prints a
# table of medians and ratios; docs/PERFORMANCE.md explains each figure.
#
# Usage: tests/bench/run.sh [RUNS]    (as root or with sudo for the packages; RUNS per
#                                      figure, default 21; imports take a third as many)
# A benchmark, not a test: nothing here fails on a slow figure.
set -euo pipefail
export LC_ALL=C  # EPOCHREALTIME with a '.', sort -n as expected

root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-21}
importRuns=$(((runs + 2) / 3))
[[ $importRuns -lt 3 ]] && importRuns=3

bash "$root/packaging/install-deps.sh" --with-tools
build="$root/build-bench"
echo "Building $build (Release) ..." >&2
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target irdash irdash_bare_window irdash_synthetic_history BenchBrowse \
    BenchImport >/dev/null

irdash="$build/app/irdash"
bare="$build/tests/bench/irdash_bare_window"
work=$(mktemp -d)
xvfb=""
cleanup() {
    [[ -n "$xvfb" ]] && kill "$xvfb" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# A home of its own: no settings or database from a previous session.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM
for display in $(seq 90 99); do
    if [[ ! -e /tmp/.X11-unix/X$display && ! -e /tmp/.X$display-lock ]]; then
        Xvfb ":$display" -screen 0 1920x1200x24 -nolisten tcp >/dev/null 2>&1 &
        xvfb=$!
        export DISPLAY=":$display"
        break
    fi
done
for _ in $(seq 50); do
    [[ -e /tmp/.X11-unix/X${DISPLAY#:} ]] && break
    sleep 0.1
done

# Microseconds one call of a shell function takes (stdout and stderr discarded).
elapsed() {
    local start=$EPOCHREALTIME
    "$@" >/dev/null 2>&1
    local end=$EPOCHREALTIME
    echo $((${end/./} - ${start/./}))
}

# Microseconds from launching a window to its first paint, which the program prints (in
# microseconds since the epoch) before it quits: its teardown is not start-up.
untilFirstPaint() {
    local start=$EPOCHREALTIME painted
    painted=$("$@" 2>/dev/null | tail -1)
    echo $((painted - ${start/./}))
}

median() {
    sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Runs two functions alternately, so that a machine slowing down or speeding up weighs on
# both alike; an optional fourth function runs before each call, untimed, and an optional
# fifth one does the timing (default: elapsed). Prints the two medians in milliseconds.
compare() {
    local subject=$1 reference=$2 count=$3 prepare=${4:-true} timer=${5:-elapsed}
    local a=() b=()
    $prepare
    "$subject" >/dev/null 2>&1 || true  # warm the file cache
    $prepare
    "$reference" >/dev/null 2>&1 || true
    for _ in $(seq "$count"); do
        $prepare
        a+=("$($timer "$subject")")
        $prepare
        b+=("$($timer "$reference")")
    done
    printf '%s\n' "${a[@]}" | median | awk '{ printf "%.1f ", $1 / 1000 }'
    printf '%s\n' "${b[@]}" | median | awk '{ printf "%.1f\n", $1 / 1000 }'
}

rows=()
row() {  # figure, irdash, reference, target ratio (empty: none), unit
    rows+=("$(awk -v f="$1" -v a="$2" -v b="$3" -v t="$4" -v u="$5" 'BEGIN {
        ratio = (b > 0) ? sprintf("%.2f", a / b) : "-"
        verdict = (t == "") ? "" : ((a / b <= t) ? "met" : "NOT MET")
        printf "| %s | %s %s | %s %s | %s | %s %s |", f, a, u, b, u, ratio, (t == "" ? "" : "<= " t), verdict
    }')")
}

# --- data ------------------------------------------------------------------------------
bundled="$work/bundled.sqlite"
"$irdash" data --db "$bundled" >/dev/null
history="$work/history.csv"
"$build/tests/bench/irdash_synthetic_history" "$history" >&2
facts=$(($(wc -l <"$history") - 1))

# --- 1. start-up -----------------------------------------------------------------------
startIrdash() { "$irdash" --db "$bundled" --lang en --exit-after-first-paint; }
startBare() { "$bare"; }
echo "Start-up ..." >&2
read -r a b < <(compare startIrdash startBare "$runs" true untilFirstPaint)
row "Start-up: launch to the first painted chart (reference: bare window)" "$a" "$b" 1.25 ms

# --- 2. export -------------------------------------------------------------------------
# gnuplot draws the same stacked bars from the numbers irdash exports as CSV.
"$irdash" export --db "$bundled" --chart revenue-mix --format csv -o "$work/revenue-mix.csv" >/dev/null
awk -F, '
    NR == 1 { next }
    $7 == "part" {
        if (!($3 in seenCategory)) { seenCategory[$3] = 1; categories[++nc] = $4 }
        if (!($5 in seenSeries)) { seenSeries[$5] = 1; series[++ns] = $5; names[$5] = $6 }
        value[$4, $5] = ($9 == "" ? "?" : $9)
    }
    END {
        printf "category"
        for (s = 1; s <= ns; s++) printf "\t\"%s\"", names[series[s]]
        printf "\n"
        for (c = 1; c <= nc; c++) {
            printf "%s", categories[c]
            for (s = 1; s <= ns; s++) printf "\t%s", value[categories[c], series[s]]
            printf "\n"
        }
    }' "$work/revenue-mix.csv" >"$work/revenue-mix.dat"
parts=$(head -1 "$work/revenue-mix.dat" | awk -F'\t' '{ print NF }')
cat >"$work/revenue-mix.gp" <<EOF
set terminal pngcairo size 1600,900 enhanced font "Noto Sans,11"
set output "$work/revenue-mix-gnuplot.png"
set datafile missing "?"
set title "Revenue mix" font ",16"
set ylabel "JPY million"
set style data histograms
set style histogram rowstacked
set style fill solid 1.0 border -1
set boxwidth 0.6
set key outside right top
set grid ytics
set yrange [0:*]
plot for [i=2:$parts] "$work/revenue-mix.dat" using i:xtic(1) title columnheader(i)
EOF
exportOne() { "$irdash" export --db "$bundled" --chart revenue-mix -o "$work/revenue-mix.png"; }
exportAll() { "$irdash" export --db "$bundled" --chart all -o "$work/all"; }
gnuplotOne() { gnuplot "$work/revenue-mix.gp"; }
echo "Export ..." >&2
read -r a b < <(compare exportOne gnuplotOne "$runs")
row "Export revenue-mix, 1600x900 PNG (reference: gnuplot pngcairo)" "$a" "$b" 1.0 ms
read -r a b < <(compare exportAll gnuplotOne "$runs")
row "Export all five charts (reference: gnuplot's one chart)" "$a" "$b" 2.0 ms
file "$work/revenue-mix.png" "$work/revenue-mix-gnuplot.png" | sed 's/^/  /' >&2

# --- 3. import at scale ----------------------------------------------------------------
# The synthetic history names some figures the bundled dataset holds (with other values),
# so irdash imports with --on-conflict replace; the reference has nothing to compare.
cat >"$work/reference.sql" <<EOF
CREATE TABLE fact (period TEXT NOT NULL, metric TEXT NOT NULL, value REAL NOT NULL,
    unit TEXT NOT NULL, basis TEXT NOT NULL, source TEXT NOT NULL, as_of TEXT,
    UNIQUE (period, metric, basis));
.import --csv --skip 1 $history fact
EOF
freshDatabases() { rm -f "$work/import.sqlite" "$work/reference.sqlite"; }
importIrdash() { "$irdash" import "$history" --db "$work/import.sqlite" --on-conflict replace; }
importSqlite() { sqlite3 "$work/reference.sqlite" -init "$work/reference.sql" .quit; }
echo "Import of $facts facts ..." >&2
read -r a b < <(compare importIrdash importSqlite "$importRuns" freshDatabases)
importIrdash >/dev/null 2>&1
importSqlite >/dev/null 2>&1
stored=$(sqlite3 "$work/import.sqlite" "SELECT count(*) FROM fact WHERE origin = 'user'")
referenced=$(sqlite3 "$work/reference.sqlite" "SELECT count(*) FROM fact")
row "Import $facts facts into a new database (reference: sqlite3 .import)" "$a" "$b" 1.0 ms

# --- 4. browsing at scale --------------------------------------------------------------
echo "Browsing ..." >&2
browse=$(IRDASH_BENCH_HISTORY="$history" QT_QPA_PLATFORM=offscreen \
    "$build/tests/bench/BenchBrowse" -iterations 100 2>&1)
benchMs() {  # the mean per iteration QBENCHMARK printed for one function
    awk -v f="$1" '$0 ~ "RESULT : .*" f "\\(\\)" { getline; print $1 }' <<<"$browse" | tr -d ,
}
row "Quarter switch, 100-year history: KPI panel and the page on screen rebuilt, repainted" \
    "$(benchMs quarterSwitch)" 16 1.0 ms
row "Quarter switch, 100-year history: KPI panel and every chart rebuilt, repainted" \
    "$(benchMs quarterSwitchAllCharts)" 16 1.0 ms
row "The Tables behind the KPI panel and every chart alone (no target)" \
    "$(benchMs tablesOfAllCharts)" 16 "" ms

rss() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
irdashRss=()
bareRss=()
for _ in $(seq 5); do
    irdashRss+=("$(rss "$irdash" --db "$bundled" --lang en --exit-after-first-paint)")
    bareRss+=("$(rss "$bare")")
done
a=$(printf '%s\n' "${irdashRss[@]}" | median | awk '{ printf "%.1f", $1 / 1024 }')
b=$(printf '%s\n' "${bareRss[@]}" | median | awk '{ printf "%.1f", $1 / 1024 }')
row "Peak RSS of the window with the bundled dataset" "$a" "$b" 1.5 MiB

# --- the table -------------------------------------------------------------------------
cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
echo
echo "Machine: $(nproc) cores, $cpu; $(free -g | awk '/Mem:/ { print $2 }') GiB;" \
    "$(. /etc/os-release && echo "$PRETTY_NAME"); Qt $(qtpaths6 --qt-version 2>/dev/null || echo 6)"
revision=$(git -C "$root" describe --always --dirty 2>/dev/null || echo '(no git)')
echo "irdash $revision, Release build;" \
    "medians of $runs runs ($importRuns for imports), subject and reference alternating"
echo "Import check: $stored facts stored by irdash, $referenced by sqlite3"
echo
echo "| figure | irdash | reference | ratio | target |"
echo "| --- | --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
