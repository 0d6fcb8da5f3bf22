#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server.
#
#   scripts/with-postgres.sh go test ./...
#   scripts/with-postgres.sh sh -c 'newsgraph --backend postgres --db "$PGURL" ingest corpus.jsonl'
#
# Starts initdb + pg_ctl in a temp dir on a free port on 127.0.0.1 (as the
# "postgres" user when run as root: PostgreSQL refuses to run as root),
# creates a database, exports
#   PGURL                    postgres://newsgraph@127.0.0.1:PORT/newsgraph?sslmode=disable
#   NEWSGRAPH_TEST_POSTGRES  the same URL: the Go tests then create their
#                            databases on this server instead of starting one
# runs the command, and stops and removes the server whatever happens.
# Extra server settings: PG_SETTINGS="-c shared_buffers=512MB ...".
# Durability is off (fsync, synchronous_commit) unless PG_DURABLE=1.
# Without PostgreSQL binaries it says so and runs the command without a
# server (the PostgreSQL tests then skip with that message).
set -euo pipefail

bin=""
if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
	bin=$(dirname "$(readlink -f "$(command -v initdb)")")
else
	for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
		if [ -x "$d/initdb" ]; then bin=$d; break; fi
	done
fi
if [ -z "$bin" ]; then
	echo "with-postgres: PostgreSQL server binaries (initdb, pg_ctl) not found; install PostgreSQL (Debian/Ubuntu: apt-get install postgresql). Running without a server." >&2
	exec "$@"
fi

dir=$(mktemp -d /tmp/newsgraph-pg-XXXXXX)
as=()
if [ "$(id -u)" = 0 ]; then
	chown postgres: "$dir"
	as=(runuser -u postgres --)
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo $((20000 + RANDOM % 20000)))

cleanup() {
	"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
	rm -rf "$dir"
}
trap cleanup EXIT

(cd /tmp && "${as[@]}" "$bin/initdb" -D "$dir/data" -A trust -U newsgraph -E UTF8 --no-sync >/dev/null)
settings="-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=50"
if [ "${PG_DURABLE:-0}" != 1 ]; then
	settings="$settings -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
fi
settings="$settings ${PG_SETTINGS:-}"
(cd /tmp && "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$settings" start >/dev/null)
if [ -x "$bin/createdb" ]; then "$bin/createdb" -h 127.0.0.1 -p "$port" -U newsgraph newsgraph; else "$bin/postgres" --version >/dev/null; (cd /tmp && "${as[@]}" "$bin/psql" -h 127.0.0.1 -p "$port" -U newsgraph -d postgres -c "CREATE DATABASE newsgraph" >/dev/null); fi

export PGURL="postgres://newsgraph@127.0.0.1:$port/newsgraph?sslmode=disable"
export NEWSGRAPH_TEST_POSTGRES="$PGURL"
echo "with-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
"$@"
