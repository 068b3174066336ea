// The patient's journey in headless Chromium against the real local stack (`medvault dev`: anvil,
// IPFS, the contracts, three key nodes, the relayer), with a test wallet injected as an EIP-1193
// provider: connect (adding and switching to the local chain), derive the key (after a declined
// signature that leaves nothing behind), register without ETH, see the record a doctor uploaded
// with the command line, open it rendered (with its version history), verify it against the
// chain; grant a second doctor her conditions in the page (after a declined signature that grants
// nothing) so that doctor's command-line read succeeds, revoke it so the same read is refused, see
// both reads in the access log; a lab opens a research request her record meets, she sees exactly
// what would be shared, approves (one Sale signature), the trade is on-chain, the chain moves past
// the dispute window and she claims her payout; the notification feed keeps its items and their
// seen state across a reload; disconnect. Every request
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
  // Research deliveries are released from classes of one (as in cli/tests/e2e.rs), so one
  // patient completes a trade.
  process.env.MEDVAULT_MARKET_K = "1";
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
const MARKET_ABI = parseAbi([
  "function trade(uint256 requestId, address seller) view returns ((uint96 payout, uint64 releaseAt, uint8 status))",
  "function disputeWindow() view returns (uint64)",
]);
const TOKEN_ABI = parseAbi(["function balanceOf(address) view returns (uint256)"]);
// The researcher's criteria: adults over 40 with type 2 diabetes (the demo's; the fixture meets them).
const CRITERIA = '{"all":[{"condition":{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"E11","prefix":true}},{"age":{"min":40}}]}';
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
  return { doctorAddress, authority, id: uploaded.records[0].id };
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
  const { doctorAddress, authority, id } = await doctorUploads(privateKey, JSON.stringify(fixture));

  // Her records list: anchored, written by a certified provider.
  await page.getByRole("button", { name: "Refresh", exact: true }).click();
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
  assert.match(await view.getByTestId("versions").innerText(), /Version 1 \(record #\d+\), anchored in block \d+\s*shown/);
  await shot("07-record");

  // Verify against the chain.
  await view.getByRole("button", { name: "Verify against the chain" }).click();
  const verified = page.getByTestId("verified");
  await verified.waitFor({ timeout: 120_000 });
  assert.match(await verified.innerText(), /anchored in RecordRegistry in block \d+/);
  assert.match(await verified.innerText(), /certified provider/);
  await shot("08-verified");

  // ---- Consents: grant a second doctor her conditions, read, for 30 days; revoke it. ----
  const doctor2Key = devKey(3);
  const doctor2 = await keystore(stack, "doctor2", doctor2Key);
  const doctor2Address = privateKeyToAccount(doctor2Key).address;
  await medvault(stack, ["provider", "register", "--keystore", doctor2]);
  await medvault(stack, ["provider", "stake", "--keystore", doctor2]);
  await medvault(stack, ["authority", "certify", "--provider", doctor2Address, "--keystore", authority]);
  const copy = join(stack.dir, "doctor2-copy.json");
  const doctor2Reads = () => medvault(stack, ["provider", "read", "--id", String(id), "--out", copy, "--keystore", doctor2]);

  // The consents she gave: the doctor's WRITE on conditions (given with the command line).
  await page.getByRole("heading", { name: "Consents you gave" }).scrollIntoViewIfNeeded();
  const consents = page.getByTestId("consents");
  await consents.getByRole("button", { name: "Refresh consents" }).click();
  await consents.getByTestId(`consent-${doctorAddress.toLowerCase()}-category-3`).waitFor({ timeout: 120_000 });
  assert.match(await consents.innerText(), /all conditions records\s+write\s+\d{4}-\d{2}-\d{2}/);
  await page.getByTestId("access-requests").getByText("No one is asking for access.").waitFor({ timeout: 60_000 });
  await shot("11-consents");

  // A declined signature on grant: a clear message, no consent in the list or on the chain.
  const grantForm = page.getByTestId("grant");
  await grantForm.getByLabel("Grantee (account address)").fill(doctor2Address);
  await grantForm.getByLabel("Category", { exact: true }).selectOption("conditions");
  await grantForm.getByLabel("Access", { exact: true }).selectOption("read");
  await grantForm.getByLabel("Days").fill("30");
  wallet.rejectNext = 1;
  await grantForm.getByRole("button", { name: "Grant access" }).click();
  await grantForm.getByRole("alert").filter({ hasText: "You declined the signature in your wallet" }).waitFor({ timeout: 60_000 });
  const doctor2Row = consents.getByTestId(`consent-${doctor2Address.toLowerCase()}-category-3`);
  assert.equal(await doctor2Row.count(), 0, "no consent listed after a declined signature");
  await assert.rejects(doctor2Reads(), "a declined grant gives the doctor nothing");
  await shot("12-grant-declined");

  // Grant: the doctor reads the record with the command line.
  await grantForm.getByRole("button", { name: "Grant access" }).click();
  await grantForm.getByTestId("consent-done").waitFor({ timeout: 180_000 });
  await doctor2Row.waitFor({ timeout: 120_000 });
  assert.match(await doctor2Row.innerText(), /all conditions records\s+read\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
  const read = await doctor2Reads();
  assert.ok(readFileSync(copy, "utf8").includes(marker), `the granted doctor reads the record: ${JSON.stringify(read)}`);
  await shot("13-granted");

  // Revoke in the page: the same read is refused.
  await doctor2Row.getByRole("button", { name: /^Revoke/ }).click();
  await page.getByTestId("consent-done").filter({ hasText: "Revoked" }).waitFor({ timeout: 180_000 });
  await doctor2Row.getByText("revoked").waitFor({ timeout: 60_000 });
  await assert.rejects(doctor2Reads(), /refus|not|denied|consent/i, "the revoked doctor is refused");
  assert.equal(await chain.getBalance({ address: wallet.address }), 0n, "consents cost her nothing");
  await shot("14-revoked");

  // The access log: the doctor's reads, each logged by the key nodes.
  const accessLog = page.getByTestId("access-log");
  await accessLog.getByRole("button", { name: "Show the access log" }).click();
  const doctor2Logged = accessLog.getByTestId(`read-${doctor2Address.toLowerCase()}`);
  await doctor2Logged.first().waitFor({ timeout: 120_000 });
  const logText = await accessLog.innerText();
  assert.match(logText, /released/);
  assert.match(logText, /\d key nodes/);
  await shot("15-access-log");

  // ---- Research: a lab opens a request her record meets; she approves, then claims. ----
  const labKey = devKey(4);
  const lab = await keystore(stack, "lab", labKey);
  const labAddress = privateKeyToAccount(labKey).address;
  await medvault(stack, ["dev", "faucet", labAddress, "--mvt", "100", "--eth", "1"]);
  await medvault(stack, ["researcher", "register", "--keystore", lab]);
  await medvault(stack, ["authority", "attest", "--researcher", labAddress, "--keystore", authority]);
  const opened = await medvault(stack, [
    "researcher", "request", "open", "--criteria", writeFile(stack, "criteria.json", CRITERIA),
    "--price", "2", "--max", "5", "--days", "30", "--keystore", lab,
  ]);
  const request = String(opened.request);

  const balances = page.getByTestId("balances");
  await balances.getByTestId("mvt-total").waitFor({ timeout: 120_000 });
  assert.equal(await balances.getByTestId("mvt-total").innerText(), "0 MVT");
  const research = page.getByTestId("research");
  await research.getByRole("button", { name: "Check research requests" }).click();
  const offer = research.getByTestId(`research-${request}`);
  await offer.waitFor({ timeout: 240_000 });
  const offerText = await offer.innerText();
  assert.match(offerText, /Your records match/);
  assert.match(offerText, /2 MVT per patient/);
  const shared = offer.getByTestId("shared");
  assert.ok(await shared.getByRole("heading", { name: "Conditions" }).isVisible(), "what is shared is shown");
  await shared.getByText("The exact data (FHIR JSON)").click();
  const sharedJson = await shared.locator("pre").innerText();
  assert.match(sharedJson, /ANONYED/, "the shared view is the de-identified bundle");
  for (const name of ["Quintero-Vance", "Brandvold", "Marisol"]) {
    assert.ok(!sharedJson.includes(name) && !(await shared.innerText()).includes(name), `the shared view names ${name}`);
  }
  await shot("16-research");

  // Approve: one Sale signature; the relayer settles the trade on-chain (class of one).
  const salesBefore = wallet.signed.filter((s) => s.primaryType === "Sale").length;
  await offer.getByRole("button", { name: /^Approve and share/ }).click();
  await research.getByTestId("approved").waitFor({ timeout: 240_000 });
  assert.equal(wallet.signed.filter((s) => s.primaryType === "Sale").length - salesBefore, 1, "one Sale signature");
  // The relayer settles the trade in its own transaction: she refreshes until it shows.
  const tradeRow = balances.getByTestId(`trade-${request}`);
  for (let i = 0; i < 30 && !(await tradeRow.isVisible()); i++) {
    await balances.getByRole("button", { name: "Refresh balance" }).click();
    await tradeRow.waitFor({ timeout: 4_000 }).catch(() => {});
  }
  await tradeRow.waitFor({ timeout: 10_000 });
  const seller = await tradeRow.getAttribute("data-seller");
  const market = stack.deployment.contracts.market;
  let onChain;
  for (let i = 0; i < 120; i++) {
    onChain = await chain.readContract({ address: market, abi: MARKET_ABI, functionName: "trade", args: [BigInt(request), seller] });
    if (onChain.status !== 0) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  assert.equal(onChain.status, 1, "the delivery is a pending trade on-chain for the request");
  const token = stack.deployment.contracts.token;
  const balanceOf = (address) => chain.readContract({ address: token, abi: TOKEN_ABI, functionName: "balanceOf", args: [address] });
  const before = await balanceOf(seller);
  await shot("17-approved");

  // Before the dispute window ends, a claim says until when.
  await tradeRow.getByRole("button", { name: "Claim" }).click();
  await balances.getByRole("alert").filter({ hasText: /dispute window is still open: the payment can be claimed from \d{4}-\d{2}-\d{2}/ }).waitFor({ timeout: 60_000 });

  // The chain moves past the dispute window; she claims in the page.
  const disputeWindow = await chain.readContract({ address: market, abi: MARKET_ABI, functionName: "disputeWindow" });
  await chain.request({ method: "evm_increaseTime", params: [Number(disputeWindow) + 1] });
  await chain.request({ method: "evm_mine", params: [] });
  await tradeRow.getByRole("button", { name: "Claim" }).click();
  await balances.getByTestId("claimed").waitFor({ timeout: 180_000 });
  const after = await balanceOf(seller);
  assert.equal(after - before, BigInt(onChain.payout), "the payout reached her one-time address");
  assert.ok(BigInt(onChain.payout) > 0n && BigInt(onChain.payout) <= 2n * 10n ** 18n, `payout ${onChain.payout} is the price less the market fee`);
  await tradeRow.getByText("paid").waitFor({ timeout: 60_000 });
  const payoutText = await tradeRow.getByTestId(`trade-balance-${request}`).innerText();
  assert.match(payoutText, /^\d+(\.\d+)? MVT$/);
  assert.notEqual(await balances.getByTestId("mvt-total").innerText(), "0 MVT");
  assert.equal(await chain.getBalance({ address: wallet.address }), 0n, "trading cost her no ETH");
  await shot("18-claimed");

  // ---- Notifications: the record, the delivery, the payment and a break-glass access; one marked
  // seen survives a reload. ----
  const doctor = join(stack.dir, "doctor.json");
  const glass = await medvault(stack, ["provider", "break-glass", "--patient", wallet.address, "--reason", "7", "--keystore", doctor]);
  const feed = page.getByTestId("notifications");
  await feed.getByRole("button", { name: "Check for new" }).click();
  await feed.getByTestId(new RegExp("^feed-emergency:")).waitFor({ timeout: 60_000 });
  assert.match(await feed.innerText(), /Break-glass access to your records by 0x/, JSON.stringify(glass));
  await feed.getByTestId(`feed-record:${id}`).waitFor();
  await feed.getByTestId(new RegExp(`^feed-trade:${request}:.*:paid$`)).waitFor({ timeout: 60_000 });
  await feed.getByTestId(`feed-record:${id}`).getByRole("button", { name: /^Mark as seen/ }).click();
  const feedState = async () =>
    feed.locator("li").evaluateAll((items) => items.map((li) => `${li.dataset.testid}=${li.dataset.seen}`).sort());
  const shown = await feedState();
  assert.ok(shown.includes(`feed-record:${id}=true`), shown.join(", "));
  assert.ok(shown.some((s) => new RegExp(`^feed-trade:${request}:.*:paid=false$`).test(s)), shown.join(", "));
  await shot("19-notifications");
  const stored = await page.evaluate(() => Object.entries(localStorage).map(([k, v]) => `${k}=${v}`).join("\n"));
  assert.ok(!stored.includes(marker) && !stored.includes(privateKey.slice(2)), "the feed stores metadata only");
  await page.reload();
  // The wallet may reconnect by itself; if the page asks, she connects again.
  const connect = page.getByRole("button", { name: "Connect medvault test wallet" });
  const feedShown = () => page.getByTestId("notifications").waitFor({ timeout: 20_000 }).then(() => true, () => false);
  if (!(await feedShown())) {
    await connect.click({ timeout: 20_000 });
    await page.getByTestId("notifications").waitFor({ timeout: 60_000 });
  }
  assert.deepEqual(await feedState(), shown, "the feed after a reload: the same items, seen and unseen as before");
  await shot("20-notifications-reloaded");

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
