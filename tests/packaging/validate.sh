#!/usr/bin/env bash
# Runs a validator on a packaging file; exits 77 (skipped) when it is not installed.
# Usage: validate.sh VALIDATOR [ARGS...] FILE
set -euo pipefail
if ! command -v "$1" >/dev/null; then
    echo "$1 is not installed (bash packaging/install-deps.sh --with-tools installs it): skipped"
    exit 77
fi
exec "$@"
