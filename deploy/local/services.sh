#!/usr/bin/env bash
# Local PostgreSQL 15 and RabbitMQ for development, tests and CI, from the Debian packages, on loopback only;
# also installs the OCR tools the worker runs (tesseract-ocr, tesseract-ocr-eng, poppler-utils).
# All state lives under $CONTRACTINTEL_STATE (default: <repo>/.state, git-ignored). No Docker needed.
#
#   deploy/local/services.sh start   install if missing, start (or reuse) both servers, create the logins
#   deploy/local/services.sh stop    stop both by pid
#   deploy/local/services.sh env     print the export lines for the connection settings
#   deploy/local/services.sh status
#
# Local-development passwords (documented defaults, never used in production): contractintel-owner-dev,
# contractintel-worker-dev, contractintel-auditor-dev. Override with CONTRACTINTEL_{OWNER,WORKER,AUDITOR}_PASSWORD.
# Every TCP login, the superuser's included, needs its password (scram-sha-256); the superuser's is generated at
# initdb into <state>/postgres-superuser.password (mode 0600). The scripts themselves log in over the unix socket,
# which lives in the server's own 0700 data folder, so only its OS user (and root) can reach it.
#
# Durability: fsync, full_page_writes and data checksums are on. CONTRACTINTEL_PG_SYNC_COMMIT=off (the test
# suite sets it) turns synchronous_commit off for speed: a crash may then lose the last commits, never corrupt.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
state=${CONTRACTINTEL_STATE:-$repo/.state}
pg_port=${CONTRACTINTEL_PG_PORT:-15432}
amqp_port=${CONTRACTINTEL_AMQP_PORT:-5673}
pg_bin=/usr/lib/postgresql/15/bin
owner_pw=${CONTRACTINTEL_OWNER_PASSWORD:-contractintel-owner-dev}
worker_pw=${CONTRACTINTEL_WORKER_PASSWORD:-contractintel-worker-dev}
auditor_pw=${CONTRACTINTEL_AUDITOR_PASSWORD:-contractintel-auditor-dev}
sync_commit=${CONTRACTINTEL_PG_SYNC_COMMIT:-on}
mq=$state/rabbitmq
# Node name and epmd port follow the AMQP port, so two checkouts (or CI beside a developer) run side by side.
mq_node=rabbit-$amqp_port@localhost
epmd_port=$((amqp_port + 30000))

log() { echo "services: $*" >&2; }
die() { echo "services: $*" >&2; exit 1; }

mkdir -p "$state"
state=$(cd "$state" && pwd)

# PostgreSQL runs as the postgres user when we are root, and that user cannot reach a clone under a private
# folder (root's home is 0700). Its data then lives under the postgres user's home, one folder per state folder,
# and the state folder records where.
pg_data_for_state() {
  if [ "$(id -u)" -ne 0 ]; then echo "$state/postgres"; return; fi
  if [ -s "$state/postgres.location" ]; then cat "$state/postgres.location"; return; fi
  if [ -s "$state/postgres/PG_VERSION" ] || runuser -u postgres -- test -x "$state" 2>/dev/null; then echo "$state/postgres"; return; fi
  local key; key=$(printf '%s' "$state" | sha256sum | cut -c1-16)
  echo "/var/lib/postgresql/contractintel/$key"
}
pg_data=$(pg_data_for_state)

install_missing() {
  local need=()
  [ -x "$pg_bin/pg_ctl" ] || need+=(postgresql-15)
  [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || need+=(rabbitmq-server)
  # The worker OCRs scanned pages: pdftoppm renders them, Tesseract (English data) reads them.
  command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
  [ -n "$(ls /usr/share/tesseract-ocr/*/tessdata/eng.traineddata 2>/dev/null)" ] || need+=(tesseract-ocr-eng)
  command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
  if [ ${#need[@]} -gt 0 ]; then
    log "installing ${need[*]} from the Debian packages"
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
}

# PostgreSQL refuses to run as root: run it as the postgres user (created by the package) when we are root.
# From /, since the postgres user may not be able to enter the current directory (a private clone).
as_pg() { if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }

# Over the unix socket in the data folder (see the header): no password needed, no one else can reach it.
psql_admin() { as_pg psql -h "$pg_data" -p "$pg_port" -U postgres -d "${1:-postgres}" -v ON_ERROR_STOP=1 -qtA; }

# Written on every start, so a cluster made by an older version of this script (trust) is tightened too.
write_hba() {
  as_pg tee "$pg_data/pg_hba.conf" >/dev/null <<HBA
# Written by deploy/local/services.sh. Socket: reachable only by the server's OS user (0700 data folder).
local   all all                trust
host    all all 127.0.0.1/32   scram-sha-256
host    all all ::1/128        scram-sha-256
HBA
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_postgres() {
  mkdir -p "$state"
  if port_open "$pg_port" && ! as_pg "$pg_bin/pg_ctl" -D "$pg_data" status >/dev/null 2>&1; then
    # Another checkout's server (or a CI step) already serves this port: reuse it rather than fight over it.
    log "reusing the postgres already listening on 127.0.0.1:$pg_port"
    PGPASSWORD=$owner_pw psql -h 127.0.0.1 -p "$pg_port" -U contractintel_owner -d contractintel -qtAc 'SELECT 1' >/dev/null 2>&1 \
      || die "127.0.0.1:$pg_port is taken by a server where contractintel_owner cannot log in: set CONTRACTINTEL_PG_PORT to a free port"
    return
  fi
  [ ${#pg_data} -le 80 ] || die "the socket path under $pg_data is too long for a unix socket: set CONTRACTINTEL_STATE to a shorter folder"
  if [ ! -s "$pg_data/PG_VERSION" ]; then
    init_postgres
  elif ! as_pg "$pg_bin/pg_ctl" -D "$pg_data" status >/dev/null 2>&1 \
       && as_pg "$pg_bin/pg_controldata" -D "$pg_data" | grep -q 'Data page checksum version: *0'; then
    # A cluster from an older version of this script: turn checksums on while it is stopped (rewrites every page).
    as_pg "$pg_bin/pg_checksums" --enable -D "$pg_data" >/dev/null && log "data checksums enabled on $pg_data"
  fi
  write_hba
  local options="-c listen_addresses=127.0.0.1 -p $pg_port -c unix_socket_directories=$pg_data -c fsync=on -c full_page_writes=on -c synchronous_commit=$sync_commit"
  if as_pg "$pg_bin/pg_ctl" -D "$pg_data" status >/dev/null 2>&1; then
    if [ "$(psql_admin <<<"SHOW synchronous_commit")" != "$sync_commit" ] || [ "$(psql_admin <<<"SHOW fsync")" != on ]; then
      as_pg "$pg_bin/pg_ctl" -D "$pg_data" -w -m fast -l "$pg_data/server.log" -o "$options" restart >/dev/null
      log "postgres restarted on 127.0.0.1:$pg_port (fsync on, synchronous_commit $sync_commit)"
    else
      as_pg "$pg_bin/pg_ctl" -D "$pg_data" reload >/dev/null
      log "postgres already running on 127.0.0.1:$pg_port"
    fi
  else
    as_pg "$pg_bin/pg_ctl" -D "$pg_data" -w -l "$pg_data/server.log" -o "$options" start >/dev/null \
      || die "postgres did not start; see $pg_data/server.log"
    log "postgres started on 127.0.0.1:$pg_port (fsync on, synchronous_commit $sync_commit)"
  fi
  ensure_logins
}

init_postgres() {
  if [ "$pg_data" != "$state/postgres" ]; then
    mkdir -p "$(dirname "$pg_data")"
    chown postgres:postgres "$(dirname "$pg_data")"
    echo "$pg_data" > "$state/postgres.location"
    log "the postgres user cannot reach $state: its data lives in $pg_data"
  fi
  mkdir -p "$pg_data"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$pg_data"
  chmod 700 "$pg_data"
  as_pg test -w "$pg_data" || die "the PostgreSQL server user cannot write $pg_data: clone somewhere it can reach, or set CONTRACTINTEL_STATE"
  local pwfile="$state/postgres-superuser.password"
  [ -s "$pwfile" ] || (umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$pwfile")
  # initdb reads the password as the server user: a private copy it owns, removed right after.
  local copy; copy=$(mktemp)
  cat "$pwfile" > "$copy"
  [ "$(id -u)" -eq 0 ] && chown postgres "$copy"
  as_pg "$pg_bin/initdb" -D "$pg_data" -U postgres --pwfile="$copy" --auth-local=trust --auth-host=scram-sha-256 \
    --data-checksums -E UTF8 --locale=C.UTF-8 >/dev/null || { rm -f "$copy"; die "initdb failed in $pg_data"; }
  rm -f "$copy"
}

ensure_logins() {
  # Logins: the owner runs migrations; the migrations create the worker and auditor roles, which get LOGIN below.
  psql_admin <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'contractintel_owner') THEN
    CREATE ROLE contractintel_owner LOGIN CREATEROLE PASSWORD '$owner_pw';
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'contractintel_worker') THEN
    CREATE ROLE contractintel_worker NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'contractintel_auditor') THEN
    CREATE ROLE contractintel_auditor NOLOGIN;
  END IF;
END \$\$;
ALTER ROLE contractintel_worker LOGIN PASSWORD '$worker_pw';
ALTER ROLE contractintel_auditor LOGIN PASSWORD '$auditor_pw';
SQL
  if [ -z "$(psql_admin <<<"SELECT 1 FROM pg_database WHERE datname = 'contractintel'")" ]; then
    psql_admin <<<"CREATE DATABASE contractintel OWNER contractintel_owner"
  fi
}

start_rabbitmq() {
  mkdir -p "$mq/mnesia" "$mq/log" "$mq/home"
  export HOME=$mq/home RABBITMQ_MNESIA_BASE=$mq/mnesia RABBITMQ_LOG_BASE=$mq/log RABBITMQ_PID_FILE=$mq/rabbitmq.pid \
    RABBITMQ_CONFIG_FILE=$mq/rabbitmq RABBITMQ_ENABLED_PLUGINS_FILE=$mq/enabled_plugins \
    RABBITMQ_NODENAME=$mq_node RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT=$amqp_port RABBITMQ_DIST_PORT=$((amqp_port + 20000)) \
    ERL_EPMD_ADDRESS=127.0.0.1 ERL_EPMD_PORT=$epmd_port RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
  # guest may only connect from loopback, which is all we listen on.
  printf 'loopback_users.guest = true\n' > "$mq/rabbitmq.conf"
  echo '[].' > "$mq/enabled_plugins"
  if [ -s "$mq/rabbitmq.pid" ] && kill -0 "$(cat "$mq/rabbitmq.pid")" 2>/dev/null; then
    log "rabbitmq already running on 127.0.0.1:$amqp_port"
    return
  fi
  if port_open "$amqp_port"; then
    log "reusing the rabbitmq already listening on 127.0.0.1:$amqp_port"
    return
  fi
  # epmd outlives the broker: start it ourselves so we know its pid and can stop it.
  if ! { [ -s "$mq/epmd.pid" ] && kill -0 "$(cat "$mq/epmd.pid")" 2>/dev/null; }; then
    nohup epmd -address 127.0.0.1 -port "$epmd_port" >/dev/null 2>&1 &
    echo $! > "$mq/epmd.pid"
  fi
  nohup /usr/lib/rabbitmq/bin/rabbitmq-server > "$mq/log/stdout.log" 2>&1 &
  echo $! > "$mq/server.pid"
  # `wait PIDFILE` returns once the node has registered and booted; await_startup fails before registration.
  local i
  for i in $(seq 1 60); do [ -s "$mq/rabbitmq.pid" ] && break; sleep 0.5; done
  if ! timeout 90 /usr/lib/rabbitmq/bin/rabbitmqctl -q -n "$mq_node" wait "$mq/rabbitmq.pid" >/dev/null 2>&1; then
    log "rabbitmq did not start; see $mq/log"; tail -20 "$mq/log/stdout.log" >&2; exit 1
  fi
  log "rabbitmq started on 127.0.0.1:$amqp_port"
}

stop_postgres() {
  if [ -s "$pg_data/PG_VERSION" ] && as_pg "$pg_bin/pg_ctl" -D "$pg_data" status >/dev/null 2>&1; then
    as_pg "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null && log "postgres stopped"
  fi
}

stop_rabbitmq() {
  local f
  for f in rabbitmq.pid server.pid epmd.pid; do
    if [ -s "$mq/$f" ]; then
      local pid; pid=$(cat "$mq/$f")
      if kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
        kill -9 "$pid" 2>/dev/null || true
      fi
      rm -f "$mq/$f"
    fi
  done
  log "rabbitmq stopped"
}

stop_all() { stop_postgres; stop_rabbitmq; }

print_env() {
  cat <<ENV
export ContractIntel__Database__ConnectionString='Host=127.0.0.1;Port=$pg_port;Database=contractintel;Username=contractintel_worker;Password=$worker_pw'
export ContractIntel__Database__OwnerConnectionString='Host=127.0.0.1;Port=$pg_port;Database=contractintel;Username=contractintel_owner;Password=$owner_pw'
export ContractIntel__Database__AuditorConnectionString='Host=127.0.0.1;Port=$pg_port;Database=contractintel;Username=contractintel_auditor;Password=$auditor_pw'
export ContractIntel__RabbitMq__Host=127.0.0.1
export ContractIntel__RabbitMq__Port=$amqp_port
export ContractIntel__RabbitMq__Username=guest
export ContractIntel__RabbitMq__Password=guest
export PGHOST=127.0.0.1 PGPORT=$pg_port PGDATABASE=contractintel
export CONTRACTINTEL_STATE='$state'
ENV
}

case "${1:-}" in
  start) install_missing; start_postgres; start_rabbitmq ;;
  stop) stop_all ;;
  # For deploy/local/chaos.sh: one server down; `start` brings back whatever is down.
  stop-postgres) stop_postgres ;;
  stop-rabbitmq) stop_rabbitmq ;;
  env) print_env ;;
  status)
    as_pg "$pg_bin/pg_ctl" -D "$pg_data" status >/dev/null 2>&1 && echo "postgres: running" || echo "postgres: stopped"
    { [ -s "$mq/rabbitmq.pid" ] && kill -0 "$(cat "$mq/rabbitmq.pid")" 2>/dev/null; } && echo "rabbitmq: running" || echo "rabbitmq: stopped" ;;
  *) echo "usage: $0 start|stop|env|status|stop-postgres|stop-rabbitmq" >&2; exit 2 ;;
esac
