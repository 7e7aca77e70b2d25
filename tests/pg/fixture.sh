#!/usr/bin/env bash
# CTest fixture around start-cluster.sh / stop-cluster.sh, for plain `ctest` runs.
#   fixture.sh start STATE_DIR   start a cluster (unless CHARTER_TEST_PG names one) and
#                                write its connection string to STATE_DIR/connection
#   fixture.sh stop STATE_DIR    stop the cluster the start step made, if any
# tests/run-tests.sh starts the cluster itself and exports CHARTER_TEST_PG, so under it
# both steps do nothing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
action="${1:?usage: fixture.sh start|stop STATE_DIR}"
state="${2:?usage: fixture.sh start|stop STATE_DIR}"

stop_recorded() {
    if [ -f "$state/cluster-dir" ]; then
        "$here/stop-cluster.sh" "$(cat "$state/cluster-dir")"
    fi
    rm -f "$state/cluster-dir" "$state/connection"
}

case "$action" in
start)
    stop_recorded # a cluster left behind by an interrupted run
    if [ -n "${CHARTER_TEST_PG:-}" ]; then
        echo "Using the PostgreSQL server of CHARTER_TEST_PG."
        exit 0
    fi
    mkdir -p "$state"
    # Under /tmp: short enough for a unix socket path, reachable by the server account.
    dir="$(mktemp -d /tmp/charter-pg.XXXXXX)"
    echo "$dir" >"$state/cluster-dir"
    "$here/start-cluster.sh" "$dir" >"$state/connection.new"
    mv "$state/connection.new" "$state/connection"
    echo "Started a throwaway PostgreSQL cluster: $(cat "$state/connection")"
    ;;
stop)
    stop_recorded
    ;;
*)
    echo "usage: fixture.sh start|stop STATE_DIR" >&2
    exit 1
    ;;
esac
