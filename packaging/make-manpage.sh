#!/usr/bin/env bash
# Writes irdash's manual page from the program's own --help and --version (help2man), so
# the page says what the parser says. Each command whose `irdash CMD --help` says more
# than the global --help gets a subsection of its own under COMMANDS_HEADING; the
# commands are the COMMANDs given and the words after "irdash " in the global help.
# Run by packaging/CMakeLists.txt.
# Usage: make-manpage.sh IRDASH LOCALE WHATIS COMMANDS_HEADING OUTPUT [COMMAND...]
#   LOCALE: C.UTF-8 for English, ja_JP.UTF-8 for Japanese (LOCPATH may say where it is):
#   help2man runs the program and writes its own headings in that locale.
set -euo pipefail
irdash=$1 locale=$2 whatis=$3 commands_heading=$4 output=$5
shift 5

fail() { echo "make-manpage: $*" >&2; exit 1; }
command -v help2man >/dev/null || fail "help2man is not installed (apt-get install help2man)"
export QT_QPA_PLATFORM=offscreen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# help2man puts the program in a shell command line: a wrapper keeps odd paths whole. It
# also gives help2man's Japanese the word it looks for: Qt's usage line says 使い方, help2man
# expects 使用法 (the Japanese synopsis is found by it).
wrapper() {
    local file=$work/$1
    shift
    printf '#!/bin/sh\n%q %s "$@" | sed "1s/^使い方:/使用法:/"\n' "$irdash" "$*" >"$file"
    chmod +x "$file"
    echo "$file"
}
help_of() { LC_ALL=$locale "$irdash" "$@" --help 2>/dev/null; }

global=$(help_of) || fail "$irdash --help failed"
version=$(LC_ALL=$locale "$irdash" --version 2>/dev/null) || fail "$irdash --version failed"
version=${version##* }

# The body of a command's page (its synopsis, description and options) as a subsection:
# help2man's NAME is dropped and its other headings become paragraph breaks.
include=$work/commands.h2m
: >"$include"
mapfile -t commands < <({
    printf 'irdash %s\n' "$@"
    grep -oE '(^|[[:space:]])irdash [a-z][a-z-]*' <<<"$global"
} | awk '$2 != "" && !seen[$2]++ { print $2 }')
for command in "${commands[@]}"; do
    text=$(help_of "$command") || continue
    [[ -n $text && $text != "$global" ]] || continue
    [[ -s $include ]] || printf '[%s]\n' "$commands_heading" >>"$include"
    printf '.SS "irdash %s"\n' "$command" >>"$include"
    help2man --no-info --locale="$locale" --version-string="$version" \
        "$(wrapper "irdash-$command" "$command")" \
        | awk '/^\.SH/ { if (++heading >= 3) print ".PP"; next } heading >= 2' >>"$include"
done

includes=()
[[ -s $include ]] && includes=(--include="$include")
help2man --no-info --locale="$locale" --name="$whatis" --section=1 "${includes[@]}" \
    --output="$output" "$(wrapper irdash)"
# help2man names the page after the wrapper's file name, which is the program's.
grep -q '^\.TH IRDASH ' "$output" || fail "help2man wrote no page for irdash to $output"
# help2man takes --name as bytes and would write a Japanese one garbled: the line under
# the first heading (NAME) is written again here.
WHATIS="irdash \\- $whatis" awk '
    /^\.SH/ && !done { heading = 1; print; next }
    heading && !done { print ENVIRON["WHATIS"]; done = 1; next }
    { print }' "$output" >"$work/page"
# Japanese has no spaces to stretch: justified lines would warn "cannot adjust line".
# Left-aligned text, as Japanese man pages set it.
if [[ $locale == ja* ]]; then
    awk '{ print } /^\.TH / && !done { print ".ad l"; done = 1 }' "$work/page" >"$work/page.ja"
    mv "$work/page.ja" "$work/page"
fi
cat "$work/page" >"$output"
