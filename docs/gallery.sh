#!/usr/bin/env bash
# Exports every chart in every view and both languages at 1600x900 and 1024x576 into one
# folder, and a contact sheet of them all, so that every chart is looked at after a change.
# Usage: bash docs/gallery.sh [FOLDER] [QUARTER]   (default: build/gallery, the newest quarter)
# Needs a build (build/app/irdash) and ImageMagick's montage.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-build/gallery}
quarter=${2:-}
irdash=build/app/irdash
[[ -x $irdash ]] || { echo "gallery: build irdash first (cmake --build --preset default)" >&2; exit 1; }
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
rm -rf "$out"
mkdir -p "$out"
# A database of its own: the bundled figures and the later releases, so that revisions show.
db="$out/gallery.sqlite"
"$irdash" import tests/data/iij-public-later-quarters.csv --db "$db" >/dev/null
args=(--db "$db")
[[ -n $quarter ]] && args+=(--quarter "$quarter")
declare -A views=(
    [revenue-mix]="segments detailed recurring"
    [gross-margin]="ratios amounts"
    [cloud-revenue]="-"
    [headcount]="costs people"
    [targets]="-"
)
for chart in revenue-mix gross-margin cloud-revenue headcount targets; do
    for view in ${views[$chart]}; do
        [[ $view == - ]] && view=""  # a chart of one view
        for lang in en ja; do
            for size in 1600x900 1024x576; do
                name="$chart${view:+-$view}_${lang}_$size.png"
                "$irdash" export --chart "$chart" ${view:+--view "$view"} --lang "$lang" \
                    --size "$size" "${args[@]}" -o "$out/$name" >/dev/null
            done
        done
    done
done
montage "$out"/*_1600x900.png -tile 4x -geometry 800x450+6+6 -title "irdash charts, 1600x900" \
    "$out/contact-sheet-1600x900.png"
montage "$out"/*_1024x576.png -tile 4x -geometry 512x288+6+6 -title "irdash charts, 1024x576" \
    "$out/contact-sheet-1024x576.png"
ls "$out"/contact-sheet-*.png
