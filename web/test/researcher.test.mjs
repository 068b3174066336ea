// The researcher's journey in headless Chromium against the real local stack (`medvault dev`,
// its relayer releasing classes of k = 1 so one patient's sale is enough), with a test wallet
// that holds MVT and no ETH: connect, pick Researcher, derive the key, register without ETH, be
// attested by the authority (command line), build criteria that match a patient's record, decline
// the signature once (nothing opened), open the request with its budget escrowed by a permit (no
// ETH), watch the delivery a patient sells (command line: a doctor uploads her record, she
// approves the trade), fetch and decrypt it, and see it de-identified and rendered. Every request
// the page makes is captured: none carries the record's marker, the wallet's key or the
// key-derivation signature. Each screen is screenshot and checked with axe-core.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { createPublicClient, http, parseAbi } from "viem";
import { generatePrivateKey, mnemonicToAccount, privateKeyToAccount } from "viem/accounts";

import { captureRequests, launch, screenshotter } from "./lib/browser.mjs";
import { keystore, medvault, servePage, startStack, writeFile } from "./lib/stack.mjs";
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
  // One patient's sale is released to the researcher (production: classes of 11).
  process.env.MEDVAULT_MARKET_K = "1";
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

const MARKET_ABI = parseAbi([
  "struct Request { address researcher; uint64 deadline; uint16 feeBps; bool closed; bool feesCollected; uint96 pricePerRecord; uint32 maxRecords; uint32 settled; uint32 openDisputes; uint64 lastSettledAt; }",
  "function request(uint256) view returns (Request)",
  "function requestCount() view returns (uint256)",
]);
const TOKEN_ABI = parseAbi(["function balanceOf(address) view returns (uint256)"]);
const ACCOUNTS_ABI = parseAbi(["function isVerifiedResearcher(address) view returns (bool)"]);
const market = (functionName, args = []) =>
  chain.readContract({ address: stack.deployment.contracts.market, abi: MARKET_ABI, functionName, args });
const mvtOf = (address) =>
  chain.readContract({ address: stack.deployment.contracts.token, abi: TOKEN_ABI, functionName: "balanceOf", args: [address] });
const MVT = 10n ** 18n;

/** A patient (registered with the command line, no ETH) whose doctor (anvil's account 2,
 * registered, staked, certified by `authority`, granted WRITE on conditions) uploads `fhir` for
 * her; her keystore and the record's file. */
async function patientWithRecord(fhir, authority) {
  const patientKey = generatePrivateKey();
  const patient = await keystore(stack, `patient-${Date.now()}`, patientKey);
  await medvault(stack, ["patient", "register", "--keystore", patient]);
  const doctor = await keystore(stack, "doctor", devKey(2));
  const doctorAddress = privateKeyToAccount(devKey(2)).address;
  await medvault(stack, ["provider", "register", "--keystore", doctor]);
  await medvault(stack, ["provider", "stake", "--keystore", doctor]);
  await medvault(stack, ["authority", "certify", "--provider", doctorAddress, "--keystore", authority]);
  await medvault(stack, ["patient", "grant", "--grantee", doctorAddress, "--category", "3", "--write", "--days", "30", "--keystore", patient]);
  const file = writeFile(stack, "record.json", fhir);
  const patientAddress = privateKeyToAccount(patientKey).address;
  const uploaded = await medvault(stack, ["provider", "upload", "--keystore", doctor, "--patient", patientAddress, "--category", "3", file]);
  assert.equal(uploaded.records[0].status, "confirmed", JSON.stringify(uploaded));
  return { patient, file };
}

test("the researcher's journey: register and open a request without ETH, then fetch and read a de-identified delivery", { timeout: 900_000 }, async () => {
  const started = Date.now();
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const requests = captureRequests(page);
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const privateKey = generatePrivateKey();
  const chainId = stack.deployment.chain_id;
  const wallet = await injectWallet(page, { privateKey, rpcUrl: stack.deployment.endpoints.rpcUrl, chainId });
  const shot = screenshotter(page, OUT);
  const authority = await keystore(stack, "authority", devKey(0));

  // Tokens, no ETH.
  await medvault(stack, ["dev", "faucet", wallet.address, "--mvt", "100", "--eth", "0"]);
  assert.equal(await chain.getBalance({ address: wallet.address }), 0n);
  assert.equal(await mvtOf(wallet.address), 100n * MVT);

  // Connect, pick Researcher, derive the key (one labelled signature).
  await page.goto(`${site.url}/`);
  await page.getByRole("button", { name: "Connect medvault test wallet" }).click();
  await page.getByRole("button", { name: "Researcher" }).click();
  await page.getByRole("button", { name: "Derive my encryption key" }).click();
  await page.getByTestId("key-ready").waitFor();
  const derivation = wallet.signed.filter((s) => s.primaryType === "EncryptionKeyDerivation");
  assert.equal(derivation.length, 1, "one signature derives the key");
  await page.getByTestId("register-step").waitFor();
  await shot("r01-key");

  // Register without ETH: a forward request the relayer submits. Not verified yet.
  await page.getByRole("button", { name: "Register as a researcher without ETH" }).click();
  const verification = page.getByTestId("verification");
  await verification.waitFor({ timeout: 180_000 });
  assert.match(await verification.innerText(), /not yet verified/);
  assert.match(await page.getByTestId("balances").innerText(), /100 MVT/);
  assert.ok(wallet.signed.some((s) => s.primaryType === "ForwardRequest"), "registration was a signed forward request");
  assert.equal(await chain.getBalance({ address: wallet.address }), 0n, "registration cost nothing");
  await shot("r02-registered");

  // The authority attests the account (command line); the page sees it.
  await medvault(stack, ["authority", "attest", "--researcher", wallet.address, "--keystore", authority]);
  await page.getByRole("button", { name: "Check again" }).click();
  await page.getByTestId("verification").filter({ hasText: "Verified researcher" }).waitFor();
  assert.ok(
    await chain.readContract({ address: stack.deployment.contracts.accounts, abi: ACCOUNTS_ABI, functionName: "isVerifiedResearcher", args: [wallet.address] }),
  );

  // Build the criteria in the form: ICD-10-CM E11 and its sub-codes, aged 40 or more.
  const builder = page.getByTestId("open-request");
  const first = builder.getByRole("group", { name: "Criterion 1" });
  await first.getByLabel("Kind").selectOption("condition");
  await first.getByLabel("Code system").selectOption({ label: "ICD-10-CM" });
  await first.getByLabel("Code", { exact: true }).fill("E11");
  await first.getByLabel("Also codes that start with it").check();
  await builder.getByRole("button", { name: "Add a criterion" }).click();
  const second = builder.getByRole("group", { name: "Criterion 2" });
  await second.getByLabel("Kind").selectOption("age");
  await second.getByLabel("Youngest (years)").fill("40");
  const criteria = await page.getByTestId("criteria-json").innerText();
  assert.deepEqual(JSON.parse(criteria), {
    all: [{ condition: { system: "http://hl7.org/fhir/sid/icd-10-cm", code: "E11", prefix: true } }, { age: { min: 40 } }],
  });
  // The terms: the budget shown before signing, against the balance.
  await builder.getByLabel("Price per record (MVT)").fill("2.5");
  await builder.getByLabel("Most records bought").fill("4");
  await builder.getByLabel("Open for (days)").fill("30");
  assert.match(await page.getByTestId("budget").innerText(), /Budget escrowed now: 10 MVT .* of your 100 MVT/);
  await shot("r03-criteria");

  // Declined: a clear message, nothing opened, the button offered again.
  const before = await market("requestCount");
  wallet.rejectNext = 1;
  await builder.getByRole("button", { name: "Sign and open the request" }).click();
  await page.getByRole("alert").filter({ hasText: "You declined the signature in your wallet" }).waitFor({ timeout: 60_000 });
  assert.equal(await market("requestCount"), before, "no request on chain");
  assert.equal(await mvtOf(wallet.address), 100n * MVT, "nothing escrowed");
  assert.ok(await builder.getByRole("button", { name: "Sign and open the request" }).isEnabled());
  await shot("r04-declined");

  // Open it: a permit and a forward request signed, the relayer submits.
  const signedBefore = wallet.signed.length;
  await builder.getByRole("button", { name: "Sign and open the request" }).click();
  const opened = page.getByTestId("opened");
  await opened.waitFor({ timeout: 180_000 });
  const kinds = wallet.signed.slice(signedBefore).map((s) => s.primaryType);
  assert.ok(kinds.includes("Permit"), `a permit was signed: ${kinds}`);
  assert.ok(kinds.includes("ForwardRequest"), `a forward request was signed: ${kinds}`);
  const id = BigInt((await opened.innerText()).match(/Request #(\d+)/)[1]);
  assert.equal(await market("requestCount"), before + 1n);
  const onChain = await market("request", [id]);
  assert.equal(onChain.researcher, wallet.address);
  assert.equal(onChain.pricePerRecord, 25n * MVT / 10n);
  assert.equal(onChain.maxRecords, 4);
  assert.equal(await mvtOf(wallet.address), 90n * MVT, "10 MVT escrowed");
  assert.ok((await mvtOf(stack.deployment.contracts.market)) >= 10n * MVT);
  assert.equal(await chain.getBalance({ address: wallet.address }), 0n, "opening cost no ETH");
  assert.match(await opened.innerText(), /10 MVT escrowed/);
  await page.getByTestId("no-deliveries").waitFor({ timeout: 60_000 });
  await shot("r05-opened");

  // A patient's doctor uploads her record (with a marker and her name), and she sells it.
  const marker = `MVMARKER${randomBytes(8).toString("hex").toUpperCase()}`;
  const fixture = JSON.parse(readFileSync(join(ROOT, "fhir/tests/fixtures/synthea_diabetic.json"), "utf8"));
  const condition = fixture.entry.find((e) => e.resource.resourceType === "Condition").resource;
  condition.code.text = `Type 2 diabetes mellitus ${marker}`;
  const person = fixture.entry.find((e) => e.resource.resourceType === "Patient").resource;
  const family = person.name[0].family;
  const given = person.name[0].given[0];
  const { patient, file } = await patientWithRecord(JSON.stringify(fixture), authority);
  const approved = await medvault(stack, ["patient", "approve-trade", "--request", id.toString(), file, "--keystore", patient]);
  assert.ok(approved.deliveryCid, JSON.stringify(approved));

  // The page watches the chain and says when the trade settles; then it lists the delivery.
  await page.getByTestId("new-deliveries").waitFor({ timeout: 120_000 });
  await page.getByRole("button", { name: "Check for deliveries" }).click();
  const row = page.getByTestId("delivery-row");
  await row.first().waitFor({ timeout: 60_000 });
  assert.equal(await page.getByTestId("new-deliveries").count(), 0);
  assert.match(await row.first().innerText(), new RegExp(approved.class.ageBand));
  await shot("r06-deliveries");

  // Fetch and decrypt it: de-identified, rendered, no direct identifier.
  await row.first().getByRole("button", { name: "Fetch and decrypt" }).click();
  const view = page.getByTestId("delivery-view");
  await view.waitFor({ timeout: 120_000 });
  const text = await view.innerText();
  assert.ok(await view.getByRole("heading", { name: "Conditions" }).isVisible(), text);
  assert.match(text, /diabetes/i, "the condition is shown");
  assert.match(await page.getByTestId("delivery-class").innerText(), new RegExp(`age ${approved.class.ageBand}, sex ${approved.class.sex}`));
  assert.doesNotMatch(text, /"resourceType"/, "not a JSON dump");
  for (const name of [family, given]) assert.ok(!text.includes(name), `the delivery names the patient (${name})`);
  assert.ok(!text.includes(person.id), "the delivery carries her record's id");
  await shot("r07-delivery");

  // A dispute needs the market's allowance of the bond: without ETH the page says so.
  await view.getByLabel(/Reason/).fill("the data does not meet the criteria");
  await view.getByRole("button", { name: "Dispute this trade" }).click();
  await page.getByRole("alert").filter({ hasText: "needs ETH" }).waitFor({ timeout: 60_000 });
  assert.equal((await market("request", [id])).openDisputes, 0);
  await shot("r08-dispute-needs-eth");

  // Close the request: the unspent budget comes back, still without ETH.
  const held = await mvtOf(wallet.address);
  await page.getByRole("button", { name: "Close the request and take back the rest" }).click();
  await page.getByTestId("closed").waitFor({ timeout: 180_000 });
  const settled = (await market("request", [id])).settled;
  assert.equal((await market("request", [id])).closed, true);
  assert.equal(await mvtOf(wallet.address), held + (4n - BigInt(settled)) * 25n * MVT / 10n);
  assert.equal(await chain.getBalance({ address: wallet.address }), 0n, "the researcher never needed ETH");
  await shot("r09-closed");

  // Nothing the page sent carries the record's marker, the wallet's key or the derivation signature.
  assert.ok(requests.length > 10, `requests captured: ${requests.length}`);
  const secrets = [marker, privateKey.slice(2), derivation[0].signature.slice(2)];
  for (const r of requests) {
    const all = `${r.url}\n${r.headers}\n${r.body}`.toLowerCase();
    for (const secret of secrets) assert.ok(!all.includes(secret.toLowerCase()), `${r.method} ${r.url} carries a secret`);
  }
  const hosts = new Set(requests.map((r) => new URL(r.url).host));
  assert.ok(hosts.has(new URL(stack.relayerUrl).host), "the page spoke to the relayer");
  assert.ok(hosts.has(new URL(stack.deployment.endpoints.ipfsUrl).host), "the page read from IPFS");
  assert.deepEqual(errors, []);
  await context.close();
  console.log(`researcher journey: ${((Date.now() - started) / 1000).toFixed(0)} s`);
});
