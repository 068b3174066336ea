// Loads the SDK's WebAssembly build (web/wasm/pkg, `npm run wasm`) in Node.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const PKG = `${ROOT}/web/wasm/pkg`;

export async function loadWasm() {
  if (!existsSync(`${PKG}/medvault_web_bg.wasm`)) {
    throw new Error(`${PKG} is not built: run \`npm run wasm\` in web/ first`);
  }
  const sdk = await import(`${PKG}/medvault_web.js`);
  sdk.initSync({ module: readFileSync(`${PKG}/medvault_web_bg.wasm`) });
  return sdk;
}
