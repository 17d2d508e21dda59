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
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
state=${CONTRACTINTEL_STATE:-$repo/.state}
pg_port=${CONTRACTINTEL_PG_PORT:-15432}
amqp_port=${CONTRACTINTEL_AMQP_PORT:-5673}
pg_bin=/usr/lib/postgresql/15/bin
owner_pw=${CONTRACTINTEL_OWNER_PASSWORD:-contractintel-owner-dev}
worker_pw=${CONTRACTINTEL_WORKER_PASSWORD:-contractintel-worker-dev}
auditor_pw=${CONTRACTINTEL_AUDITOR_PASSWORD:-contractintel-auditor-dev}
pg_data=$state/postgres
mq=$state/rabbitmq
# Node name and epmd port follow the AMQP port, so two checkouts (or CI beside a developer) run side by side.
mq_node=rabbit-$amqp_port@localhost
epmd_port=$((amqp_port + 30000))

log() { echo "services: $*" >&2; }

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
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

psql_admin() { as_pg psql -h 127.0.0.1 -p "$pg_port" -U postgres -d "${1:-postgres}" -v ON_ERROR_STOP=1 -qtA; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_postgres() {
  mkdir -p "$state"
  if port_open "$pg_port" && ! as_pg "$pg_bin/pg_ctl" -D "$pg_data" status >/dev/null 2>&1; then
    # Another checkout's server (or a CI step) already serves this port: reuse it rather than fight over it.
    log "reusing the postgres already listening on 127.0.0.1:$pg_port"
    ensure_logins
    return
  fi
  if [ ! -s "$pg_data/PG_VERSION" ]; then
    mkdir -p "$pg_data"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$pg_data"
    chmod 700 "$pg_data"
    as_pg "$pg_bin/initdb" -D "$pg_data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if as_pg "$pg_bin/pg_ctl" -D "$pg_data" status >/dev/null 2>&1; then
    log "postgres already running on 127.0.0.1:$pg_port"
  else
    as_pg "$pg_bin/pg_ctl" -D "$pg_data" -w -l "$pg_data/server.log" \
      -o "-c listen_addresses=127.0.0.1 -p $pg_port -c unix_socket_directories=$pg_data -c fsync=off" start >/dev/null
    log "postgres started on 127.0.0.1:$pg_port"
  fi
  ensure_logins
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

stop_all() {
  if [ -s "$pg_data/PG_VERSION" ] && as_pg "$pg_bin/pg_ctl" -D "$pg_data" status >/dev/null 2>&1; then
    as_pg "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null && log "postgres stopped"
  fi
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
ENV
}

case "${1:-}" in
  start) install_missing; start_postgres; start_rabbitmq ;;
  stop) stop_all ;;
  env) print_env ;;
  status)
    as_pg "$pg_bin/pg_ctl" -D "$pg_data" status >/dev/null 2>&1 && echo "postgres: running" || echo "postgres: stopped"
    { [ -s "$mq/rabbitmq.pid" ] && kill -0 "$(cat "$mq/rabbitmq.pid")" 2>/dev/null; } && echo "rabbitmq: running" || echo "rabbitmq: stopped" ;;
  *) echo "usage: $0 start|stop|env|status" >&2; exit 2 ;;
esac
