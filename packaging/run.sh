#!/usr/bin/env bash
# Sets up a Debian 12 machine (as root, or with sudo), builds irdash and opens it on
# the bundled dataset. Arguments go to irdash, e.g. bash packaging/run.sh --db :memory:
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset default >/dev/null
# Only the program: the test suites and benchmarks are for bash packaging/test.sh.
cmake --build --preset default --target irdash
exec build/app/irdash "$@"
