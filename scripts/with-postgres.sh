#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server: a cluster in a temporary folder on a free loopback
# port, started with initdb + pg_ctl as the postgres user (no systemd), removed afterwards. The command
# gets its address in POSTGRES_URL; POSTGRES_PORT picks the port. Installs Debian's postgresql first when it is missing (needs root, as
# in CI). Used by `npm run test:postgres` and `npm run bench:reports`.
set -euo pipefail

find_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
      echo "$dir"
    fi
  done | sort -V | tail -n 1
}

PG_BIN="$(find_bin)"
if [[ -z "$PG_BIN" ]]; then
  echo "with-postgres: installing Debian's postgresql"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  PG_BIN="$(find_bin)"
fi
if [[ -z "$PG_BIN" ]]; then
  echo "with-postgres: no initdb/pg_ctl found under /usr/lib/postgresql" >&2
  exit 1
fi

PORT="${POSTGRES_PORT:-$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}"
WORK="$(mktemp -d /tmp/reports-pg.XXXXXX)"
chmod 755 "$WORK"
DATA="$WORK/data"
RUN_AS=()
if [[ "$(id -u)" == "0" ]]; then
  chown postgres:postgres "$WORK"
  RUN_AS=(runuser -u postgres --)
fi

cleanup() {
  "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$DATA" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

"${RUN_AS[@]}" "$PG_BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$DATA" -l "$WORK/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$WORK" start >/dev/null
"${RUN_AS[@]}" "$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres reports_test

echo "with-postgres: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT"
POSTGRES_URL="postgres://postgres@127.0.0.1:$PORT/reports_test" "$@"
