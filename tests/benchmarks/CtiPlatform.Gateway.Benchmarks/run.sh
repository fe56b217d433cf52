#!/usr/bin/env bash
# Builds the benchmark in Release and runs it once (under 3 minutes with the defaults): the service directly, the
# gateway and nginx, all on loopback, measured with wrk. Needs the Debian packages nginx and wrk.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v nginx >/dev/null && command -v wrk >/dev/null || {
  echo "Installing nginx and wrk…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx wrk >/dev/null
}
dotnet build -c Release -nologo -v quiet
dotnet bin/Release/net10.0/CtiPlatform.Gateway.Benchmarks.dll run "$@"
