// Usage: kubectl kustomize OVERLAY | node validate.mjs OVERLAY-NAME
// Validates every object with the kubernetes-models JSON schemas, which catch what the Java
// models do not: bad enum values (e.g. protocol: TPC), formats, value constraints.
// Custom resources are validated with their own model package, named here per API group
// (cert-manager's Certificate and Issuer); a kind of any other group fails as unknown.
import { readFileSync } from "node:fs";
import yaml from "js-yaml";

const CUSTOM_RESOURCE_MODELS = { "cert-manager.io": "@kubernetes-models/cert-manager" };

const overlay = process.argv[2] ?? "stdin";
const docs = yaml.loadAll(readFileSync(0, "utf8")).filter(Boolean);
let passed = 0;
let failed = 0;
for (const doc of docs) {
  const [group, version] = doc.apiVersion.includes("/") ? doc.apiVersion.split("/") : ["", doc.apiVersion];
  const models = CUSTOM_RESOURCE_MODELS[group] ?? "kubernetes-models";
  const path = group ? `${models}/${group}/${version}` : `${models}/${version}`;
  const label = `${doc.kind}/${doc.metadata?.name}`;
  try {
    const mod = await import(path);
    const Model = mod[doc.kind];
    if (!Model) throw new Error(`no model for ${doc.apiVersion} ${doc.kind}`);
    new Model(doc).validate();
    passed++;
  } catch (e) {
    failed++;
    console.log(`FAIL [${overlay}] schema ${label}: ${e.message.split("\n").slice(0, 3).join(" ")}`);
  }
}
console.log(`kubernetes-models [${overlay}]: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
