// The provider's journey in headless Chromium against the real local stack (`medvault dev`), with
// a test wallet injected as an EIP-1193 provider. A fresh wallet with no ETH and 2,000 MVT from the
// faucet connects, picks Provider, derives its key, registers and stakes without ETH (a declined
// permit first changes nothing) and is certified by the authority (the command line). A patient
// (the command line) grants it WRITE on conditions; it uploads a FHIR Bundle through the page (a
// declined authorship signature first files nothing); the record is anchored in RecordRegistry and
// the patient reads it back; the provider opens it rendered, then a record another doctor wrote,
// on her grant; it breaks the glass, without ETH, and reads her emergency profile. A second wallet
// asks for a peer review of its application without ETH. Every request the page makes is
// captured: none carries a record's plaintext (planted markers), the wallet's private key or the
// key-derivation signature. Screenshots and axe reports go to MEDVAULT_WEB_TEST_OUT.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { createPublicClient, http, parseAbi, parseEther } from "viem";
import { generatePrivateKey, mnemonicToAccount, privateKeyToAccount } from "viem/accounts";

import { captureRequests, launch, screenshotter } from "./lib/browser.mjs";
import { keystore, medvault, servePage, startStack } from "./lib/stack.mjs";
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
  site = await servePage(join(ROOT, "web/dist"), stack.deployment);
  browser = await launch();
  chain = createPublicClient({ transport: http(stack.deployment.endpoints.rpcUrl) });
});

after(async () => {
  await browser?.close();
  await site?.close();
  await stack?.stop();
});

const ACCOUNTS_ABI = parseAbi(["function role(address) view returns (uint8)"]);
const PROVIDERS_ABI = parseAbi([
  "struct Provider { uint128 stake; uint48 unbondAt; uint8 status; uint64 activeReview; }",
  "function provider(address) view returns (Provider)",
  "function isCertified(address) view returns (bool)",
  "function params() view returns ((uint128 minStake, uint128 voteBond, uint128 challengeBond, uint64 commitWindow, uint64 revealWindow, uint64 unbondingDelay, uint16 quorum, uint16 voterPenaltyBps, uint16 slashBps, uint16 challengerRewardBps))",
]);
const TOKEN_ABI = parseAbi(["function balanceOf(address) view returns (uint256)"]);
const RECORDS_ABI = parseAbi(["function anchorOf(bytes32 root) view returns (uint64 blockNumber, uint64 timestamp, uint32 count)"]);

const read = (contract, abi, functionName, args = []) =>
  chain.readContract({ address: stack.deployment.contracts[contract], abi, functionName, args });
const stakeOf = async (address) => (await read("providers", PROVIDERS_ABI, "provider", [address])).stake;

test("the provider's journey: register and stake without ETH, certified, upload for a patient, read the record", { timeout: 900_000 }, async () => {
  const chainId = stack.deployment.chain_id;
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const requests = captureRequests(page);
  const privateKey = generatePrivateKey();
  const wallet = await injectWallet(page, { privateKey, rpcUrl: stack.deployment.endpoints.rpcUrl, chainId });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const shot = screenshotter(page, OUT);
  const me = wallet.address;

  // Tokens for the stake, and no ETH at all.
  const { minStake } = await read("providers", PROVIDERS_ABI, "params");
  assert.ok(minStake <= parseEther("2000"), `the minimum stake (${minStake}) fits the faucet's 2,000 MVT`);
  await medvault(stack, ["dev", "faucet", me, "--mvt", "2000", "--eth", "0"]);
  assert.equal(await read("token", TOKEN_ABI, "balanceOf", [me]), parseEther("2000"));
  assert.equal(await chain.getBalance({ address: me }), 0n);

  // Connect, pick Provider, derive the key with the one labelled signature.
  await page.goto(`${site.url}/#/provider`);
  await page.getByRole("button", { name: "Connect medvault test wallet" }).click();
  await page.getByRole("button", { name: "Provider", exact: true }).click();
  await page.getByRole("heading", { name: "Your encryption key as a provider" }).waitFor();
  await shot("p01-provider-key");
  await page.getByRole("button", { name: "Derive my encryption key" }).click();
  await page.getByTestId("key-ready").waitFor();
  const derivation = wallet.signed.filter((s) => s.primaryType === "EncryptionKeyDerivation");
  assert.equal(derivation.length, 1, "one signature derives the key");
  await page.getByTestId("register-step").waitFor();
  await shot("p02-register");

  // Register without ETH: a forward request the relayer submits.
  await page.getByRole("button", { name: "Register as a provider without ETH" }).click();
  const standing = page.getByTestId("standing");
  await standing.waitFor({ timeout: 180_000 });
  assert.equal(await read("accounts", ACCOUNTS_ABI, "role", [me]), 2, "registered as a provider on chain");
  assert.ok(wallet.signed.some((s) => s.primaryType === "ForwardRequest"), "registration was a signed forward request");
  assert.equal(await page.getByTestId("tokens").innerText(), "2,000 MVT");
  assert.equal(await page.getByTestId("stake").innerText(), "0 MVT");
  await shot("p03-registered");

  // A declined permit: a clear message, no stake on chain, the form offered again.
  const signedBefore = wallet.signed.length;
  wallet.rejectNext = 1;
  await page.getByRole("button", { name: "Stake and apply without ETH" }).click();
  await page.getByRole("alert").filter({ hasText: "You declined the signature in your wallet" }).waitFor({ timeout: 60_000 });
  assert.equal(await stakeOf(me), 0n, "a declined permit stakes nothing");
  assert.equal(await read("token", TOKEN_ABI, "balanceOf", [me]), parseEther("2000"));
  assert.equal(wallet.signed.length, signedBefore, "nothing was signed");
  assert.ok(await page.getByRole("button", { name: "Stake and apply without ETH" }).isEnabled());
  await shot("p04-stake-declined");

  // Stake the minimum: a permit and a forward request, still no ETH.
  await page.getByRole("button", { name: "Stake and apply without ETH" }).click();
  await page.getByTestId("certification").filter({ hasText: "awaiting certification" }).waitFor({ timeout: 180_000 });
  const staked = wallet.signed.slice(signedBefore).map((s) => s.primaryType);
  assert.deepEqual(staked, ["Permit", "ForwardRequest"], "the stake is a permit and a forward request");
  assert.equal(await stakeOf(me), minStake);
  assert.equal(await page.getByTestId("stake").innerText(), "1,000 MVT");
  assert.equal(await page.getByTestId("tokens").innerText(), "1,000 MVT");
  assert.equal(await chain.getBalance({ address: me }), 0n, "registering and staking cost it no ETH");
  await shot("p05-staked");

  // The authority certifies it; the page shows it certified, by the authority.
  const authority = await keystore(stack, "authority", devKey(0));
  await medvault(stack, ["authority", "certify", "--provider", me, "--keystore", authority]);
  assert.equal(await read("providers", PROVIDERS_ABI, "isCertified", [me]), true);
  await standing.getByRole("button", { name: "Check again" }).click();
  const certification = page.getByTestId("certification");
  await certification.filter({ hasText: "certified" }).waitFor();
  assert.match(await certification.innerText(), /^certified by the certifying authority$/);
  await shot("p06-certified");

  // A patient (the command line) registers and grants it WRITE (which includes READ) on conditions.
  const patientKey = generatePrivateKey();
  const patient = privateKeyToAccount(patientKey).address;
  const patientStore = await keystore(stack, "patient", patientKey);
  await medvault(stack, ["patient", "register", "--keystore", patientStore]);
  await medvault(stack, ["patient", "grant", "--grantee", me, "--category", "conditions", "--write", "--days", "30", "--keystore", patientStore]);
  await page.getByRole("button", { name: "Refresh grants" }).click();
  const grant = page.getByTestId("grant");
  await grant.waitFor({ timeout: 60_000 });
  const grantText = await grant.innerText();
  assert.match(grantText, /category conditions/);
  assert.match(grantText, /yes\s+yes/, `read and write live: ${grantText}`);
  assert.ok(grantText.includes(patient.slice(0, 8)), grantText);

  // The FHIR file, with a marker in its plaintext.
  const marker = `MVMARKER${randomBytes(8).toString("hex").toUpperCase()}`;
  const fixture = JSON.parse(readFileSync(join(ROOT, "fhir/tests/fixtures/synthea_diabetic.json"), "utf8"));
  const condition = fixture.entry.find((e) => e.resource.resourceType === "Condition").resource;
  condition.code.text = `Type 2 diabetes mellitus ${marker}`;
  const file = { name: "visit.json", mimeType: "application/fhir+json", buffer: Buffer.from(JSON.stringify(fixture)) };
  await page.getByTestId("upload").getByLabel("Patient's account address").fill(patient);
  await page.getByLabel("Category", { exact: true }).selectOption("conditions");
  await page.getByLabel("FHIR file (JSON: a resource or a Bundle)").setInputFiles(file);
  await shot("p07-upload-form");

  // A declined authorship signature: a message, nothing filed for her.
  wallet.rejectNext = 1;
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await page.getByRole("alert").filter({ hasText: "You declined the signature in your wallet" }).waitFor({ timeout: 120_000 });
  assert.equal((await medvault(stack, ["patient", "records", "--keystore", patientStore])).records.length, 0, "a declined upload files nothing");
  assert.equal(await page.getByTestId("uploaded").count(), 0);
  await shot("p08-upload-declined");

  // Upload: its authorship signed once (EIP-191, personal_sign), anchored.
  const beforeUpload = wallet.signed.length;
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  const uploaded = page.getByTestId("uploaded");
  await uploaded.getByText(/anchored in block \d+/).waitFor({ timeout: 180_000 });
  const authorship = wallet.signed.slice(beforeUpload).filter((s) => s.primaryType === "personal_sign");
  assert.equal(authorship.length, 1, "the authorship was signed once, as a message");
  const listed = (await medvault(stack, ["patient", "records", "--keystore", patientStore])).records;
  assert.equal(listed.length, 1, JSON.stringify(listed));
  const [record] = listed;
  assert.equal(record.status, "confirmed");
  assert.equal(record.author.toLowerCase(), me.toLowerCase());
  assert.equal(record.category, 3);
  const rowText = await page.getByTestId(`uploaded-${record.id}`).innerText();
  assert.match(rowText, new RegExp(`Record #${record.id}`));
  assert.match(rowText, /conditions/);
  const [anchoredIn] = await read("records", RECORDS_ABI, "anchorOf", [record.root]);
  assert.ok(anchoredIn > 0n, "its batch root is anchored in RecordRegistry");
  assert.match(rowText, new RegExp(`anchored in block ${anchoredIn}`));
  await shot("p09-uploaded");

  // The patient reads it back with the command line: her plaintext, the marker in it.
  const out = join(stack.dir, `read-${record.id}.json`);
  const verified = await medvault(stack, ["patient", "verify", "--id", String(record.id), "--out", out, "--keystore", patientStore]);
  assert.match(verified.authorship, /^certified provider/);
  assert.ok(readFileSync(out, "utf8").includes(marker), "the patient's read returns the marker");

  // The provider opens it (by its number, as shared with it): rendered, not JSON.
  await page.getByLabel("Record number (the patient or its author gives it)").fill(String(record.id));
  await page.getByRole("button", { name: "Open record", exact: true }).click();
  const view = page.getByTestId("record-view");
  await view.waitFor({ timeout: 120_000 });
  const viewText = await view.innerText();
  assert.ok(viewText.includes(marker), "the decrypted record shows in the page");
  for (const heading of ["Conditions", "Observations", "Medications", "Allergies"]) {
    assert.ok(await view.getByRole("heading", { name: heading }).isVisible(), heading);
  }
  assert.doesNotMatch(viewText, /"resourceType"/, "not a JSON dump");
  assert.match(viewText, new RegExp(`anchored in block ${anchoredIn}`));
  await shot("p10-record");
  await view.getByRole("button", { name: "Close" }).click();

  // A record another doctor wrote for her (the command line), shared with this provider by her
  // grant on conditions: the page finds no author's right, shows the grant, and the key is released
  // on consent.
  const other = await keystore(stack, "doctor", devKey(2));
  const otherAddress = privateKeyToAccount(devKey(2)).address;
  await medvault(stack, ["provider", "register", "--keystore", other]);
  await medvault(stack, ["provider", "stake", "--keystore", other]);
  await medvault(stack, ["authority", "certify", "--provider", otherAddress, "--keystore", authority]);
  await medvault(stack, ["patient", "grant", "--grantee", otherAddress, "--category", "conditions", "--write", "--keystore", patientStore]);
  const marker2 = `MVMARKER${randomBytes(8).toString("hex").toUpperCase()}`;
  const note = { resourceType: "Condition", subject: { reference: "Patient/p1" }, code: { text: `Essential hypertension ${marker2}` }, onsetDateTime: "2024-03-02" };
  const notePath = join(stack.dir, "note.json");
  writeFileSync(notePath, JSON.stringify(note));
  const byOther = await medvault(stack, ["provider", "upload", "--keystore", other, "--patient", patient, "--category", "conditions", notePath]);
  const otherId = byOther.records[0].id;
  await page.getByLabel("Record number (the patient or its author gives it)").fill(String(otherId));
  await page.getByRole("button", { name: "Open record", exact: true }).click();
  await page.getByTestId("record-view").getByText(marker2).waitFor({ timeout: 120_000 });
  const sharedText = await page.getByTestId("record-view").innerText();
  assert.match(sharedText, new RegExp(`Record #${otherId}`));
  assert.ok(await page.getByTestId("record-view").getByRole("heading", { name: "Conditions" }).isVisible());
  assert.match(sharedText, /Key: released[^.]*consent/, sharedText);
  await shot("p11-shared-record");

  // She writes her emergency profile (the command line); when she cannot act, the provider breaks
  // the glass from the page, without ETH, and reads it. She sees the access in her list.
  await medvault(stack, ["patient", "emergency", "profile", "set", "--blood-type", "O-", "--allergy", "penicillin: anaphylaxis (severe)", "--medication", "metformin: 500 mg twice daily", "--keystore", patientStore]);
  const emergencyCard = page.getByTestId("emergency");
  await emergencyCard.getByLabel("Patient's account address").fill(patient);
  await emergencyCard.getByLabel(/Reason code/).fill("7");
  await emergencyCard.getByRole("button", { name: "Break the glass and read" }).click();
  const profile = page.getByTestId("emergency-profile");
  await profile.waitFor({ timeout: 180_000 });
  const profileText = await profile.innerText();
  assert.match(profileText, /Blood type: O-/);
  assert.match(profileText, /penicillin/i);
  assert.match(profileText, /metformin/i);
  const readText = await page.getByTestId("emergency-read").innerText();
  const emergencyId = readText.match(/emergency access #(\d+)/)?.[1];
  assert.ok(emergencyId, readText);
  assert.match(readText, /The window ends \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
  const { emergencies } = await medvault(stack, ["patient", "emergency", "list", "--keystore", patientStore]);
  const access = emergencies.find((e) => e.emergency === emergencyId);
  assert.ok(access, JSON.stringify(emergencies));
  assert.equal(access.provider.toLowerCase(), me.toLowerCase());
  assert.equal(access.reasonCode, 7);
  assert.equal(await chain.getBalance({ address: me }), 0n, "breaking the glass cost it no ETH");
  await shot("p12-emergency");

  // Still no ETH, and nothing the page sent carries the plaintext, the key or the derivation
  // signature.
  assert.equal(await chain.getBalance({ address: me }), 0n, "the whole journey cost it no ETH");
  assert.ok(requests.length > 10, `requests captured: ${requests.length}`);
  const secrets = [marker, marker2, privateKey.slice(2), derivation[0].signature.slice(2)];
  for (const r of requests) {
    const all = `${r.url}\n${r.headers}\n${r.body}`.toLowerCase();
    for (const secret of secrets) {
      assert.ok(!all.includes(secret.toLowerCase()), `${r.method} ${r.url} carries a secret`);
    }
  }
  const hosts = new Set(requests.map((r) => new URL(r.url).host));
  assert.ok(hosts.has(new URL(stack.relayerUrl).host), "the page spoke to the relayer");
  assert.ok(hosts.has(new URL(stack.deployment.endpoints.ipfsUrl).host), "the page spoke to IPFS");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a provider asks for a peer review without ETH, and sees it open", { timeout: 600_000 }, async () => {
  const chainId = stack.deployment.chain_id;
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const requests = captureRequests(page);
  const privateKey = generatePrivateKey();
  const wallet = await injectWallet(page, { privateKey, rpcUrl: stack.deployment.endpoints.rpcUrl, chainId });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const shot = screenshotter(page, OUT);
  const me = wallet.address;
  await medvault(stack, ["dev", "faucet", me, "--mvt", "2000", "--eth", "0"]);

  await page.goto(`${site.url}/#/provider`);
  await page.getByRole("button", { name: "Connect medvault test wallet" }).click();
  await page.getByRole("button", { name: "Derive my encryption key" }).click();
  await page.getByRole("button", { name: "Register as a provider without ETH" }).click();
  await page.getByTestId("standing").waitFor({ timeout: 180_000 });
  await page.getByLabel(/Amount to stake/).fill("1,500");
  await page.getByRole("button", { name: "Stake and apply without ETH" }).click();
  await page.getByTestId("certification").filter({ hasText: "awaiting certification" }).waitFor({ timeout: 180_000 });
  assert.equal(await stakeOf(me), parseEther("1500"));
  assert.equal(await page.getByTestId("stake").innerText(), "1,500 MVT");

  await page.getByRole("button", { name: "Request a peer review" }).click();
  const reviews = page.getByTestId("reviews");
  await reviews.getByText(/open \(commit phase\)/).waitFor({ timeout: 180_000 });
  const row = await reviews.locator("tbody tr").first().innerText();
  assert.match(row, /certification/);
  assert.match(row, /\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/, "the phases end on dates");
  const { activeReview } = await read("providers", PROVIDERS_ABI, "provider", [me]);
  assert.ok(activeReview > 0n, "the review is open on chain");
  assert.match(row, new RegExp(`#${activeReview}`));
  assert.equal(await page.getByRole("button", { name: "Request a peer review" }).count(), 0);
  assert.equal(await chain.getBalance({ address: me }), 0n, "requesting the review cost it no ETH");
  await shot("p13-peer-review");

  for (const r of requests) {
    assert.ok(!`${r.url}\n${r.headers}\n${r.body}`.toLowerCase().includes(privateKey.slice(2).toLowerCase()), `${r.url} carries the key`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
