#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the test suite and prints the libpq
# connection string of its maintenance database on stdout (one line), e.g.
#   host=/tmp/charter-pg.Ab12/socket port=55432 dbname=postgres user=charter_test
#
# Usage: tests/pg/start-cluster.sh DIR
#   DIR      an empty or missing folder for the cluster (data, socket, log); removed
#            again by tests/pg/stop-cluster.sh DIR
# Environment:
#   CHARTER_PG_BINDIR  folder with initdb/pg_ctl (default: the newest of
#                      /usr/lib/postgresql/*/bin, preferring 15; else pg_config --bindir)
#   CHARTER_PG_PORT    port number (default 55432). The server listens on a private unix
#                      socket only, so the number names the socket and never clashes
#                      with another server or another test run.
#   CHARTER_PG_USER    OS account that runs the server when started as root
#                      (default charter-test, created when missing)
#
# PostgreSQL refuses to run as root, so as root the server runs as an unprivileged
# account; otherwise as the calling user. Missing server binaries are an error: the
# PostgreSQL half of the suite must never be skipped silently.
set -euo pipefail

dir="${1:?usage: start-cluster.sh DIR}"
port="${CHARTER_PG_PORT:-55432}"
db_user="charter_test"

die() { echo "start-cluster.sh: $*" >&2; exit 1; }

find_bindir() {
    if [ -n "${CHARTER_PG_BINDIR:-}" ]; then
        echo "$CHARTER_PG_BINDIR"; return
    fi
    if [ -x /usr/lib/postgresql/15/bin/initdb ]; then
        echo /usr/lib/postgresql/15/bin; return
    fi
    local candidate
    candidate="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [ -n "$candidate" ] && [ -x "$candidate/initdb" ]; then
        echo "$candidate"; return
    fi
    if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
        pg_config --bindir; return
    fi
    return 1
}

bindir="$(find_bindir)" || die "PostgreSQL server binaries (initdb, pg_ctl) not found. Install the \
Debian package 'postgresql' (make deps does) or set CHARTER_PG_BINDIR."
for tool in initdb pg_ctl; do
    [ -x "$bindir/$tool" ] || die "$bindir/$tool is missing or not executable."
done

# Who runs the server.
run_as=()
if [ "$(id -u)" = 0 ]; then
    os_user="${CHARTER_PG_USER:-charter-test}"
    if ! id -u "$os_user" >/dev/null 2>&1; then
        useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin \
            "$os_user" >/dev/null 2>&1 || id -u "$os_user" >/dev/null 2>&1 \
            || die "cannot create the unprivileged account $os_user to run PostgreSQL."
    fi
    run_as=(runuser -u "$os_user" --)
fi

if [ -e "$dir" ] && [ -n "$(ls -A "$dir" 2>/dev/null)" ]; then
    die "$dir is not empty; stop the old cluster first (tests/pg/stop-cluster.sh $dir)."
fi
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
mkdir -p "$dir/data" "$dir/socket"
if [ "${#run_as[@]}" -gt 0 ]; then
    chown -R "$os_user" "$dir"
    # The account must reach DIR through its parents (e.g. a build folder under /root).
    "${run_as[@]}" test -w "$dir/data" \
        || die "$os_user cannot write to $dir; choose a folder it can reach (e.g. under /tmp)."
fi
chmod 700 "$dir/data" "$dir/socket"

socket_path="$dir/socket/.s.PGSQL.$port"
[ "${#socket_path}" -lt 100 ] || die "socket path $socket_path is too long for a unix socket; use a shorter DIR."

"${run_as[@]}" "$bindir/initdb" --pgdata="$dir/data" --username="$db_user" --auth=trust \
    --encoding=UTF8 --locale=C.UTF-8 --no-sync --no-instructions >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; die "initdb failed."; }

# Local logins are trusted, except members of charter_password_auth (a role the tests
# create), which must give a password: the tests of password handling, .pgpass and
# service files need a server that asks for one.
{ echo "local all +charter_password_auth scram-sha-256"; cat "$dir/data/pg_hba.conf"; } >"$dir/pg_hba.new"
cat "$dir/pg_hba.new" >"$dir/data/pg_hba.conf" && rm -f "$dir/pg_hba.new"

# A test cluster: no TCP, durability off (the data is thrown away), room for the
# parallel test processes.
cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = ''
port = $port
unix_socket_directories = '$dir/socket'
unix_socket_permissions = 0777
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 32MB
log_min_messages = warning
log_min_error_statement = panic
CONF

echo "$bindir" >"$dir/bindir"
"${run_as[@]}" "$bindir/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait \
    --timeout=60 start >/dev/null \
    || { cat "$dir/server.log" >&2 2>/dev/null; die "pg_ctl start failed."; }
# The socket folder is private to the server account; the tests (possibly another
# account, e.g. root in CI) only need to traverse it.
chmod 711 "$dir/socket"

echo "host=$dir/socket port=$port dbname=postgres user=$db_user"
