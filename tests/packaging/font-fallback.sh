#!/usr/bin/env bash
# The package only recommends fonts-noto-cjk: without Noto Sans CJK JP a Japanese export
# still works, in the application font, and says so in one line on stderr; with the font
# it says nothing. fontconfig is pointed at a folder without the font to take it away.
# Usage: font-fallback.sh IRDASH WORK_DIR
set -euo pipefail
irdash=$1 work=$2
export QT_QPA_PLATFORM=offscreen

fail() { echo "FAIL: $*" >&2; exit 1; }

command -v fc-list >/dev/null || { echo "fc-list is not installed: skipped"; exit 77; }
fc-list -q 'Noto Sans CJK JP' || { echo "Noto Sans CJK JP is not installed: skipped"; exit 77; }
dejavu=/usr/share/fonts/truetype/dejavu
[[ -d $dejavu ]] || { echo "$dejavu is missing: skipped"; exit 77; }

rm -rf "$work"
mkdir -p "$work/cache" "$work/runtime"
# Qt warns on stderr without one, and stderr is what is checked here.
chmod 700 "$work/runtime"
export XDG_RUNTIME_DIR=$work/runtime
export_ja() {
    "$irdash" export --chart revenue-mix --lang ja --db :memory: -o "$work/$1.png" \
        >/dev/null 2>"$work/$1.err" \
        || fail "irdash export --lang ja ($1) exited with $?: $(cat "$work/$1.err")"
    [[ -s $work/$1.png ]] || fail "irdash export --lang ja ($1) wrote no PNG"
}

export_ja with-font
[[ ! -s $work/with-font.err ]] || fail "with the font installed, stderr was: $(cat "$work/with-font.err")"

cat >"$work/fonts.conf" <<CONF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>$dejavu</dir>
  <include ignore_missing="yes">/etc/fonts/conf.d</include>
  <cachedir>$work/cache</cachedir>
</fontconfig>
CONF
FONTCONFIG_FILE=$work/fonts.conf export_ja without-font
lines=$(wc -l <"$work/without-font.err")
[[ $lines -eq 1 ]] || fail "without the font, stderr had $lines lines, expected one: $(cat "$work/without-font.err")"
grep -q 'Noto Sans CJK JP' "$work/without-font.err" && grep -q 'DejaVu' "$work/without-font.err" \
    || fail "the line does not name the missing font and the one used: $(cat "$work/without-font.err")"
echo "without Noto Sans CJK JP: $(cat "$work/without-font.err")"
