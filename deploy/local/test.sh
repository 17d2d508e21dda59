#!/usr/bin/env bash
# Runs every test: starts (or reuses) the local PostgreSQL and RabbitMQ, builds, runs the unit and integration
# suites against the real servers, the training smoke (export + load in C#), the small chaos run and the
# docker-compose static check.
# Ends with one line "N passed, N failed" (CI reads it) and exits non-zero when anything failed.
set -uo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"
out=${CONTRACTINTEL_TEST_OUT:-$repo/.state/test-results}
rm -rf "$out"; mkdir -p "$out"
passed=0; failed=0; skipped=0
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# The suite's one durability opt-out: commits do not wait for the WAL flush (fsync and checksums stay on, so a
# crash can lose the last commits but never corrupt). Everything else runs with synchronous_commit on.
export CONTRACTINTEL_PG_SYNC_COMMIT=off

check() { # name, command...: a non-dotnet check counts as one test; exit 77 means skipped (its last line says why)
  local name=$1; shift
  "$@" >"$out/$name.log" 2>&1
  local rc=$?
  if [ $rc -eq 0 ]; then passed=$((passed + 1)); echo "check passed: $name"
  elif [ $rc -eq 77 ]; then skipped=$((skipped + 1)); echo "check skipped: $name: $(tail -1 "$out/$name.log")"
  else failed=$((failed + 1)); echo "check FAILED: $name (log: $out/$name.log)"; tail -30 "$out/$name.log"; fi
}

# The viewer's browser tests drive Debian's chromium through chromium-driver; without them those tests fail (they never skip).
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  echo "installing chromium and chromium-driver for the viewer's browser tests"
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null; } \
    || echo "chromium or chromium-driver could not be installed: the viewer's browser tests (ViewerBrowserTests) will FAIL"
fi

deploy/local/services.sh start || { echo "0 passed, 1 failed"; exit 1; }
eval "$(deploy/local/services.sh env)"

if ! dotnet build ContractIntel.sln -c Release -v q -nologo 2>&1 | tee "$out/build.log" | grep -E 'error|Error\(s\)'; then :; fi
if grep -qE '[1-9][0-9]* Error\(s\)' "$out/build.log"; then echo "build failed"; echo "0 passed, 1 failed"; exit 1; fi

for project in tests/ContractIntel.Tests tests/ContractIntel.IntegrationTests; do
  name=$(basename "$project")
  dotnet test "$project" -c Release --no-build -nologo -v q \
    --logger "trx;LogFileName=$out/$name.trx" --logger "console;verbosity=normal" 2>&1 | grep -vE '^\s*Passed ' | tail -60
done

for trx in "$out"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters"); f=$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")
  e=$(sed -E 's/.* error="([0-9]+)".*/\1/' <<<"$counters"); t=$(sed -E 's/.* timeout="([0-9]+)".*/\1/' <<<"$counters")
  passed=$((passed + p)); failed=$((failed + f + e + t))
done
for project in tests/ContractIntel.Tests tests/ContractIntel.IntegrationTests; do
  [ -f "$out/$(basename "$project").trx" ] || { echo "no results from $project"; failed=$((failed + 1)); }
done

if [ -x training/smoke.sh ]; then check training-smoke training/smoke.sh "$out/smoke"; fi
# The small chaos run (about two minutes): kill -9, PostgreSQL restart and outage, broker restart; exactly one
# run per message and none in the error queue. It runs with full durability, like a user's installation.
check chaos env -u CONTRACTINTEL_PG_SYNC_COMMIT deploy/local/chaos.sh --small
if command -v docker-compose >/dev/null 2>&1; then
  check compose-config deploy/check-compose.sh
else
  echo "docker-compose not installed: compose check skipped (apt-get install docker-compose)"
fi

[ "$skipped" -eq 0 ] || echo "$skipped check(s) skipped (see above)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
