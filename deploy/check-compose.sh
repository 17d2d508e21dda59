#!/usr/bin/env bash
# Static check of the Docker stack (no engine needed): docker-compose.yml parses, and the mistakes that would
# stop it starting are absent. Checks what a careful reader would: every service of the contractintel image has
# every connection string; PostgreSQL is called healthy only over TCP; the image's user owns every folder it
# writes (a fresh named volume copies the image's folder, ownership included); the build context leaves out
# .git, bin, obj and .state; RabbitMQ is a supported (4.x) release.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
config=$(docker-compose -f docker-compose.yml config)
services=$(docker-compose -f docker-compose.yml --profile tools config --services | sort | tr '\n' ' ')
echo "services: $services"
for s in migrator postgres rabbitmq worker cli; do
  grep -qw "$s" <<<"$services" || { echo "missing service: $s"; exit 1; }
done
grep -q 'condition: service_completed_successfully' <<<"$config" || { echo "worker must wait for the migrator"; exit 1; }
resolved=$(mktemp); trap 'rm -f "$resolved"' EXIT
docker-compose -f docker-compose.yml --profile tools config > "$resolved"
python3 - deploy/Dockerfile .dockerignore "$resolved" <<'PY'
import re, sys, yaml

compose = yaml.safe_load(open(sys.argv[3]))
dockerfile = open(sys.argv[1]).read()
ignore = {l.strip() for l in open(sys.argv[2]) if l.strip() and not l.startswith("#")}
problems = []
services = compose["services"]

needed = ["ContractIntel__Database__ConnectionString", "ContractIntel__Database__OwnerConnectionString",
          "ContractIntel__Database__AuditorConnectionString", "ContractIntel__RabbitMq__Host", "ContractIntel__RabbitMq__Password"]
ours = {n: s for n, s in services.items() if s.get("image") == "contractintel:local"}
for name, s in ours.items():
    env = s.get("environment") or {}
    for key in needed:
        if not env.get(key):
            problems.append(f"{name}: {key} is not set")
    for key, value in env.items():
        if "ConnectionString" in key and "Host=postgres" not in value:
            problems.append(f"{name}: {key} does not point at the postgres service")

# Folders the image writes: inbox, claim checks, model cache. Each must be created and chowned to the image's
# user in the Dockerfile (before USER), or the worker cannot write there.
user = re.findall(r"^USER\s+(\S+)", dockerfile, re.M)
if not user:
    problems.append("Dockerfile: no USER (the image would run as root)")
runtime = dockerfile[dockerfile.rindex("FROM"):]
made = set(re.findall(r"mkdir -p ([^&\n]+)", runtime))
made = {p for group in made for p in group.split()}
chowned = re.findall(r"chown -R (\S+):\S+ (\S+)", runtime)
for name, s in ours.items():
    env = s.get("environment") or {}
    for key in ("ContractIntel__Inbox__Path", "ContractIntel__Inbox__ClaimCheckPath", "ContractIntel__Inference__CachePath"):
        path = env.get(key)
        if not path:
            continue
        if path not in made:
            problems.append(f"{name}: {key}={path} is not created in the Dockerfile's runtime stage")
        if not any(owner == user[-1] and (path == root or path.startswith(root.rstrip('/') + '/')) for owner, root in chowned):
            problems.append(f"{name}: {key}={path} is not owned by the image's user {user[-1] if user else '?'}")
    for volume in s.get("volumes") or []:
        target = volume["target"] if isinstance(volume, dict) else volume.split(":")[1]
        if volume.get("read_only") if isinstance(volume, dict) else volume.endswith(":ro"):
            continue
        if not any(owner == user[-1] and target == root for owner, root in chowned):
            problems.append(f"{name}: the volume at {target} is not owned by the image's user in the Dockerfile")

test = services["postgres"].get("healthcheck", {}).get("test", [])
if "-h" not in test:
    problems.append("postgres healthcheck: pg_isready without -h answers over the socket while init still runs")
for entry in (".git", "**/bin", "**/obj", ".state"):
    if entry not in ignore:
        problems.append(f".dockerignore: {entry} is not left out of the build context")
image = services["rabbitmq"]["image"]
m = re.match(r"rabbitmq:(\d+)\.(\d+)", image)
if not m or (int(m.group(1)), int(m.group(2))) < (4, 0):
    problems.append(f"rabbitmq: {image} is not a supported release (4.x)")

for p in problems:
    print("compose:", p)
if problems:
    sys.exit(1)
print("compose: static checks passed")
PY
