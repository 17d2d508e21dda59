#!/usr/bin/env bash
# OCR quality and speed on scans made from real contracts: pages of CUAD's sample PDFs (which have a text layer,
# the reference) rendered to images, wrapped back into PDFs by deploy/ocr/scan.py, read by `contractintel eval ocr`.
#   deploy/ocr/measure.sh [PDF_DIR] [PAGES_PER_CONTRACT] [CONTRACTS]
# Two sets: 300 dpi clean, and 200 dpi rotated 0.6 degrees with speckle noise. Needs poppler-utils, img2pdf,
# python3-pil, python3-numpy, tesseract-ocr, tesseract-ocr-eng. CPU-heavy: run it with nice.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
src=${1:-$repo/../shared/data/samples/contracts-pdf}
per=${2:-2}
count=${3:-6}
out=${CONTRACTINTEL_OCR_MEASURE_OUT:-$repo/.state/ocr-measure}
bin=$repo/src/ContractIntel/bin/Release/net10.0/linux-x64/contractintel
[ -x "$bin" ] || dotnet build "$repo/src/ContractIntel/ContractIntel.csproj" -c Release -v q -nologo >/dev/null
rm -rf "$out"; mkdir -p "$out"
: > "$out/300.tsv"; : > "$out/200-rotated.tsv"
i=0
# Page 2 onwards: the first page of an EDGAR exhibit is often a cover; the body is what a scan mostly holds.
while IFS= read -r pdf && [ "$i" -lt "$count" ]; do
  i=$((i + 1))
  cp "$pdf" "$out/orig-$i.pdf"
  last=$((1 + per))
  "$repo/deploy/ocr/scan.py" "$out/orig-$i.pdf" "$out/scan300-$i.pdf" --dpi 300 --first 2 --last "$last"
  "$repo/deploy/ocr/scan.py" "$out/orig-$i.pdf" "$out/scan200r-$i.pdf" --dpi 200 --first 2 --last "$last" --rotate 0.6 --noise 0.002 --seed "$i"
  printf 'scan300-%s.pdf\torig-%s.pdf\t2\n' "$i" "$i" >> "$out/300.tsv"
  printf 'scan200r-%s.pdf\torig-%s.pdf\t2\n' "$i" "$i" >> "$out/200-rotated.tsv"
done < <(find "$src" -maxdepth 1 -iname '*.pdf' | sort)
echo "== 300 dpi, clean"
"$bin" eval ocr "$out/300.tsv" --json
echo "== 200 dpi, rotated 0.6 degrees, speckled"
"$bin" eval ocr "$out/200-rotated.tsv" --json
