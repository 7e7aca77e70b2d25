#!/usr/bin/env bash
# Runs the whole CTest suite. The storage and service suites also run against
# PostgreSQL ("*_pg" tests): this script starts a throwaway PostgreSQL cluster
# (tests/pg/start-cluster.sh: initdb + pg_ctl on a private unix socket, as an
# unprivileged account) and stops it when the run ends, whatever the outcome.
# Missing PostgreSQL binaries fail the run; the PostgreSQL half is never skipped.
#
# Usage: tests/run-tests.sh [BUILD_DIR] [extra ctest arguments]
# Set CHARTER_TEST_PG to a libpq connection string to use an existing server instead.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build_dir="${1:-build}"
shift || true

cluster_dir=""
cleanup() {
    if [ -n "$cluster_dir" ]; then
        "$here/pg/stop-cluster.sh" "$cluster_dir"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ -z "${CHARTER_TEST_PG:-}" ]; then
    started=$(date +%s%N)
    cluster_dir="$(mktemp -d /tmp/charter-pg.XXXXXX)"
    CHARTER_TEST_PG="$("$here/pg/start-cluster.sh" "$cluster_dir")"
    export CHARTER_TEST_PG
    echo "PostgreSQL test cluster up in $(( ($(date +%s%N) - started) / 1000000 )) ms: $CHARTER_TEST_PG"
fi

cd "$build_dir"
ctest --output-on-failure -j "$(nproc)" "$@"
