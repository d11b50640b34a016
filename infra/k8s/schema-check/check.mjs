// Validates Kubernetes objects against the API schemas bundled in kubernetes-models (types,
// required fields, formats), without a cluster. Input on stdin: a JSON array of objects.
// Prints the invalid ones and a count; exits 1 if any object is invalid or of a kind it has no model for.
import { readFileSync } from "node:fs";

const objects = JSON.parse(readFileSync(0, "utf8"));
let failures = 0;

for (const object of objects) {
  const [group, version] = object.apiVersion.includes("/") ? object.apiVersion.split("/") : [null, object.apiVersion];
  const modulePath = group ? `kubernetes-models/${group}/${version}/${object.kind}` : `kubernetes-models/${version}/${object.kind}`;
  const label = `${object.kind}/${object.metadata?.name}`;
  let Model;
  try {
    Model = (await import(modulePath))[object.kind];
  } catch {
    console.log(`FAIL ${label}: no schema for ${object.apiVersion} ${object.kind}`);
    failures++;
    continue;
  }
  try {
    new Model(object).validate();
  } catch (error) {
    console.log(`FAIL ${label}: ${error.message}`);
    failures++;
  }
}
console.log(`${objects.length - failures} of ${objects.length} objects valid`);
process.exit(failures ? 1 : 0);
