// The patient's journey in headless Chromium against the real local stack (`medvault dev`: anvil,
// IPFS, the contracts, three key nodes, the relayer), with a test wallet injected as an EIP-1193
// provider: connect (adding and switching to the local chain), derive the key (after a declined
// signature that leaves nothing behind), register without ETH, see the record a doctor uploaded
// with the command line, open it rendered, verify it against the chain, disconnect. Every request
// the page makes is captured: none carries the record's plaintext (a planted marker), the
// wallet's private key or the key-derivation signature. A page whose relayer is down says so and
// changes nothing. Screenshots of each screen go to target/web-test/screenshots, and each is checked with axe-core
// (target/web-test/axe).
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { createPublicClient, http, parseAbi } from "viem";
import { generatePrivateKey, mnemonicToAccount, privateKeyToAccount } from "viem/accounts";

import { captureRequests, launch, screenshotter } from "./lib/browser.mjs";
import { freePort, keystore, medvault, servePage, startStack, writeFile } from "./lib/stack.mjs";
import { injectWallet } from "./lib/wallet.mjs";
import { ROOT } from "./lib/wasm.mjs";

const OUT = process.env.MEDVAULT_WEB_TEST_OUT ?? join(ROOT, "target/web-test");
const ANVIL_MNEMONIC = "test test test test test test test test test test test junk";
const devKey = (i) => `0x${Buffer.from(mnemonicToAccount(ANVIL_MNEMONIC, { addressIndex: i }).getHdKey().privateKey).toString("hex")}`;

let stack;
let site;
let browser;
let chain;

before(async () => {
  mkdirSync(OUT, { recursive: true });
  stack = await startStack(OUT);
  const down = `http://127.0.0.1:${await freePort()}`;
  site = await servePage(join(ROOT, "web/dist"), stack.deployment, {
    "relayer-down": { ...stack.deployment, endpoints: { ...stack.deployment.endpoints, relayerUrl: down } },
  });
  browser = await launch();
  chain = createPublicClient({ transport: http(stack.deployment.endpoints.rpcUrl) });
});

after(async () => {
  await browser?.close();
  await site?.close();
  await stack?.stop();
});

const ACCOUNTS_ABI = parseAbi(["function isPatient(address) view returns (bool)"]);
const isPatient = (address) =>
  chain.readContract({ address: stack.deployment.contracts.accounts, abi: ACCOUNTS_ABI, functionName: "isPatient", args: [address] });

/** A fresh page with a fresh test wallet (a new key, no ETH) on chain `startChain`. */
async function walletPage(startChain, path = "/") {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const requests = captureRequests(page);
  const privateKey = generatePrivateKey();
  const wallet = await injectWallet(page, {
    privateKey,
    rpcUrl: stack.deployment.endpoints.rpcUrl,
    chainId: startChain,
  });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${site.url}${path}`);
  return { context, page, wallet, privateKey, requests, errors };
}

/** A doctor (anvil's account 2) registers, stakes and is certified; the patient grants it WRITE
 * on conditions (through the command line: the grant screen comes later); it uploads `fhir`. */
async function doctorUploads(patientKey, fhir) {
  const doctor = await keystore(stack, "doctor", devKey(2));
  const authority = await keystore(stack, "authority", devKey(0));
  const patient = await keystore(stack, `patient-${Date.now()}`, patientKey);
  const doctorAddress = privateKeyToAccount(devKey(2)).address;
  await medvault(stack, ["provider", "register", "--keystore", doctor]);
  await medvault(stack, ["provider", "stake", "--keystore", doctor]);
  await medvault(stack, ["authority", "certify", "--provider", doctorAddress, "--keystore", authority]);
  await medvault(stack, ["patient", "grant", "--grantee", doctorAddress, "--category", "3", "--write", "--days", "30", "--keystore", patient]);
  const file = writeFile(stack, "record.json", fhir);
  const patientAddress = privateKeyToAccount(patientKey).address;
  const uploaded = await medvault(stack, ["provider", "upload", "--keystore", doctor, "--patient", patientAddress, "--category", "3", file]);
  assert.equal(uploaded.records[0].status, "confirmed", JSON.stringify(uploaded));
  return { doctorAddress, id: uploaded.records[0].id };
}

test("the patient's journey: connect, derive the key, register without ETH, read and verify a record", { timeout: 900_000 }, async () => {
  const { context, page, wallet, privateKey, requests, errors } = await walletPage(1);
  const shot = screenshotter(page, OUT);
  const chainId = stack.deployment.chain_id;

  // Connect: the wallet announced itself (EIP-6963).
  await page.getByRole("heading", { name: "Connect your wallet" }).waitFor();
  await shot("01-connect");
  await page.getByRole("button", { name: "Connect medvault test wallet" }).click();

  // The wallet is on mainnet: the page says so, and adds and switches to the local chain.
  await page.getByRole("heading", { name: "Wrong network" }).waitFor();
  await shot("02-wrong-chain");
  await page.getByRole("button", { name: /Switch to/ }).click();
  await page.getByRole("button", { name: "Derive my encryption key" }).waitFor();
  assert.equal(wallet.chainId, chainId);
  assert.equal(Number(wallet.added[0]?.chainId), chainId, "the local chain was added to the wallet");
  assert.deepEqual(wallet.added[0].rpcUrls, [stack.deployment.endpoints.rpcUrl]);

  // A declined signature: a clear message, no key, nothing registered, the step offered again.
  wallet.rejectNext = 1;
  await page.getByRole("button", { name: "Derive my encryption key" }).click();
  await page.getByRole("alert").filter({ hasText: "You declined the signature in your wallet" }).waitFor();
  assert.equal(await page.getByTestId("key-ready").count(), 0);
  assert.equal(await page.getByTestId("register-step").count(), 0);
  assert.ok(await page.getByRole("button", { name: "Derive my encryption key" }).isEnabled());
  assert.equal(await isPatient(wallet.address), false);
  await shot("03-declined");

  // Derive the key (one signature of the labelled typed data), then register with zero ETH.
  await page.getByRole("button", { name: "Derive my encryption key" }).click();
  await page.getByTestId("key-ready").waitFor();
  await page.getByTestId("register-step").waitFor();
  const derivation = wallet.signed.filter((s) => s.primaryType === "EncryptionKeyDerivation");
  assert.equal(derivation.length, 1, "one signature derives the key");
  await shot("04-key");
  assert.equal(await chain.getBalance({ address: wallet.address }), 0n);
  await page.getByRole("button", { name: "Register without ETH" }).click();
  await page.getByTestId("registered").waitFor({ timeout: 180_000 });
  assert.equal(await isPatient(wallet.address), true);
  assert.equal(await chain.getBalance({ address: wallet.address }), 0n, "registration cost her nothing");
  assert.ok(wallet.signed.some((s) => s.primaryType === "ForwardRequest"), "registration was a signed forward request");
  await shot("05-registered");

  // A doctor uploads a record for her with the command line; its plaintext carries a marker.
  const marker = `MVMARKER${randomBytes(8).toString("hex").toUpperCase()}`;
  const fixture = JSON.parse(readFileSync(join(ROOT, "fhir/tests/fixtures/synthea_diabetic.json"), "utf8"));
  const condition = fixture.entry.find((e) => e.resource.resourceType === "Condition").resource;
  condition.code.text = `Type 2 diabetes mellitus ${marker}`;
  const { doctorAddress, id } = await doctorUploads(privateKey, JSON.stringify(fixture));

  // Her records list: anchored, written by a certified provider.
  await page.getByRole("button", { name: "Refresh" }).click();
  const row = page.getByTestId(`record-${id}`);
  await row.waitFor();
  const rowText = await row.innerText();
  assert.match(rowText, /conditions/);
  assert.match(rowText, /certified provider/);
  assert.match(rowText, /anchored in block \d+/);
  assert.ok(rowText.includes(doctorAddress.slice(0, 8)), rowText);
  await shot("06-records");

  // Open it: decrypted in the page, rendered as a clinician reads it.
  await row.getByRole("button", { name: "Open" }).click();
  const view = page.getByTestId("record-view");
  await view.waitFor({ timeout: 120_000 });
  const viewText = await view.innerText();
  assert.ok(viewText.includes(marker), "the decrypted record shows in the page");
  for (const heading of ["Conditions", "Observations", "Medications", "Allergies"]) {
    assert.ok(await view.getByRole("heading", { name: heading }).isVisible(), heading);
  }
  assert.doesNotMatch(viewText, /"resourceType"/, "not a JSON dump");
  await shot("07-record");

  // Verify against the chain.
  await view.getByRole("button", { name: "Verify against the chain" }).click();
  const verified = page.getByTestId("verified");
  await verified.waitFor({ timeout: 120_000 });
  assert.match(await verified.innerText(), /anchored in RecordRegistry in block \d+/);
  assert.match(await verified.innerText(), /certified provider/);
  await shot("08-verified");

  // Disconnect: back to Connect, the key forgotten (connecting again asks for it again).
  await page.getByRole("button", { name: "Disconnect" }).first().click();
  await page.getByRole("heading", { name: "Connect your wallet" }).waitFor();
  await page.getByRole("button", { name: "Connect medvault test wallet" }).click();
  await page.getByRole("button", { name: "Derive my encryption key" }).waitFor();
  assert.equal(await page.getByTestId("key-ready").count(), 0);
  await shot("09-reconnected");

  // Nothing the page sent carries the record's plaintext, the wallet's key or the derivation
  // signature (the seed of her encryption key).
  assert.ok(requests.length > 10, `requests captured: ${requests.length}`);
  const secrets = [marker, privateKey.slice(2), derivation[0].signature.slice(2)];
  for (const r of requests) {
    const all = `${r.url}\n${r.headers}\n${r.body}`.toLowerCase();
    for (const secret of secrets) {
      assert.ok(!all.includes(secret.toLowerCase()), `${r.method} ${r.url} carries a secret`);
    }
  }
  const hosts = new Set(requests.map((r) => new URL(r.url).host));
  assert.ok(hosts.has(new URL(stack.relayerUrl).host), "the page spoke to the relayer");
  assert.ok(hosts.has(new URL(stack.deployment.endpoints.ipfsUrl).host), "the page read from IPFS");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a relayer that is down: the page says so, and registering changes nothing", { timeout: 300_000 }, async () => {
  const chainId = stack.deployment.chain_id;
  const { context, page, wallet } = await walletPage(chainId, "/relayer-down/");
  const shot = screenshotter(page, OUT);
  await page.getByTestId("relayer-down").waitFor();
  await page.getByRole("button", { name: "Connect medvault test wallet" }).click();
  await page.getByRole("button", { name: "Derive my encryption key" }).click();
  await page.getByRole("button", { name: "Register without ETH" }).click();
  await page.getByRole("alert").filter({ hasText: "The medvault relayer does not answer" }).waitFor({ timeout: 120_000 });
  assert.ok(await page.getByRole("button", { name: "Register without ETH" }).isEnabled());
  assert.equal(await isPatient(wallet.address), false);
  await shot("10-relayer-down");
  await context.close();
});
