#!/usr/bin/env bash
# Installs every Debian 12 package irdash needs to build, test and run.
# Idempotent: installs only what is missing, with apt's own progress, and says nothing
# when all is there.
# Usage: packaging/install-deps.sh [--with-tools]   (as root, or with sudo available)
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev
    qt6-charts-dev qt6-svg-dev
    libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-qpa-plugins libgl-dev
    fonts-noto-cjk
    xvfb xauth imagemagick
    libsqlite3-dev  # the import uses the SQLite handle under Qt's driver
    libpng-dev  # exported charts are encoded with libpng directly
    libxlsxwriter-dev zlib1g-dev  # workbooks: written with native charts; read (zlib inflates)
    unzip  # the workbook tests read the parts of an exported .xlsx
    librsvg2-bin dpkg-dev file  # PNG icons rendered at build time; cpack -G DEB's shlibdeps
    help2man locales  # the man pages, made from --help at build time (Japanese: ja_JP.UTF-8)
    # The packaging tests validate the desktop file and metainfo and compose the catalogue.
    desktop-file-utils appstream appstream-util appstream-compose
)
if [[ "${1:-}" == "--with-tools" ]]; then
    # Fuzzing, sanitizers, packaging checks and benchmarks.
    packages+=(clang libclang-rt-14-dev gnuplot-nox sqlite3 hyperfine time procps lintian)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=""
if [[ $(id -u) -ne 0 ]]; then
    sudo="sudo"
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# apt's own output: a first install takes minutes and should be seen to progress.
$sudo apt-get update
$sudo apt-get install -y --no-install-recommends "${missing[@]}"
