// The wallet under the page changes: the user picks another account, moves the wallet to another
// chain, or disconnects from the wallet's side. Each time the page follows at once, shows whose
// session it is, and keeps nothing of the last one: the derived encryption key is dropped (the
// next account derives its own), and a wrong chain shows the switch screen with no data. The page
// is the one `medvault dev` serves.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";

import { launch, screenshotter } from "./lib/browser.mjs";
import { startStack } from "./lib/stack.mjs";
import { injectWallet } from "./lib/wallet.mjs";
import { ROOT } from "./lib/wasm.mjs";

const OUT = process.env.MEDVAULT_WEB_TEST_OUT ?? join(ROOT, "target/web-test");

let stack;
let browser;

before(async () => {
  mkdirSync(OUT, { recursive: true });
  stack = await startStack(OUT);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await stack?.stop();
});

test("switching accounts, chains and disconnecting in the wallet leaves nothing of the last session", { timeout: 300_000 }, async () => {
  const chainId = stack.deployment.chain_id;
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const first = generatePrivateKey();
  const second = generatePrivateKey();
  const wallet = await injectWallet(page, { privateKey: first, rpcUrl: stack.deployment.endpoints.rpcUrl, chainId });
  const shot = screenshotter(page, OUT);
  // The page as `medvault dev` serves it, with its deployment file beside it.
  const served = await (await fetch(new URL("deployment.json", stack.webUrl))).json();
  assert.deepEqual(served, stack.deployment, "medvault dev serves its own deployment file");
  await page.goto(stack.webUrl);

  await page.getByRole("button", { name: "Connect medvault test wallet" }).click();
  await page.getByRole("button", { name: "Derive my encryption key" }).click();
  await page.getByTestId("key-ready").waitFor();
  const firstKey = await page.getByTestId("key-ready").innerText();
  assert.equal(await page.getByTestId("account").innerText(), privateKeyToAccount(first).address);

  // Another account picked in the wallet: the page is that account's, with no key derived.
  await wallet.switchAccount(second);
  await page.getByTestId("account").filter({ hasText: privateKeyToAccount(second).address }).waitFor();
  await page.getByRole("button", { name: "Derive my encryption key" }).waitFor();
  assert.equal(await page.getByTestId("key-ready").count(), 0, "the first account's key was dropped");
  await shot("w1-account-switched");
  await page.getByRole("button", { name: "Derive my encryption key" }).click();
  await page.getByTestId("key-ready").waitFor();
  const secondKey = await page.getByTestId("key-ready").innerText();
  assert.notEqual(secondKey, firstKey, "each account derives its own key");
  const derived = wallet.signed.filter((s) => s.primaryType === "EncryptionKeyDerivation");
  assert.equal(derived.length, 2);

  // The wallet moved to another chain: the switch screen, and no session behind it.
  wallet.chainId = 1;
  await wallet.emit("chainChanged", "0x1");
  await page.getByRole("heading", { name: "Wrong network" }).waitFor();
  assert.equal(await page.getByTestId("key-ready").count(), 0);
  await shot("w2-chain-changed");
  await page.getByRole("button", { name: /Switch to/ }).click();
  await page.getByRole("button", { name: "Derive my encryption key" }).waitFor();
  assert.equal(await page.getByTestId("key-ready").count(), 0, "back on the chain, the key must be derived again");

  // Disconnected from the wallet's side (it revoked the site): back to Connect.
  wallet.authorized = false;
  await wallet.emit("accountsChanged", []);
  await page.getByRole("heading", { name: "Connect your wallet" }).waitFor();
  assert.equal(await page.getByTestId("account").count(), 0);
  await shot("w3-wallet-disconnected");
  assert.deepEqual(errors, []);
  await context.close();
});
