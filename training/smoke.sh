#!/usr/bin/env bash
# CI's smoke test of the training pipeline: extract the base encoder with the C# tool, fine-tune a few steps on a
# few sentences, export in the full artifact format, then load the export in the C# runtime and score sentences.
# Usage: training/smoke.sh [WORKDIR]   (needs a built src/ContractIntel, Release, and python3-torch/onnx/numpy)
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=${1:-$repo/.state/training-smoke}   # .state/ is ignored by git
mkdir -p "$work"
bin=$repo/src/ContractIntel/bin/Release/net10.0/linux-x64/contractintel
py=/usr/bin/python3
[ -x "$py" ] || py=python3

# The smoke trains on the Financial PhraseBank, which is not in the repository (licence): without the shared
# data folder beside the clone there is nothing to train on, and the test says so instead of failing.
# The same places train.py's default_data() looks.
found=""
for data in "$repo/../shared/data" "$repo/shared/data" "$repo/../../shared/data"; do
  [ -f "$data/financial-phrasebank/Sentences_50Agree.txt" ] && { found=$data; break; }
done
if [ -z "$found" ]; then
  echo "skipped: training smoke needs the Financial PhraseBank (../shared/data/financial-phrasebank beside the clone)"
  exit 77
fi
"$bin" models extract-base --out "$work/base"
"$py" "$repo/training/train.py" --task sentiment --smoke --data "$found" --out "$work/models/finsent-minilm" \
  --onnx "$work/base/model.onnx" --vocab "$work/base/vocab.txt"
head -n 24 "$repo/training/heldout/phrasebank_allagree.txt" > "$work/few.txt"
ContractIntel__Inference__ModelsPath="$work/models" ContractIntel__Inference__CachePath="$work/cache" \
  "$bin" eval sentiment --data "$work/few.txt" --model finsent-minilm --precision fp32 --json > "$work/eval.json"
"$py" - "$work/eval.json" <<'PY'
import json, sys
result = json.load(open(sys.argv[1]))
assert result["n"] == 24, result
assert 0.0 <= result["accuracy"] <= 1.0, result
print("smoke export loaded in C# and scored", result["n"], "sentences")
PY
