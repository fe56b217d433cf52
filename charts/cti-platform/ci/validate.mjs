// Validates every object of a rendered manifest stream against the Kubernetes OpenAPI schemas, offline.
// Usage: node validate.mjs <manifest.yaml>... (or "-" for stdin). Exit 0 when all objects are valid, 1 otherwise.
// The validators come from the npm package kubernetes-models, installed by
// tests/CtiPlatform.Deployment.Tests/install-tools.sh into <repo>/.tools/node (override with CTI_TOOLS_NODE).
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const toolsNode = process.env.CTI_TOOLS_NODE ?? join(repoRoot, ".tools", "node");
const require = createRequire(join(toolsNode, "package.json"));
const YAML = require("yaml");

// kubernetes-models 4.5.0 is generated from Kubernetes 1.33. The platform targets 1.31, so an object must also
// use an API version that 1.31 serves; these are the GA versions of the kinds the chart renders.
const servedBy131 = new Set([
  "v1/ConfigMap", "v1/Pod", "v1/Secret", "v1/Service", "v1/ServiceAccount",
  "apps/v1/Deployment", "batch/v1/Job", "autoscaling/v2/HorizontalPodAutoscaler", "policy/v1/PodDisruptionBudget",
  "networking.k8s.io/v1/Ingress", "networking.k8s.io/v1/NetworkPolicy",
  // Not Kubernetes itself: the Gateway API's CRD (v1 since Gateway API 1.0), validated with its own models.
  "gateway.networking.k8s.io/v1/HTTPRoute",
]);

function modelFor(apiVersion, kind) {
  const path = apiVersion.startsWith("gateway.networking.k8s.io/")
    ? `@kubernetes-models/gateway-api/${apiVersion}/${kind}`
    : `kubernetes-models/${apiVersion}/${kind}`;
  try {
    return require(path)[kind];
  } catch {
    return undefined;
  }
}

const inputs = process.argv.slice(2);
if (inputs.length === 0) {
  console.error("usage: node validate.mjs <manifest.yaml>... | -");
  process.exit(2);
}

let objects = 0;
const errors = [];
for (const input of inputs) {
  const text = input === "-" ? readFileSync(0, "utf8") : readFileSync(input, "utf8");
  for (const doc of YAML.parseAllDocuments(text)) {
    if (doc.errors.length > 0) {
      errors.push(`${input}: YAML error: ${doc.errors[0].message}`);
      continue;
    }
    const object = doc.toJS();
    if (object === null || object === undefined) continue;
    objects++;
    const { apiVersion, kind } = object;
    const name = `${apiVersion}/${kind} ${object.metadata?.name ?? "<no name>"}`;
    if (!servedBy131.has(`${apiVersion}/${kind}`)) {
      errors.push(`${name}: not in the API versions served by Kubernetes 1.31 that this chart may use`);
      continue;
    }
    const Model = modelFor(apiVersion, kind);
    if (!Model) {
      errors.push(`${name}: no schema for this apiVersion/kind`);
      continue;
    }
    try {
      new Model(object).validate();
    } catch (error) {
      errors.push(`${name}: ${error.message}`);
    }
  }
}

for (const error of errors) console.error(error);
console.log(`${objects} objects checked, ${errors.length} invalid`);
// An empty stream is a failure too: it means the render produced nothing to check.
process.exit(errors.length > 0 || objects === 0 ? 1 : 0);
