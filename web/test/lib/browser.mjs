// Debian's chromium driven by playwright-core (the `playwright` package's browser download does
// not work offline), with the flags that keep it quiet on a closed network.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

import { assertAccessible } from "./axe.mjs";

export const CHROMIUM = process.env.MEDVAULT_CHROMIUM ?? "/usr/bin/chromium";

export async function launch() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: run scripts/setup (it installs Debian's chromium) or set MEDVAULT_CHROMIUM`);
  }
  // playwright gives each launch a fresh profile (its own --user-data-dir in a temp folder).
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Records every request a page makes, with its headers and body. */
export function captureRequests(page) {
  const requests = [];
  page.on("request", (r) => {
    const body = r.postDataBuffer();
    requests.push({
      method: r.method(),
      url: r.url(),
      headers: JSON.stringify(r.headers()),
      body: body ? body.toString("latin1") : "",
    });
  });
  return requests;
}

/**
 * `shot(name)`: a full-page screenshot of the screen as it is, to `<outDir>/screenshots/<name>.png`,
 * and an axe-core check of it (./axe.mjs): every screen a test shows is also checked for
 * accessibility.
 */
export function screenshotter(page, outDir) {
  const dir = join(outDir, "screenshots");
  mkdirSync(dir, { recursive: true });
  return async (name) => {
    await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
    await assertAccessible(page, name, outDir);
  };
}
