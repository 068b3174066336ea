// The built page's weight: the WebAssembly module and the JavaScript bundle, raw and gzip-compressed
// (what a static host serves). Aims (issue 21): ≤ 1.5 MB and ≤ 500 KB compressed.
// `node scripts/sizes.mjs` prints web/dist's; scripts/bench.mjs imports `sizes` and `fileSize`.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export const AIMS = { wasm: 1.5e6, js: 500e3 };
export const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;

/** One file's size: `[raw, gzip -9]` bytes. */
export function fileSize(path) {
  const bytes = readFileSync(path);
  return [bytes.length, gzipSync(bytes, { level: 9 }).length];
}

/** The .wasm and .js files of a built page's assets folder, summed: `{wasm: [raw, gz], js: [raw, gz]}`. */
export function sizes(assets) {
  const total = { wasm: [0, 0], js: [0, 0] };
  for (const name of readdirSync(assets)) {
    const kind = name.endsWith(".wasm") ? "wasm" : name.endsWith(".js") ? "js" : null;
    if (!kind) continue;
    const [raw, gz] = fileSize(join(assets, name));
    total[kind][0] += raw;
    total[kind][1] += gz;
  }
  return total;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const total = sizes(join(import.meta.dirname, "../dist/assets"));
  console.log(`WebAssembly module: ${kib(total.wasm[0])} (${kib(total.wasm[1])} gzip)`);
  console.log(`JavaScript bundle:  ${kib(total.js[0])} (${kib(total.js[1])} gzip)`);
}
