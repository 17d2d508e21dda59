#!/usr/bin/env bash
# Checks that docker-compose.yml parses and names every service the product needs (no engine required).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
services=$(docker-compose -f docker-compose.yml config --services | sort | tr '\n' ' ')
echo "services: $services"
for s in migrator postgres rabbitmq worker; do
  grep -qw "$s" <<<"$services" || { echo "missing service: $s"; exit 1; }
done
config=$(docker-compose -f docker-compose.yml config)
grep -q 'condition: service_completed_successfully' <<<"$config" || { echo "worker must wait for the migrator"; exit 1; }
