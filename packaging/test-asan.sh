#!/usr/bin/env bash
# Builds irdash with AddressSanitizer and UndefinedBehaviorSanitizer (the asan preset) and
# runs every test suite under them. Usage: bash packaging/test-asan.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset asan >/dev/null
cmake --build --preset asan
# Leaks inside system libraries (fontconfig's caches and the like) are not ours.
export LSAN_OPTIONS="suppressions=$PWD/packaging/lsan.supp:print_suppressions=0"
ctest --preset asan
