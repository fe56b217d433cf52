#!/usr/bin/env bash
# The whole test suite, on a fresh Debian machine with the .NET SDK: installs and starts PostgreSQL and
# RabbitMQ on loopback when they are absent, runs every test project against them, and ends with the line
# "N passed, N failed". Point CTI_TEST_POSTGRES / CTI_TEST_RABBITMQ / CTI_TEST_RABBITMQ_MANAGEMENT at
# other servers (e.g. containers) to skip the local set-up.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_missing() {
  local need=()
  command -v pg_ctlcluster >/dev/null || need+=(postgresql)
  command -v rabbitmq-server >/dev/null || need+=(rabbitmq-server)
  # The web tests drive Debian's chromium through Playwright; Playwright's own browsers are never downloaded.
  command -v chromium >/dev/null || need+=(chromium)
  if [ ${#need[@]} -gt 0 ]; then
    echo "Installing ${need[*]}…"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  fi
}

start_postgres() {
  local version
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  pg_lsclusters -h | grep "^$version main" >/dev/null || as_root pg_createcluster "$version" main >/dev/null
  # Many test classes each hold a database and a pool; the default 100 connections is too few.
  if ! grep -q '^max_connections = 500' "/etc/postgresql/$version/main/conf.d/cti-test.conf" 2>/dev/null; then
    printf "listen_addresses = '127.0.0.1'\nmax_connections = 500\nfsync = off\n" | as_root tee "/etc/postgresql/$version/main/conf.d/cti-test.conf" >/dev/null
    as_root pg_ctlcluster "$version" main stop 2>/dev/null || true
  fi
  as_root pg_ctlcluster "$version" main status >/dev/null 2>&1 || as_root pg_ctlcluster "$version" main start
  as_root su postgres -c "psql -q -c \"alter user postgres password 'postgres'\"" >/dev/null
}

start_rabbitmq() {
  as_root mkdir -p /etc/rabbitmq/conf.d
  printf "listeners.tcp.default = 127.0.0.1:5672\nmanagement.tcp.ip = 127.0.0.1\nmanagement.tcp.port = 15672\n" \
    | as_root tee /etc/rabbitmq/conf.d/90-cti-test.conf >/dev/null
  as_root rabbitmq-plugins enable --offline rabbitmq_management >/dev/null
  if ! as_root rabbitmqctl -q status >/dev/null 2>&1; then
    as_root env ERL_EPMD_ADDRESS=127.0.0.1 rabbitmq-server -detached >/dev/null 2>&1
  fi
  # Right after -detached the node may not be registered yet, so await_startup itself is retried.
  local started=no
  for _ in $(seq 1 60); do
    if as_root rabbitmqctl -q await_startup --timeout 10 >/dev/null 2>&1; then started=yes; break; fi
    sleep 1
  done
  [ "$started" = yes ] || { echo "RabbitMQ did not start" >&2; return 1; }
  # The management listener comes up a moment after the broker itself.
  for _ in $(seq 1 60); do
    curl -fsS -u guest:guest http://127.0.0.1:15672/api/overview >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "RabbitMQ management API did not come up" >&2
  return 1
}

install_missing
# helm, kubectl, docker-compose and the offline Kubernetes schemas the deployment tests drive.
bash tests/CtiPlatform.Deployment.Tests/install-tools.sh >/dev/null
[ -n "${CTI_TEST_POSTGRES:-}" ] || start_postgres
[ -n "${CTI_TEST_RABBITMQ:-}" ] || start_rabbitmq

rm -rf TestResults
dotnet build CtiPlatform.sln -c Release -warnaserror -nologo -v quiet
status=0
# One test project at a time: on two cores, projects running side by side starve the broker-outage and
# timer tests of the CPU they need to reconnect and dispatch within their bounds.
dotnet test CtiPlatform.sln -c Release --no-build --nologo -v quiet -m:1 \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory TestResults || status=$?

passed=0
failed=0
for trx in TestResults/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # A test host that crashed leaves no results: count it as a failure rather than print a green line.
  failed=1
fi
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
