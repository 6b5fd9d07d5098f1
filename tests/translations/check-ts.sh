#!/usr/bin/env bash
# Fails when translations/irdash_ja.ts is not complete: a source string missing from it,
# an unfinished translation, or an entry whose source string is gone.
# Usage: check-ts.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir/translations/irdash_ja.ts" "$work/irdash_ja.ts"
# Without -no-obsolete, strings no longer in the sources come back marked vanished.
"$lupdate" -silent -locations none "$source_dir/core" "$source_dir/ui" "$source_dir/app" \
    -ts "$work/irdash_ja.ts" >/dev/null
status=0
if ! cmp -s "$source_dir/translations/irdash_ja.ts" "$work/irdash_ja.ts"; then
    echo "irdash_ja.ts is not up to date with the sources; run: cmake --build build --target update_translations"
    diff -u "$source_dir/translations/irdash_ja.ts" "$work/irdash_ja.ts" | head -40 || true
    status=1
fi
for kind in unfinished vanished obsolete; do
    count=$(grep -c "type=\"$kind\"" "$work/irdash_ja.ts" || true)
    if [[ "$count" -ne 0 ]]; then
        echo "irdash_ja.ts: $count $kind entr$([[ $count -eq 1 ]] && echo y || echo ies):"
        grep -B3 "type=\"$kind\"" "$work/irdash_ja.ts" | grep "<source>" | head -20
        status=1
    fi
done
[[ $status -eq 0 ]] && echo "irdash_ja.ts: $(grep -c '<message' "$work/irdash_ja.ts") messages, all translated"
exit $status
