// The WebAssembly build of the SDK (web/wasm/pkg) against the project's published test vectors:
// docs/KEYS.md (wallet-derived keys; also scripts/lib/derive-key.mjs, an implementation
// independent of the Rust code) and docs/ENVELOPE.md (envelope, wrapped key, leaf). The native
// SDK is pinned to the same documents by client/src/vectors.rs and primitives' tests, so the page
// and the command line cannot drift apart.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { hashTypedData } from "viem";
import { privateKeyToAccount } from "viem/accounts";

import { loadWasm, ROOT } from "./lib/wasm.mjs";

const sdk = await loadWasm();

const ANVIL_1 = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
const REGISTRY = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const account = privateKeyToAccount(ANVIL_1);

/** The hex of a ```text block that follows `heading` in a doc: each line's first token. */
function block(doc, heading) {
  const at = doc.indexOf(heading);
  assert.ok(at >= 0, `"${heading}" is in the document`);
  const start = doc.indexOf("```text", at) + "```text".length;
  const end = doc.indexOf("```", start);
  return doc.slice(start, end);
}
function hexLines(text) {
  return Buffer.from(
    text
      .trim()
      .split("\n")
      .map((l) => l.trim().split(/\s+/)[0])
      .join(""),
    "hex",
  );
}
function labelled(text, label) {
  const line = text.split("\n").find((l) => l.trim().startsWith(label));
  assert.ok(line, `${label} is in the block`);
  return line.trim().slice(label.length).trim().split(/\s+/);
}

const keysDoc = readFileSync(`${ROOT}/docs/KEYS.md`, "utf8");
const envelopeDoc = readFileSync(`${ROOT}/docs/ENVELOPE.md`, "utf8");

test("the typed data to sign, its signature and the derived key match docs/KEYS.md", async () => {
  const vectors = block(keysDoc, "## Test vectors");
  const json = sdk.encryptionKeyTypedData(31337n, REGISTRY, account.address, 1);
  const typed = JSON.parse(json);
  assert.equal(typed.primaryType, "EncryptionKeyDerivation");
  assert.match(typed.message.notice, /Anyone who obtains this signature can read my medical records/);
  const { EIP712Domain: _, ...types } = typed.types;
  const request = { domain: { ...typed.domain, chainId: Number(typed.domain.chainId) }, types, primaryType: typed.primaryType, message: typed.message };
  assert.equal(hashTypedData(request), labelled(vectors, "digest (epoch 1)")[0]);
  const signature = await account.signTypedData(request);
  const [sigHead, sigTail, v] = [...labelled(vectors, "signature (epoch 1)"), ...vectors.split("signature (epoch 1)")[1].split("\n")[1].trim().split(/\s+/)];
  assert.equal(signature, `${sigHead}${sigTail}${v}`);
  assert.equal(sdk.encryptionPublicKey(signature, 1), labelled(vectors, "public key, epoch 1")[0]);
});

test("every epoch's key matches the independent JavaScript derivation (scripts/lib/derive-key.mjs)", async () => {
  for (const epoch of [1, 2, 7]) {
    const typed = JSON.parse(sdk.encryptionKeyTypedData(31337n, REGISTRY, account.address, epoch));
    const { EIP712Domain: _, ...types } = typed.types;
    const signature = await account.signTypedData({
      domain: { ...typed.domain, chainId: Number(typed.domain.chainId) },
      types,
      primaryType: typed.primaryType,
      message: typed.message,
    });
    const independent = execFileSync(
      "node",
      [`${ROOT}/scripts/lib/derive-key.mjs`, ANVIL_1, "31337", REGISTRY, String(epoch)],
      { encoding: "utf8" },
    ).trim();
    assert.equal(sdk.encryptionPublicKey(signature, epoch), independent, `epoch ${epoch}`);
  }
  const vectors = block(keysDoc, "## Test vectors");
  const typed2 = JSON.parse(sdk.encryptionKeyTypedData(31337n, REGISTRY, account.address, 2));
  const { EIP712Domain: _, ...types2 } = typed2.types;
  const sig2 = await account.signTypedData({ domain: { ...typed2.domain, chainId: 31337 }, types: types2, primaryType: typed2.primaryType, message: typed2.message });
  assert.equal(sdk.encryptionPublicKey(sig2, 2), labelled(vectors, "public key, epoch 2")[0]);
});

const envelope = hexLines(block(envelopeDoc, "The envelope (127 bytes"));
const wrapped = hexLines(block(envelopeDoc, "The wrapped key (118 bytes)"));
const leafBlock = block(envelopeDoc, "Its leaf, with no predecessor");
const context = JSON.stringify({
  chainId: 31337,
  registry: REGISTRY,
  patientId: `0x${"11".repeat(32)}`,
  recordId: `0x${"22".repeat(32)}`,
  version: 1,
});
const leaf = {
  patientId: `0x${"11".repeat(32)}`,
  recordId: `0x${"22".repeat(32)}`,
  version: 1,
  previous: `0x${"00".repeat(32)}`,
  ciphertextHash: labelled(leafBlock, "ciphertextHash")[0],
  author: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
  category: 1,
};
const secret = Buffer.from(ANVIL_1.slice(2), "hex");

test("the documented envelope opens with the documented wrapped key (docs/ENVELOPE.md)", () => {
  assert.equal(envelope.length, 127);
  assert.equal(wrapped.length, 118);
  assert.equal(
    sdk.openWithReaderSecret(secret, wrapped, envelope, context),
    '{"resourceType":"Observation","status":"final"}',
  );
});

test("tampered envelopes and wrapped keys, and a wrong context, are refused", () => {
  const flip = (bytes, i, b) => {
    const copy = Buffer.from(bytes);
    copy[i] ^= b;
    return copy;
  };
  assert.throws(() => sdk.openWithReaderSecret(secret, wrapped, flip(envelope, 64, 0x01), context));
  assert.throws(() => sdk.openWithReaderSecret(secret, wrapped, flip(envelope, 126, 0x80), context));
  assert.throws(() => sdk.openWithReaderSecret(secret, flip(wrapped, 70, 0x01), envelope, context));
  const otherChain = JSON.stringify({ ...JSON.parse(context), chainId: 1 });
  assert.throws(() => sdk.openWithReaderSecret(secret, wrapped, envelope, otherChain));
  assert.throws(() => sdk.openWithReaderSecret(Buffer.alloc(32, 0x11), wrapped, envelope, context));
});

test("the documented leaf verifies under its own root, and nothing else does", () => {
  const expected = labelled(leafBlock, "leaf")[0];
  assert.equal(sdk.verifyRecord(envelope, JSON.stringify(leaf), "[]", expected), expected);
  assert.throws(() => sdk.verifyRecord(envelope, JSON.stringify(leaf), "[]", `0x${"ab".repeat(32)}`), /not in|tree|root/i);
  const tampered = Buffer.from(envelope);
  tampered[100] ^= 1;
  assert.throws(() => sdk.verifyRecord(tampered, JSON.stringify(leaf), "[]", expected), /hash/i);
  assert.throws(() => sdk.verifyRecord(envelope, JSON.stringify({ ...leaf, category: 2 }), "[]", expected));
});

test("FHIR renders as a clinician reads it, as the command line shows it", () => {
  const bundle = {
    resourceType: "Bundle",
    type: "collection",
    entry: [
      { resource: { resourceType: "Condition", code: { text: "Type 2 diabetes mellitus" }, onsetDateTime: "2019-04-02" } },
      {
        resource: {
          resourceType: "Observation",
          status: "final",
          code: { text: "Hemoglobin A1c" },
          valueQuantity: { value: 7.2, unit: "%" },
          effectiveDateTime: "2024-01-15",
        },
      },
    ],
  };
  const rendered = JSON.parse(sdk.renderFhir(JSON.stringify(bundle)));
  const titles = rendered.sections.map((s) => s.title);
  assert.deepEqual(titles, ["Conditions", "Observations"]);
  assert.equal(rendered.sections[0].lines[0].text, "Type 2 diabetes mellitus");
  assert.match(rendered.sections[1].lines[0].text, /Hemoglobin A1c: 7\.2 %/);
  assert.equal(rendered.sections[1].lines[0].date, "2024-01-15");
  assert.equal(sdk.categoryName(3), "conditions");
  assert.throws(() => sdk.renderFhir("not json"));
});
