#!/usr/bin/env bash
# Remakes packaging/screenshots/main-window.png, the screenshot the AppStream metainfo
# points at (under the project's homepage): the dashboard on the bundled dataset, in
# English, at its default 1600x1000, under Xvfb with fresh settings.
# Usage: bash packaging/make-screenshot.sh [IRDASH_BINARY]   (default: build/app/irdash)
# Needs xvfb (xvfb-run) and imagemagick (import), which install-deps.sh installs.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=$(realpath "${1:-build/app/irdash}")
out=$PWD/packaging/screenshots/main-window.png
[[ -x $binary ]] || { echo "make-screenshot: no $binary: build first" >&2; exit 1; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data
export XDG_RUNTIME_DIR=$scratch/run LANG=C.UTF-8 LC_ALL=C.UTF-8
mkdir -m 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM

xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
    "$1" --db :memory: --lang en &
    app=$!
    sleep 5
    import -window root "$2"
    kill "$app"
    wait "$app" 2>/dev/null || true
' _ "$binary" "$scratch/shot.png"
mkdir -p "$(dirname "$out")"
convert "$scratch/shot.png" -strip "$out"
echo "wrote $out"
