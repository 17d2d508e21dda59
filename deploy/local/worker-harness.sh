# Sourced by the scripts that drive the worker end to end (bench-worker.sh, chaos.sh), from the repository root:
# the servers of services.sh up and in the environment, the executable built once, the schema migrated.
# Sets bin (the contractintel executable; CONTRACTINTEL_BIN names another).
start_servers_and_worker_bin() {
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
  deploy/local/services.sh start
  eval "$(deploy/local/services.sh env)"
  bin=${CONTRACTINTEL_BIN:-src/ContractIntel/bin/Release/net10.0/linux-x64/contractintel}
  [ -x "$bin" ] || dotnet build src/ContractIntel/ContractIntel.csproj -c Release -v q -nologo >/dev/null
  "$bin" migrate >/dev/null
}
