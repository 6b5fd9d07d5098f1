#!/usr/bin/env bash
# Installs a build into a scratch prefix and checks the layout the .deb is made from.
# Usage: check-install.sh CMAKE BUILD_DIR PREFIX APP_ID VERSION MAN_PAGES(ON|OFF)
set -euo pipefail
cmake=$1 build=$2 prefix=$3 id=$4 version=$5 man_pages=$6

fail() { echo "FAIL: $*" >&2; exit 1; }

rm -rf "$prefix"
"$cmake" --install "$build" --prefix "$prefix" >/dev/null

# Width and height of a PNG, from its IHDR chunk.
png_size() {
    [[ $(od -An -tx1 -N8 "$1" | tr -d ' \n') == 89504e470d0a1a0a ]] || fail "$1 is not a PNG"
    local b
    read -ra b <<<"$(od -An -tu1 -j16 -N8 "$1")"
    echo "$(( (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3] ))x$(( (b[4] << 24) | (b[5] << 16) | (b[6] << 8) | b[7] ))"
}

expected=(
    bin/irdash
    share/applications/$id.desktop
    share/metainfo/$id.metainfo.xml
    share/icons/hicolor/scalable/apps/$id.svg
    share/doc/irdash/copyright
    share/doc/irdash/changelog.gz
    share/irdash/translations/irdash_ja.qm
)
if [[ $man_pages == ON ]]; then
    expected+=(share/man/man1/irdash.1.gz share/man/ja/man1/irdash.1.gz)
fi
sizes=(16 32 48 64 128 256)
for s in "${sizes[@]}"; do
    expected+=("share/icons/hicolor/${s}x${s}/apps/$id.png")
done
for f in "${expected[@]}"; do
    [[ -f $prefix/$f ]] || fail "cmake --install did not install $f"
done
[[ -x $prefix/bin/irdash ]] || fail "bin/irdash is not executable"

# Nothing unexpected either: every installed file is in the list above.
while IFS= read -r f; do
    f=${f#"$prefix"/}
    printf '%s\n' "${expected[@]}" | grep -qxF "$f" || fail "unexpected installed file $f"
done < <(find "$prefix" -type f)

for s in "${sizes[@]}"; do
    got=$(png_size "$prefix/share/icons/hicolor/${s}x${s}/apps/$id.png")
    [[ $got == "${s}x${s}" ]] || fail "the ${s}x${s} icon is $got"
done

desktop=$prefix/share/applications/$id.desktop
grep -qx "Icon=$id" "$desktop" || fail "$id.desktop: Icon= is not $id"
grep -qx "Exec=irdash %F" "$desktop" || fail "$id.desktop: Exec= is not irdash %F"
grep -qx "MimeType=text/csv;" "$desktop" || fail "$id.desktop: MimeType= is not text/csv;"
metainfo=$prefix/share/metainfo/$id.metainfo.xml
grep -q "<id>$id</id>" "$metainfo" || fail "metainfo: <id> is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" \
    || fail "metainfo: the launchable is not $id.desktop"
grep -q "<release version=\"$version\"" "$metainfo" || fail "metainfo: no release $version"

zcat "$prefix/share/doc/irdash/changelog.gz" | head -1 | grep -q "^irdash ($version) " \
    || fail "changelog.gz does not begin with an entry for $version"

out=$("$prefix/bin/irdash" --version)
[[ $out == "irdash $version" ]] || fail "irdash --version printed '$out', expected 'irdash $version'"

# The installed binary reads the installed catalogue (found relative to itself), not only
# the copy compiled into it.
qm=$prefix/share/irdash/translations/irdash_ja.qm
[[ $(head -c 16 "$qm" | od -An -tx1 | tr -d ' \n') == 3cb86418caef9c95cd211cbf60a1bddd ]] \
    || fail "$qm is not a Qt catalogue"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
log=$(QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='irdash.language.debug=true' \
    "$prefix/bin/irdash" export --chart revenue-mix --lang ja --db :memory: -o "$scratch/ja.png" 2>&1) \
    || fail "irdash export --lang ja failed: $log"
grep -qF "catalogue \"$qm\"" <<<"$log" || fail "irdash --lang ja did not load $qm: $log"

if [[ $man_pages == ON ]]; then
    for page in man/man1/irdash.1.gz man/ja/man1/irdash.1.gz; do
        gzip -t "$prefix/share/$page" || fail "share/$page is not gzip"
        MANWIDTH=80 man -l "$prefix/share/$page" >/dev/null 2>&1 || fail "man -l share/$page failed"
    done
    zcat "$prefix/share/man/man1/irdash.1.gz" | grep -q '^irdash \\- ' \
        || fail "irdash.1 has no NAME line 'irdash \\- ...'"
fi

echo "installed layout OK: ${#expected[@]} files in $prefix"
