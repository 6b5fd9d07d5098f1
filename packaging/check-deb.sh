#!/usr/bin/env bash
# Builds the Debian package, checks it with lintian (no warning or error may remain),
# installs it with apt on this machine, checks the installed program, man pages, desktop
# entry, metainfo, AppStream catalogue and icons, and removes the package again.
# Debian 12, as root (or with sudo available). Exits non-zero, with a line beginning
# `check-deb: FAIL:`, on the first thing that is wrong.
# Usage: bash packaging/check-deb.sh        (builds in build-deb/: the deb preset)
# IRDASH_KEEP_INSTALLED=1 leaves the package installed when a check fails.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
build=build-deb
id=io.github.irdash.irdash
png=/tmp/irdash-deb-check.png
png_ja=/tmp/irdash-deb-check-ja.png
unpacked=/tmp/irdash-deb-check-root

say() { echo "check-deb: $*"; }
fail() { echo "check-deb: FAIL: $*" >&2; exit 1; }

sudo=""
if [[ $(id -u) -ne 0 ]]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive

installed() { dpkg-query -W -f='${Status}' irdash 2>/dev/null | grep -q "install ok installed"; }

removed_by_us=0
cleanup() {
    local status=$?
    rm -f "$png" "$png_ja"
    rm -rf "$unpacked"
    if [[ $status -ne 0 && $removed_by_us -eq 0 && ${IRDASH_KEEP_INSTALLED:-0} != 1 ]] && installed; then
        echo "check-deb: removing irdash after the failure" >&2
        $sudo apt-get remove -y -qq irdash >/dev/null || true
    fi
}
trap cleanup EXIT

# Width x height of a PNG, from its IHDR chunk.
png_size() {
    [[ $(od -An -tx1 -N8 "$1" | tr -d ' \n') == 89504e470d0a1a0a ]] || fail "$1 is not a PNG"
    local b
    read -ra b <<<"$(od -An -tu1 -j16 -N8 "$1")"
    echo "$(( (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3] ))x$(( (b[4] << 24) | (b[5] << 16) | (b[6] << 8) | b[7] ))"
}

say "installing what is missing (packaging/install-deps.sh --with-tools)"
bash packaging/install-deps.sh --with-tools
for tool in cpack dpkg-shlibdeps lintian help2man man desktop-file-validate appstreamcli appstream-util; do
    command -v "$tool" >/dev/null || fail "$tool is not installed"
done

say "building $build/ (the deb preset: Release, Debian's hardening flags, /usr, no tests)"
cmake --preset deb >/dev/null || fail "cmake could not configure $build/"
cmake --build --preset deb || fail "the build failed"

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[[ -n $version ]] || fail "no CMAKE_PROJECT_VERSION in $build/CMakeCache.txt"
arch=$(dpkg --print-architecture)
deb=$build/irdash_${version}_${arch}.deb

say "packaging (cpack -G DEB)"
rm -f "$build"/irdash_*.deb
(cd "$build" && cpack -G DEB) || fail "cpack -G DEB failed"
[[ -f $deb ]] || fail "cpack made no $deb: $(ls "$build"/*.deb 2>/dev/null || echo 'no .deb at all')"
dpkg-deb -f "$deb" Package Version Architecture Section Priority Maintainer Installed-Size Depends \
    Recommends Homepage
echo
dpkg-deb -f "$deb" Description
echo
dpkg-deb -c "$deb"

[[ $(dpkg-deb -f "$deb" Package) == irdash ]] || fail "the package is not named irdash"
[[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || fail "the package version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6sql6 libqt6svg6 \
           libqt6printsupport6 libqt6sql6-sqlite; do
    grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
# Japanese wants these and works without them: recommended, not required.
recommends=$(dpkg-deb -f "$deb" Recommends)
for dep in fonts-noto-cjk qt6-translations-l10n; do
    grep -Eq "(^|, )$dep( |,|$)" <<<"$recommends" || fail "Recommends lacks $dep: $recommends"
    ! grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "$dep is in Depends: $depends"
done
for field in Section Maintainer Description Homepage; do
    [[ -n $(dpkg-deb -f "$deb" "$field") ]] || fail "the package has no $field"
done

say "lintian --fail-on warning $deb"
# Informational tags are shown too; a warning or an error fails. lintian warns when run as
# root, which is not about the package.
lintian --fail-on warning --display-info "$deb" 2> >(grep -v "running with root privileges" >&2) \
    || fail "lintian found warnings or errors in $deb (above)"
echo "(lintian: no warning, no error)"

say "the unpacked package composes into an AppStream catalogue with Japanese"
rm -rf "$unpacked"
mkdir -p "$unpacked"
dpkg-deb -x "$deb" "$unpacked/root"
bash tests/packaging/compose.sh "$unpacked/compose" "$id" "$unpacked/root" \
    || fail "appstreamcli compose on the unpacked $deb failed"

say "installing $deb with apt"
if installed; then
    say "irdash is installed already: removing it first"
    $sudo apt-get remove -y -qq irdash >/dev/null
fi
$sudo apt-get install -y -qq --no-install-recommends "$PWD/$deb" >/dev/null || fail "apt-get could not install $deb"
installed || fail "dpkg does not list irdash as installed"
hash -r
bin=$(command -v irdash) || fail "irdash is not on PATH after installing"
[[ $bin == /usr/bin/irdash ]] || fail "irdash is $bin, expected /usr/bin/irdash"
if ldd "$bin" | grep -q "not found"; then
    ldd "$bin" | grep "not found" >&2
    fail "the installed irdash misses libraries"
fi

say "irdash --version"
out=$(irdash --version) || fail "irdash --version exited with $?"
echo "$out"
[[ $out == "irdash $version" ]] || fail "irdash --version printed '$out', expected 'irdash $version'"

say "irdash --help"
out=$(irdash --help) || fail "irdash --help exited with $?"
grep -q -- "--version" <<<"$out" || fail "irdash --help does not mention --version"

say "irdash export --chart revenue-mix --db :memory: -o $png"
rm -f "$png" "$png_ja"
QT_QPA_PLATFORM=offscreen irdash export --chart revenue-mix --db :memory: -o "$png" \
    || fail "irdash export exited with $?"
[[ -s $png ]] || fail "irdash export wrote no $png"
size=$(png_size "$png")
echo "$png: PNG, $size"
[[ $size == 1600x900 ]] || fail "$png is $size, expected 1600x900"

say "irdash export --lang ja (qtbase_ja.qm, Noto Sans CJK JP)"
QT_QPA_PLATFORM=offscreen irdash export --chart revenue-mix --lang ja --db :memory: -o "$png_ja" \
    || fail "irdash export --lang ja exited with $?"
[[ $(png_size "$png_ja") == 1600x900 ]] || fail "$png_ja is not a 1600x900 PNG"

say "man -l /usr/share/man/man1/irdash.1.gz and man/ja/man1/irdash.1.gz"
for page in /usr/share/man/man1/irdash.1.gz /usr/share/man/ja/man1/irdash.1.gz; do
    [[ -f $page ]] || fail "$page is not installed"
    warnings=$(MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null) || fail "man -l $page failed"
    [[ -z $warnings ]] || fail "man -l $page warns: $warnings"
done
MANWIDTH=80 man -l /usr/share/man/man1/irdash.1.gz | head -12
man -l /usr/share/man/man1/irdash.1.gz | grep -q -- "--version" || fail "irdash.1 does not mention --version"

say "the installed catalogue: /usr/share/irdash/translations/irdash_ja.qm"
qm=/usr/share/irdash/translations/irdash_ja.qm
[[ -f $qm ]] || fail "$qm is not installed"
log=$(QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='irdash.language.debug=true' \
    irdash export --chart revenue-mix --lang ja --db :memory: -o "$png_ja" 2>&1) \
    || fail "irdash export --lang ja exited with $?: $log"
grep -qF "catalogue \"$qm\"" <<<"$log" || fail "irdash --lang ja did not load $qm: $log"
echo "irdash --lang ja loads $qm"

say "desktop-file-validate /usr/share/applications/$id.desktop"
desktop-file-validate "/usr/share/applications/$id.desktop" || fail "the installed desktop file is not valid"
echo "(no output: valid)"

say "appstreamcli validate --pedantic --no-net and appstream-util validate-relax /usr/share/metainfo/$id.metainfo.xml"
appstreamcli validate --pedantic --no-net "/usr/share/metainfo/$id.metainfo.xml" \
    || fail "the installed metainfo is not valid (appstreamcli)"
appstream-util validate-relax --nonet "/usr/share/metainfo/$id.metainfo.xml" \
    || fail "the installed metainfo is not valid (appstream-util)"

say "icons"
for s in 16 32 48 64 128 256; do
    icon=/usr/share/icons/hicolor/${s}x${s}/apps/$id.png
    [[ -f $icon ]] || fail "$icon is not installed"
    [[ $(png_size "$icon") == "${s}x${s}" ]] || fail "$icon is not ${s}x${s}"
done
[[ -f /usr/share/icons/hicolor/scalable/apps/$id.svg ]] || fail "the scalable icon is not installed"
for f in copyright changelog.gz; do
    [[ -f /usr/share/doc/irdash/$f ]] || fail "/usr/share/doc/irdash/$f is not installed"
done
echo "6 PNG sizes, the SVG, the copyright and the changelog are in place"

say "apt-get remove irdash"
$sudo apt-get remove -y -qq irdash >/dev/null || fail "apt-get remove irdash failed"
removed_by_us=1
hash -r
! installed || fail "irdash is still installed"
[[ ! -e /usr/bin/irdash ]] || fail "/usr/bin/irdash is still there"
! command -v irdash >/dev/null || fail "irdash is still on PATH: $(command -v irdash)"
for f in "/usr/share/applications/$id.desktop" "/usr/share/metainfo/$id.metainfo.xml" \
         /usr/share/man/man1/irdash.1.gz /usr/share/irdash/translations/irdash_ja.qm; do
    [[ ! -e $f ]] || fail "$f is still there"
done

say "OK: $deb built, installed, checked and removed in $(( SECONDS - started )) s"
