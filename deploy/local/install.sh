#!/usr/bin/env bash
# Puts `contractintel` on PATH: publishes the executable (framework-dependent, linux-x64, Release) into
# PREFIX/lib/contractintel and links PREFIX/bin/contractintel to it. appsettings.json and models/ travel with it
# (settings: edit PREFIX/lib/contractintel/appsettings.json, or ContractIntel__* environment variables).
#   deploy/local/install.sh                     # PREFIX=/usr/local (needs root), so /usr/local/bin/contractintel
#   PREFIX=$HOME/.local deploy/local/install.sh # no root; $HOME/.local/bin must be on PATH
# Run it again after a pull to update; `contractintel --version` prints the commit it was built from.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
prefix=${PREFIX:-/usr/local}
lib=$prefix/lib/contractintel
commit=$(git -C "$repo" rev-parse HEAD 2>/dev/null || echo unknown)
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
dotnet publish "$repo/src/ContractIntel/ContractIntel.csproj" -c Release -r linux-x64 --self-contained false \
  -p:SourceRevisionId="$commit" -o "$staging" -nologo -v q
mkdir -p "$prefix/bin" "$(dirname "$lib")"
# Replaced whole, so no file of an older version is left behind; settings edited in place are kept.
[ -f "$lib/appsettings.json" ] && cp "$lib/appsettings.json" "$staging/appsettings.json.installed"
rm -rf "$lib.old"; [ -d "$lib" ] && mv "$lib" "$lib.old"
mv "$staging" "$lib"; trap - EXIT
chmod 755 "$lib"
if [ -f "$lib/appsettings.json.installed" ]; then
  mv "$lib/appsettings.json" "$lib/appsettings.json.new"; mv "$lib/appsettings.json.installed" "$lib/appsettings.json"
  echo "kept your $lib/appsettings.json (this version's defaults: appsettings.json.new)" >&2
fi
rm -rf "$lib.old"
ln -sfn "$lib/contractintel" "$prefix/bin/contractintel"
echo "installed $("$prefix/bin/contractintel" --version) as $prefix/bin/contractintel" >&2
