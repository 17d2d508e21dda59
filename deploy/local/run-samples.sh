#!/usr/bin/env bash
# The first look: starts (or reuses) PostgreSQL and RabbitMQ, builds, migrates, starts a worker, submits the
# bundled samples through the queue, waits for every run and prints the per-document table from the database.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
deploy/local/services.sh start
eval "$(deploy/local/services.sh env)"
echo "building..." >&2
dotnet build src/ContractIntel/ContractIntel.csproj -c Release -v q -nologo >/dev/null
bin=src/ContractIntel/bin/Release/net10.0/linux-x64/contractintel
"$bin" migrate
"$bin" worker > "$CONTRACTINTEL_STATE/worker.log" 2>&1 &
worker=$!
trap 'kill $worker 2>/dev/null; wait $worker 2>/dev/null || true' EXIT
"$bin" submit "${@:-samples}" --wait --submitted-by "${USER:-demo}"
echo "worker log: $CONTRACTINTEL_STATE/worker.log; query the results: psql -h 127.0.0.1 -p $PGPORT -U contractintel_auditor contractintel (password contractintel-auditor-dev; see docs/sql.md)" >&2
