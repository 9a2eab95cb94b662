#!/usr/bin/env bash
# The throwaway PostgreSQL server the container tests run their second pass against, on loopback only.
#   postgresql.sh start <port> <skipTests> <skipITs>   installs Debian's postgresql when missing (as ensure-chromium.sh
#                                                       does), creates a cluster in /tmp and one empty database per
#                                                       test group: ctios_shared, ctios_own, ctios_crash, ctios_cluster,
#                                                       ctios_shift
#   postgresql.sh stop <port>                          stops it at once and deletes the cluster
# Trust authentication on 127.0.0.1 for the superuser "ctios": a test server nothing else can reach. Durability is
# off (fsync, synchronous commit): a crash of this server is not what the tests are about, and it would only cost
# the build's time.
set -euo pipefail
command="${1:?start or stop}"
port="${2:?port}"
data="/tmp/ctios-postgresql-${port}"

as_owner() {
  if [[ "$(id -u)" -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# The newest server installed (the client package alone brings a bin directory without initdb).
binaries() {
  local initdb
  initdb="$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)"
  [[ -n "$initdb" ]] && dirname "$initdb"
  return 0
}

install_postgresql() {
  source "$(dirname "$0")/../debian/apt-install.sh"
  apt_install postgresql "for the tests on PostgreSQL" postgresql || exit 1
}

case "$command" in
  start)
    if [[ "${3:-false}" == true || "${4:-false}" == true ]]; then
      exit 0
    fi
    if [[ -z "$(binaries)" ]]; then
      install_postgresql
    fi
    bin="$(binaries)"
    if [[ -d "$data" ]]; then
      as_owner "$bin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
      rm -rf "$data"
    fi
    mkdir -p "$data"
    if [[ "$(id -u)" -eq 0 ]]; then
      chown postgres:postgres "$data"
    fi
    as_owner "$bin/initdb" -D "$data" -U ctios --auth=trust --encoding=UTF8 --no-sync >"$data.initdb.log" 2>&1 \
      || { cat "$data.initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 start -o \
      "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$data -c fsync=off \
       -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    for database in ctios_shared ctios_own ctios_crash ctios_cluster ctios_shift; do
      as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U ctios "$database"
    done
    echo "postgresql: $("$bin/postgres" --version) on 127.0.0.1:$port, data in $data"
    ;;
  stop)
    bin="$(binaries)"
    if [[ -n "$bin" && -d "$data" ]]; then
      as_owner "$bin/pg_ctl" -D "$data" -m immediate stop || true
      rm -rf "$data" "$data.initdb.log"
    fi
    ;;
  *)
    echo "usage: postgresql.sh start <port> <skipTests> <skipITs> | stop <port>" >&2
    exit 2
    ;;
esac
