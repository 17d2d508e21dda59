#!/usr/bin/env bash
# Chaos run: documents go through the queue while the worker is killed with SIGKILL, PostgreSQL is restarted and
# then stopped for a while, and the broker is restarted. Then it counts, in SQL and on the broker: every message
# must have exactly one run, and none may be in the error queue. Exit 0 only then.
#
#   deploy/local/chaos.sh                      the full run: 1000 documents, 10 kills, a 60 s database outage
#   deploy/local/chaos.sh --small              CI's version (about two minutes): 20 documents, 1 kill, 10 s outage
#   deploy/local/chaos.sh --docs N --kills K --outage S
#
# Runs on its own queue and inbox (so it neither steals nor leaves messages elsewhere), against the servers of
# deploy/local/services.sh (CONTRACTINTEL_STATE / _PG_PORT / _AMQP_PORT as usual). Prints one line of figures.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"
docs=1000; kills=10; outage=60
while [ $# -gt 0 ]; do
  case $1 in
    --small) docs=20; kills=1; outage=10 ;;
    --docs) docs=$2; shift ;;
    --kills) kills=$2; shift ;;
    --outage) outage=$2; shift ;;
    *) echo "usage: $0 [--small] [--docs N] [--kills K] [--outage SECONDS]" >&2; exit 2 ;;
  esac
  shift
done
. deploy/local/worker-harness.sh
start_servers_and_worker_bin

run=chaos-$(date +%s)-$$
work=$CONTRACTINTEL_STATE/$run
mkdir -p "$work/docs"
export ContractIntel__RabbitMq__Queue=process-document-$run ContractIntel__Inbox__StatePath=$work
export Logging__Console__FormatterOptions__TimestampFormat='HH:mm:ss.fff '
export PGPASSWORD=${CONTRACTINTEL_AUDITOR_PASSWORD:-contractintel-auditor-dev}
sql() { psql -h 127.0.0.1 -p "$PGPORT" -U contractintel_auditor -d contractintel -qtAX -c "$1"; }
log() { echo "chaos: $(date +%T) $*" >&2; }

# Small distinct documents (the head of each bundled text contract plus a unique line), so the run measures the
# faults rather than the model.
sources=(samples/cuad-txt/*.txt)
for i in $(seq 1 "$docs"); do
  src=${sources[$(( (i - 1) % ${#sources[@]} ))]}
  { head -c 1500 "$src"; printf '\n\nChaos copy %s of run %s.\n' "$i" "$run"; } > "$work/docs/doc-$i.txt"
done

worker=""
start_worker() { "$bin" worker >> "$work/worker.log" 2>&1 & worker=$!; }
stop_worker() { if [ -n "$worker" ]; then kill -9 "$worker" 2>/dev/null || true; wait "$worker" 2>/dev/null || true; fi; }
trap 'stop_worker; deploy/local/services.sh start >/dev/null 2>&1 || true' EXIT
start_worker

# The documents go in waves, one before each fault, so every fault meets messages in flight.
faults=$((kills + 3))
per_wave=$(( (docs + faults) / (faults + 1) ))
next=1
submit_wave() {
  local last=$((next + per_wave - 1)); [ $last -le "$docs" ] || last=$docs
  [ $next -le $last ] || return 0
  local files=(); for i in $(seq $next $last); do files+=("$work/docs/doc-$i.txt"); done
  "$bin" submit "${files[@]}" --submitted-by chaos 2>>"$work/submit.log" | cut -d' ' -f1 >> "$work/ids"
  next=$((last + 1))
}
settle() { sleep $(( 2 + RANDOM % 3 )); }
kill_worker() { log "kill -9 worker $worker"; stop_worker; sleep 1; start_worker; }
# Seconds from $1 (epoch) to the first chaos run recorded after it; waits up to two minutes for one.
resumed_after() {
  local t
  for _ in $(seq 1 240); do
    t=$(sql "SELECT round((extract(epoch FROM min(recorded_at)) - $1)::numeric, 1) FROM contract_intel.processing_runs WHERE submitted_by = 'chaos' AND recorded_at > to_timestamp($1)" 2>/dev/null || true)
    [ -n "$t" ] && { echo "$t"; return; }
    sleep 0.5
  done
  echo "-"
}

started=$(date +%s)
plan=(pg-restart db-outage broker-restart)
for k in $(seq 1 "$kills"); do plan+=(kill); done
# Spread the three outages among the kills: kill, pg-restart, kill, db-outage, kill, broker-restart, kill...
ordered=(); o=0
for step in "${plan[@]:3}"; do ordered+=("$step"); [ $o -lt 3 ] && { ordered+=("${plan[$o]}"); o=$((o + 1)); }; done
while [ $o -lt 3 ]; do ordered+=("${plan[$o]}"); o=$((o + 1)); done
db_resume=-; broker_resume=-
for step in "${ordered[@]}"; do
  # Outages start right after a wave, so messages wait through them; kills land while the worker is busy.
  submit_wave
  if [ "$step" = kill ]; then settle; fi
  case $step in
    kill) kill_worker ;;
    pg-restart) log "restart postgres"; deploy/local/services.sh stop-postgres; deploy/local/services.sh start >/dev/null 2>&1 ;;
    db-outage)
      log "postgres down for ${outage}s"; deploy/local/services.sh stop-postgres; sleep "$outage"
      deploy/local/services.sh start >/dev/null 2>&1; db_back=$(date +%s.%N); db_resume=$(resumed_after "$db_back")
      log "postgres back; first run ${db_resume}s later" ;;
    broker-restart)
      log "restart rabbitmq"; deploy/local/services.sh stop-rabbitmq; deploy/local/services.sh start >/dev/null 2>&1
      broker_back=$(date +%s.%N); broker_resume=$(resumed_after "$broker_back")
      log "rabbitmq back; first run ${broker_resume}s later" ;;
  esac
done
while [ $next -le "$docs" ]; do submit_wave; done

ids=$(sort -u "$work/ids" | grep -E '^[0-9a-f-]{36}$' | sed "s/.*/'&'/" | paste -sd, -)
sent=$(grep -cE '^[0-9a-f-]{36}$' "$work/ids" || true)
deadline=$(( $(date +%s) + (docs / 2) + 900 ))
while :; do
  recorded=$(sql "SELECT count(DISTINCT message_id) FROM contract_intel.processing_runs WHERE message_id IN ($ids)")
  [ "$recorded" -ge "$sent" ] || [ "$(date +%s)" -ge $deadline ] && break
  sleep 2
done
elapsed=$(( $(date +%s) - started ))
runs=$(sql "SELECT count(*) FROM contract_intel.processing_runs WHERE message_id IN ($ids)")
dupes=$(sql "SELECT count(*) FROM (SELECT message_id FROM contract_intel.processing_runs WHERE message_id IN ($ids) GROUP BY message_id HAVING count(*) > 1) d")
in_error=$("$bin" replay --dry-run | tail -1 | sed -E 's/^dry run: ([0-9]+).*/\1/')
stop_worker; worker=""
echo "chaos: $docs documents, $sent sent, $kills kills, postgres restart, ${outage}s database outage, broker restart;" \
  "$recorded messages with a run, $runs runs, $dupes with more than one, $((sent - recorded)) without, $in_error in ${ContractIntel__RabbitMq__Queue}_error;" \
  "first run ${db_resume}s after the database came back, ${broker_resume}s after the broker; ${elapsed}s in all"
ok=1
[ "$sent" -eq "$docs" ] && [ "$recorded" -eq "$sent" ] && [ "$runs" -eq "$sent" ] && [ "$dupes" -eq 0 ] && [ "$in_error" = 0 ] || ok=0
if [ $ok -eq 1 ]; then rm -rf "$work/docs"; echo "chaos: passed (logs in $work)"; else echo "chaos: FAILED (logs in $work)"; exit 1; fi
