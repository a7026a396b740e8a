#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and benchmarks: Debian's server binaries, initdb in a
# folder of its own, a free port on 127.0.0.1, trust auth for the superuser `tgc`, no durability
# (fsync off: the data is thrown away). As root the server runs as the `postgres` user.
#
#   scripts/throwaway-postgres.sh start DIR [--install]   prints the server's URL (postgres://tgc@127.0.0.1:PORT/postgres)
#   scripts/throwaway-postgres.sh stop DIR                stops the server and removes DIR
#   scripts/throwaway-postgres.sh bindir                  prints the folder of the server binaries, or fails
#
# --install: apt-get installs the `postgresql` package when no server binaries are found.
set -euo pipefail

SUPERUSER=tgc

find_bindir() {
  local dir
  # Newest version first.
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
      echo "$dir"
      return 0
    fi
  done
  if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
    dirname "$(readlink -f "$(command -v initdb)")"
    return 0
  fi
  return 1
}

install_server() {
  if [[ $(id -u) -ne 0 ]]; then
    echo "No PostgreSQL server binaries found: install Debian's postgresql package (sudo apt-get install postgresql)." >&2
    return 1
  fi
  echo "Installing PostgreSQL (apt-get install postgresql)..." >&2
  apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql >&2
}

# As root, initdb and postgres refuse to run: they run as `postgres`, who owns the folder.
as_server_user() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  node -e 'const s = require("node:net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

start() {
  local dir=$1 install=${2:-}
  local bindir
  if ! bindir=$(find_bindir); then
    if [[ $install == --install ]]; then
      install_server
      bindir=$(find_bindir)
    else
      echo "No PostgreSQL server binaries found (looked in /usr/lib/postgresql/*/bin and PATH): install Debian's postgresql package (apt-get install postgresql)." >&2
      return 1
    fi
  fi
  mkdir -p "$dir"
  if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$dir"
  fi
  as_server_user "$bindir/initdb" --pgdata="$dir/data" --username="$SUPERUSER" --auth=trust --encoding=UTF8 --locale=C >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    return 1
  }
  local port
  port=$(free_port)
  as_server_user "$bindir/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait --timeout=60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >&2 || {
    cat "$dir/server.log" >&2
    return 1
  }
  echo "$port" >"$dir/port"
  echo "postgres://$SUPERUSER@127.0.0.1:$port/postgres"
}

stop() {
  local dir=$1
  local bindir
  if [[ -d "$dir/data" ]] && bindir=$(find_bindir); then
    as_server_user "$bindir/pg_ctl" --pgdata="$dir/data" --mode=immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start "${2:?start needs a folder}" "${3:-}" ;;
  stop) stop "${2:?stop needs a folder}" ;;
  bindir) find_bindir ;;
  *)
    echo "usage: $0 start DIR [--install] | stop DIR | bindir" >&2
    exit 2
    ;;
esac
