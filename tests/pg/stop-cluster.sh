#!/usr/bin/env bash
# Stops a cluster started by tests/pg/start-cluster.sh DIR and removes DIR.
# Safe to call twice, and on a half-started cluster (it is what the test runner's
# exit trap calls, whatever happened before).
set -uo pipefail

dir="${1:?usage: stop-cluster.sh DIR}"
[ -d "$dir" ] || exit 0

if [ -f "$dir/data/postmaster.pid" ] && [ -f "$dir/bindir" ]; then
    bindir="$(cat "$dir/bindir")"
    owner="$(stat -c %U "$dir/data")"
    run_as=()
    [ "$(id -u)" = 0 ] && [ "$owner" != root ] && run_as=(runuser -u "$owner" --)
    # immediate: the data is thrown away, no need for a shutdown checkpoint.
    "${run_as[@]}" "$bindir/pg_ctl" --pgdata="$dir/data" --mode=immediate --wait stop >/dev/null 2>&1 \
        || echo "stop-cluster.sh: pg_ctl stop failed; see $dir/server.log" >&2
fi
# Only remove what start-cluster.sh made.
rmdir "$dir" 2>/dev/null && exit 0
if [ -d "$dir/data" ] || [ -d "$dir/socket" ]; then
    rm -rf "$dir"
fi
