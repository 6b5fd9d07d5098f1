#!/usr/bin/env bash
# Sets up a Debian 12 machine (as root, or with sudo), builds irdash and runs every
# test suite headless. Usage: bash packaging/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
ctest --preset default
