#!/usr/bin/env bash
# Composes the AppStream catalogue from an install tree, as a distribution's generator
# does: the component must come out without hints, with Japanese counted as translated
# from the installed catalogue (share/irdash/translations/irdash_ja.qm).
# Usage: compose.sh WORK_DIR APP_ID --install CMAKE BUILD_DIR   (installs the build first)
#        compose.sh WORK_DIR APP_ID ROOT                         (an unpacked .deb)
set -euo pipefail
work=$1 id=$2

fail() { echo "FAIL: $*" >&2; exit 1; }

# appstreamcli compose is a plugin in its own package on Debian 12.
if ! appstreamcli compose --help >/dev/null 2>&1; then
    echo "appstreamcli compose is not installed (apt-get install appstream-compose): skipped"
    exit 77
fi

rm -rf "$work"
if [[ $3 == --install ]]; then
    root=$work/root
    DESTDIR=$root "$4" --install "$5" --prefix /usr >/dev/null
else
    root=$3
fi
report=$(appstreamcli compose --no-net --no-color --print-report=full --prefix=/usr \
    --origin=irdash --result-root="$work/out" --hints-dir="$work/hints" "$root" 2>&1) \
    || fail "appstreamcli compose failed: $report"
echo "$report"
catalogue=$work/out/usr/share/swcatalog/xml/irdash.xml.gz
[[ -f $catalogue ]] || fail "compose wrote no $catalogue"
zcat "$catalogue" | grep -q "<id>$id</id>" || fail "the catalogue has no component $id"
# The per-unit hints come last in the YAML, after the explanation of every tag.
hints=$(sed -n '/^- Unit:/,$p' "$work/hints/irdash.hints.yaml")
grep -q 'Hints: \[\]' <<<"$hints" || fail "compose reported hints: $hints"
percentage=$(zcat "$catalogue" | sed -n 's|.*<lang percentage="\([0-9]*\)">ja</lang>.*|\1|p')
[[ -n $percentage ]] || fail "the catalogue lists no Japanese translation"
(( percentage >= 90 )) || fail "Japanese counts as $percentage% translated"
echo "composed $id: Japanese $percentage% translated"
