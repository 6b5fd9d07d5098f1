#!/usr/bin/env bash
# Every option that irdash --help and irdash CMD --help list must appear in the man pages,
# which must render without a warning from man (lintian's manpage-has-errors-from-man).
# The commands are the COMMANDs given and the words after "irdash " in the global help, as
# packaging/make-manpage.sh takes them.
# Usage: man-options.sh IRDASH LOCPATH PAGE_EN PAGE_JA [COMMAND...]
set -euo pipefail
irdash=$1 locpath=$2 page_en=$3 page_ja=$4
shift 4
known_commands=("$@")
export QT_QPA_PLATFORM=offscreen

fail() { echo "FAIL: $*" >&2; exit 1; }

# The options a help text names: --long ones, and -x where it stands alone.
options_in() {
    grep -oE -- '(^|[^A-Za-z0-9-])(--[a-z][a-z0-9-]*|-[A-Za-z])([^A-Za-z0-9-]|$)' \
        | grep -oE -- '--?[A-Za-z][a-z0-9-]*' || true
}

check_page() {
    local page=$1 locale=$2
    local warnings text global options=() command
    [[ -s $page ]] || fail "$page is missing or empty"
    warnings=$(MANWIDTH=100 man --warnings -l "$page" 2>&1 >/dev/null) || fail "man -l $page failed"
    [[ -z $warnings ]] || fail "man -l $page warns: $warnings"
    # Wide, unhyphenated and unjustified: every option is one word on one line.
    text=$(MANWIDTH=1000 man --nh --nj -l "$page" 2>/dev/null)

    global=$(LC_ALL=$locale LOCPATH=$locpath "$irdash" --help 2>/dev/null)
    mapfile -t options < <(options_in <<<"$global")
    local help_texts=1
    for command in $({
        printf 'irdash %s\n' "${known_commands[@]}"
        grep -oE '(^|[[:space:]])irdash [a-z][a-z-]*' <<<"$global"
    } | awk '$2 != "" && !seen[$2]++ { print $2 }'); do
        local own
        own=$(LC_ALL=$locale LOCPATH=$locpath "$irdash" "$command" --help 2>/dev/null) || continue
        [[ $own != "$global" ]] || continue
        help_texts=$((help_texts + 1))
        mapfile -t -O "${#options[@]}" options < <(options_in <<<"$own")
    done
    mapfile -t options < <(printf '%s\n' "${options[@]}" | sort -u)
    for option in --help --version; do
        printf '%s\n' "${options[@]}" | grep -qxF -- "$option" \
            || fail "irdash --help ($locale) does not list $option: is it still irdash's help?"
    done

    local missing=()
    for option in "${options[@]}"; do
        grep -qE -- "(^|[^A-Za-z0-9-])$option([^A-Za-z0-9-]|\$)" <<<"$text" || missing+=("$option")
    done
    [[ ${#missing[@]} -eq 0 ]] || fail "$page lacks ${missing[*]} ($locale)"
    echo "$page: all ${#options[@]} options of $help_texts help texts ($locale)"
}

check_page "$page_en" C.UTF-8
check_page "$page_ja" ja_JP.UTF-8
