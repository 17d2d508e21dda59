#!/usr/bin/env bash
# The whole `process FILES --json` command against pdftotext over the same PDFs, in turns: CPU-seconds (user+sys of
# the command and its children, from /usr/bin/time) per round, then the median of each and of the per-round ratio.
# Start-up, model load and every reader child are included; no servers are needed. Rounds alternate the two so a
# shared machine's slow minutes hit both; the first (cold) round of each is run and not counted.
#
#   deploy/local/bench-process.sh [--rounds 5] [FILES|DIRS...]    # default: samples/contracts
#
# CONTRACTINTEL_BIN picks the executable (e.g. one from deploy/local/install.sh); default: the build output.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"
rounds=5; inputs=()
while [ $# -gt 0 ]; do
  case $1 in
    --rounds) rounds=$2; shift ;;
    -*) echo "usage: $0 [--rounds N] [FILES|DIRS...]" >&2; exit 2 ;;
    *) inputs+=("$1") ;;
  esac
  shift
done
[ ${#inputs[@]} -gt 0 ] || inputs=(samples/contracts)
command -v pdftotext >/dev/null || { echo "bench-process: pdftotext is not installed (poppler-utils)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench-process: /usr/bin/time is not installed (the time package)" >&2; exit 2; }
bin=${CONTRACTINTEL_BIN:-src/ContractIntel/bin/Release/net10.0/linux-x64/contractintel}
[ -x "$bin" ] || dotnet build src/ContractIntel/ContractIntel.csproj -c Release -v q -nologo >/dev/null
mapfile -t pdfs < <(find "${inputs[@]}" -type f -iname '*.pdf' | sort)
[ ${#pdfs[@]} -gt 0 ] || { echo "bench-process: no PDFs in ${inputs[*]}" >&2; exit 2; }
export PDFS_LIST
PDFS_LIST=$(printf '%s\n' "${pdfs[@]}")

times=$(mktemp); trap 'rm -f "$times"' EXIT
# Exit 1 is a batch with a failed document (still a measured run); anything else stops the bench.
cpu() {
  local rc=0
  /usr/bin/time -f '%U %S' -o "$times" "$@" >/dev/null 2>&1 || rc=$?
  [ "$rc" -le 1 ] || { echo "bench-process: $* exited $rc" >&2; exit 1; }
  awk 'END {printf "%.2f", $1 + $2}' "$times"
}
run_process() { cpu "$bin" process "${pdfs[@]}" --json; }
run_pdftotext() { cpu bash -c 'while IFS= read -r f; do pdftotext -q "$f" /dev/null; done <<< "$PDFS_LIST"'; }
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

run_process >/dev/null; run_pdftotext >/dev/null   # cold round: model cache, page cache
echo "bench-process: ${#pdfs[@]} PDFs, $rounds rounds, $bin, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
ours=(); theirs=(); ratios=()
for r in $(seq 1 "$rounds"); do
  a=$(run_process); b=$(run_pdftotext)
  x=$(echo "scale=2; $a / $b" | bc)
  ours+=("$a"); theirs+=("$b"); ratios+=("$x")
  echo "round $r: process $a s, pdftotext $b s, ${x}x" >&2
done
mo=$(printf '%s\n' "${ours[@]}" | median); mt=$(printf '%s\n' "${theirs[@]}" | median); mr=$(printf '%s\n' "${ratios[@]}" | median)
lo=$(printf '%s\n' "${ratios[@]}" | sort -n | head -1); hi=$(printf '%s\n' "${ratios[@]}" | sort -n | tail -1)
echo "process CPU s median $mo | pdftotext CPU s median $mt | ratio median ${mr}x (range ${lo}-${hi}x, $rounds rounds) | load $(cut -d' ' -f1-3 /proc/loadavg)"
