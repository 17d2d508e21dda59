#!/usr/bin/env bash
# The worker end to end: documents go through RabbitMQ to N worker processes and into PostgreSQL, and this prints
# per worker count (a) pages/s from the first publish to the last commit for a batch of contracts (samples/contracts
# repeated), (b) publish-to-commit latency p50/p95/max for one-page contract documents sent one at a time to a warm,
# idle worker, and (c) each worker's peak RSS (VmHWM from /proc, the worker process itself; its reader children are
# separate processes under their own cap). The workers' CPU time over the batch (their own plus their reaped reader
# children's, from /proc/PID/stat) is printed beside the wall-clock rate: on a busy machine it is the steadier figure.
#
#   deploy/local/bench-worker.sh [--workers 1,2] [--repeat 2] [--singles 20] [--gap 1.0]
#
# Latency is MassTransit's envelope SentTime (stamped by `submit` as it publishes) to the worker's commit, as the
# worker logs it ("committed N ms after send"); both clocks are this machine's. The batch's start is when `submit`
# printed its first message id (after the first publish was confirmed), its end the worker log's timestamp of the
# last "Processed" line (written right after the commit). Settings come from appsettings.json and the environment as
# usual (ContractIntel__Worker__ConcurrentMessageLimit=2 ContractIntel__Inference__IntraOpThreads=1 ... to compare).
# Runs on its own queue and state folder, against the servers of deploy/local/services.sh. Takes about 3 minutes.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"
workers_list=1,2; repeat=2; singles=20; gap=1.0
while [ $# -gt 0 ]; do
  case $1 in
    --workers) workers_list=$2; shift ;;
    --repeat) repeat=$2; shift ;;
    --singles) singles=$2; shift ;;
    --gap) gap=$2; shift ;;
    *) echo "usage: $0 [--workers 1,2] [--repeat N] [--singles N] [--gap SECONDS]" >&2; exit 2 ;;
  esac
  shift
done
. deploy/local/worker-harness.sh
start_servers_and_worker_bin >/dev/null

run=bench-$(date +%s)-$$
work=$CONTRACTINTEL_STATE/$run
mkdir -p "$work/batch" "$work/singles"
export ContractIntel__RabbitMq__Queue=process-document-$run ContractIntel__Inbox__StatePath=$work
export Logging__Console__FormatterName=simple Logging__Console__FormatterOptions__TimestampFormat='yyyy-MM-ddTHH:mm:ss.fff ' Logging__Console__FormatterOptions__UseUtcTimestamp=true Logging__Console__FormatterOptions__SingleLine=true
export PGPASSWORD=${CONTRACTINTEL_AUDITOR_PASSWORD:-contractintel-auditor-dev}
sql() { psql -h 127.0.0.1 -p "$PGPORT" -U contractintel_auditor -d contractintel -qtAX -c "$1"; }
log() { echo "bench-worker: $(date +%T) $*" >&2; }

# Distinct bytes per copy (a trailing PDF comment), so every copy is a new document rather than a new version of one.
for r in $(seq 1 "$repeat"); do
  for f in samples/contracts/*; do
    { cat "$f"; printf '\n%% bench copy %s of %s\n' "$r" "$run"; } > "$work/batch/$r-$(basename "$f")"
  done
done
deploy/local/scaling-pdfs.py "$work/singles" --pages "" --singles "$((singles + 4))" >/dev/null

pids=()
start_workers() {
  local n=$1
  pids=()
  for i in $(seq 1 "$n"); do "$bin" worker > "$work/worker-$n-$i.log" 2>&1 & pids+=($!); done
}
# CPU seconds of the workers and their reaped children (the reader processes): utime+stime+cutime+cstime.
cpu_of_workers() { local t=0; for p in "${pids[@]}"; do t=$((t + $(awk '{print $14 + $15 + $16 + $17}' "/proc/$p/stat"))); done; echo "scale=2; $t / $(getconf CLK_TCK)" | bc; }
stop_workers() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done; pids=(); }
trap stop_workers EXIT
# Submits files, prints "epoch-seconds message-id" per message as submit reports it sent.
submit() { "$bin" submit "$@" --submitted-by bench 2>>"$work/submit.log" | while read -r id _; do echo "$(date +%s.%N) $id"; done; }
wait_for() { # message ids file: waits until each has a run
  local ids; ids=$(cut -d' ' -f2 "$1" | sed "s/.*/'&'/" | paste -sd, -)
  local want; want=$(wc -l < "$1")
  for _ in $(seq 1 1200); do
    [ "$(sql "SELECT count(DISTINCT message_id) FROM contract_intel.processing_runs WHERE message_id IN ($ids)")" -ge "$want" ] && return 0
    sleep 0.25
  done
  log "timed out waiting for $1"; return 1
}

IFS=, read -ra counts <<< "$workers_list"
for n in "${counts[@]}"; do
  log "$n worker(s): starting"
  start_workers "$n"
  # Warm-up: a few one-page documents at once, so every worker has loaded its models and run the pipeline once.
  warm=("$work"/singles/page-000{1,2,3,4}.pdf)
  submit --kind contract "${warm[@]}" > "$work/warm-$n.ids"; wait_for "$work/warm-$n.ids"

  log "$n worker(s): batch of $(ls "$work/batch" | wc -l) contracts"
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  cpu_before=$(cpu_of_workers)
  submit --kind contract "$work"/batch/* > "$work/batch-$n.ids"; wait_for "$work/batch-$n.ids"
  cpu_batch=$(echo "$(cpu_of_workers) - $cpu_before" | bc)
  batch_ids=$(cut -d' ' -f2 "$work/batch-$n.ids" | sed "s/.*/'&'/" | paste -sd, -)
  pages=$(sql "SELECT sum(page_count) FROM contract_intel.processing_runs WHERE message_id IN ($batch_ids)")
  failed=$(sql "SELECT count(*) FROM contract_intel.processing_runs WHERE message_id IN ($batch_ids) AND status <> 'succeeded'")

  log "$n worker(s): $singles one-page documents, one every ${gap}s"
  : > "$work/singles-$n.ids"
  for i in $(seq 5 $((singles + 4))); do
    submit --kind contract "$(printf '%s/singles/page-%04d.pdf' "$work" "$i")" >> "$work/singles-$n.ids"
    sleep "$gap"
  done
  wait_for "$work/singles-$n.ids"
  load_after=$(cut -d' ' -f1-3 /proc/loadavg)
  rss=()
  for p in "${pids[@]}"; do rss+=("$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$p/status")"); done
  stop_workers
  python3 - "$work" "$n" "$pages" "$failed" "${rss[*]}" "$load_before" "$load_after" "$cpu_batch" <<'PY'
import datetime, glob, re, statistics, sys
work, n, pages, failed, rss, load_before, load_after, cpu = sys.argv[1:9]
line = re.compile(r"^(\S+) .*Processed message ([0-9a-f-]{36}):.* committed (\d+) ms after send")
done = {}
for path in glob.glob(f"{work}/worker-{n}-*.log"):
    for text in open(path, encoding="utf-8", errors="replace"):
        m = line.search(text)
        if m:
            t = datetime.datetime.fromisoformat(m.group(1)).replace(tzinfo=datetime.timezone.utc).timestamp()
            done[m.group(2)] = (t, int(m.group(3)))
def ids(name):
    return [l.split() for l in open(f"{work}/{name}-{n}.ids") if l.strip()]
batch = ids("batch")
first = min(float(t) for t, _ in batch)
last = max(done[i][0] for _, i in batch)
lat = sorted(done[i][1] for _, i in ids("singles"))
p95 = lat[min(len(lat) - 1, int(round(0.95 * (len(lat) - 1))))]
print(f"workers={n} batch: {len(batch)} documents, {pages} pages ({failed} failed) in {last - first:.1f} s = "
      f"{int(pages) / (last - first):.1f} pages/s, worker CPU {cpu} s = {int(pages) / float(cpu):.1f} pages per CPU-second | one-page publish-to-commit ms: p50 {statistics.median(lat):.0f}, "
      f"p95 {p95}, max {lat[-1]} (n={len(lat)}) | worker peak RSS MB: {rss} | load {load_before} -> {load_after}")
PY
done
log "logs and ids in $work"
