#!/usr/bin/env bash
# Runs the whole CTest suite. Tests that need PostgreSQL find a throwaway cluster
# through CHARTER_TEST_PG (started here when the server binaries are installed).
set -euo pipefail
build_dir="${1:-build}"
cd "$build_dir"
ctest --output-on-failure -j "$(nproc)"
