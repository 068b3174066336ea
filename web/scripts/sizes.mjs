// The built page's weight: the WebAssembly module and the JavaScript bundle, raw and gzip-compressed
// (what a static host serves). Aims (issue 21): ≤ 1.5 MB and ≤ 500 KB compressed.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const assets = join(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "../dist/assets");
const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
const total = { wasm: [0, 0], js: [0, 0] };
for (const name of readdirSync(assets)) {
  const kind = name.endsWith(".wasm") ? "wasm" : name.endsWith(".js") ? "js" : null;
  if (!kind) continue;
  const bytes = readFileSync(join(assets, name));
  total[kind][0] += statSync(join(assets, name)).size;
  total[kind][1] += gzipSync(bytes, { level: 9 }).length;
}
console.log(`WebAssembly module: ${kib(total.wasm[0])} (${kib(total.wasm[1])} gzip)`);
console.log(`JavaScript bundle:  ${kib(total.js[0])} (${kib(total.js[1])} gzip)`);
