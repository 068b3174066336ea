// The web page's speed and size, measured beside their references in one run (`scripts/bench web`).
//
//   node web/scripts/bench.mjs FIXTURE.json [--runs N] [--loads N] [--variant NAME=PKG_DIR]...
//
// FIXTURE.json is what `cargo run --release -p medvault-web --example bench_fixture` writes: a
// sealed 200-resource record with its leaf, proof and root, and the native times of the same steps.
// For each variant (a wasm-bindgen output folder; default: web/wasm/pkg), this serves the folder and
// a small bench page (web/scripts/bench.html) on a free port, and in Debian's headless chromium:
//   - load: the module's first load + instantiate, in a fresh browser context each time (no cache);
//   - open, verify, render, dom: openWithReaderSecret, verifyRecord, renderFhir and the record's DOM
//     as the patient's screen lays it out, timed in the page over N runs after a warm-up, the
//     variants' runs interleaved so that the machine's load falls on all of them alike.
// Then one table: each step's native p50 beside each variant's browser p50/p95 and the aim; each
// variant's .wasm raw and gzip -9 (and its build time, from build.json beside it, which
// scripts/build-wasm.mjs writes); web/dist's JavaScript bundle.
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { once } from "node:events";
import { extname, join, normalize, resolve } from "node:path";

import { launch } from "../test/lib/browser.mjs";
import { AIMS, fileSize, kib, sizes } from "./sizes.mjs";

const WEB = resolve(import.meta.dirname, "..");
const AIM_MS = 300;
const WARMUP = 3;

function parseArgs(argv) {
  const opts = { fixture: null, runs: 30, loads: 5, variants: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--runs") opts.runs = Number(argv[++i]);
    else if (a === "--loads") opts.loads = Number(argv[++i]);
    else if (a === "--variant") {
      const [name, dir] = argv[++i].split("=");
      opts.variants.push({ name, dir: resolve(dir) });
    } else if (!opts.fixture) opts.fixture = a;
    else throw new Error(`unexpected argument ${a}`);
  }
  if (!opts.fixture) throw new Error("usage: node web/scripts/bench.mjs FIXTURE.json [--runs N] [--loads N] [--variant NAME=PKG_DIR]...");
  if (!(opts.runs > 0 && opts.loads > 0)) throw new Error("--runs and --loads take a positive number");
  if (opts.variants.length === 0) opts.variants.push({ name: "pkg", dir: join(WEB, "wasm/pkg") });
  for (const v of opts.variants) {
    if (!/^[\w.+-]+$/.test(v.name ?? "") || !v.dir) throw new Error(`--variant takes NAME=PKG_DIR, not ${v.name}`);
    if (!existsSync(join(v.dir, "medvault_web_bg.wasm"))) throw new Error(`${v.dir} holds no medvault_web_bg.wasm: build it with scripts/build-wasm.mjs`);
    const info = join(v.dir, "build.json");
    v.build = existsSync(info) ? JSON.parse(readFileSync(info, "utf8")) : null;
  }
  return opts;
}

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css" };

/** Serves the bench page, the page's styles and each variant's folder under /pkg/NAME/. */
async function serve(variants) {
  const files = { "/": join(WEB, "scripts/bench.html"), "/styles.css": join(WEB, "src/styles.css") };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = files[path];
    const m = path.match(/^\/pkg\/([^/]+)(\/.*)$/);
    const variant = m && variants.find((v) => v.name === m[1]);
    if (variant) {
      file = normalize(join(variant.dir, m[2]));
      if (!file.startsWith(variant.dir)) file = null;
    }
    if (!file || !existsSync(file)) {
      res.writeHead(404);
      res.end("not found");
      return;
    }
    // Cross-origin isolated: performance.now() at its finest resolution.
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cross-origin-opener-policy": "same-origin",
      "cross-origin-embedder-policy": "require-corp",
    });
    res.end(readFileSync(file));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
}

/** The `p`th percentile (nearest rank) of `xs`. */
function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length, Math.max(1, Math.ceil((s.length * p) / 100))) - 1];
}

const ms = (x) => (x === undefined ? "—" : x < 10 ? x.toFixed(2) : x.toFixed(1));
const pad = (cells, widths) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const fixture = JSON.parse(readFileSync(opts.fixture, "utf8"));
  const server = await serve(opts.variants);
  const browser = await launch();
  const version = browser.version();
  try {
    // The module's first load, each in a fresh context (an empty cache), variants alternating.
    for (const v of opts.variants) v.loads = [];
    for (let i = 0; i < opts.loads; i++) {
      for (const v of opts.variants) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(server.url);
        await page.waitForFunction(() => window.benchReady);
        v.loads.push(await page.evaluate((name) => window.loadModule(name), v.name));
        await context.close();
      }
    }
    // The record: one page per variant, runs interleaved in rounds of 5.
    for (const v of opts.variants) {
      v.context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      v.page = await v.context.newPage();
      v.page.on("pageerror", (e) => console.error(`${v.name}: ${e.message}`));
      await v.page.goto(server.url);
      await v.page.waitForFunction(() => window.benchReady);
      await v.page.evaluate((name) => window.loadModule(name), v.name);
      await v.page.evaluate(({ f, warmup }) => window.measure(f, warmup, 1), { f: fixture, warmup: WARMUP });
      v.times = { open: [], verify: [], render: [], dom: [], total: [] };
    }
    for (let done = 0; done < opts.runs; ) {
      const n = Math.min(5, opts.runs - done);
      for (const v of opts.variants) {
        const r = await v.page.evaluate(({ f, n }) => window.measure(f, 0, n), { f: fixture, n });
        if (r.lines !== fixture.resources - 1) {
          throw new Error(`${v.name}: the record shows ${r.lines} lines, not the ${fixture.resources - 1} resources besides the patient`);
        }
        v.isolated = r.isolated;
        for (const [step, xs] of Object.entries(r.times)) v.times[step].push(...xs);
      }
      done += n;
    }
  } finally {
    await browser.close();
    await server.close();
  }

  // The table.
  const native = fixture.native?.steps ?? {};
  const names = opts.variants.map((v) => v.name);
  const widths = [34, 11, ...names.map((n) => Math.max(15, n.length)), 9];
  console.log(
    `\n${fixture.resources}-resource record: native = this machine's release build, ${fixture.native?.runs ?? "?"} runs; ` +
      `browser = headless Chromium ${version}, ${opts.runs} runs after ${WARMUP} warm-up` +
      `${opts.variants.every((v) => v.isolated) ? "" : " (timer not cross-origin isolated: ~0.1 ms resolution)"}`,
  );
  console.log(pad(["step", "native p50", ...names.map((n) => `${n} p50/p95`), "aim"], widths));
  const rows = [
    ["open (decrypt: unwrap + AES-GCM)", "open"],
    ["verify (leaf hash + Merkle proof)", "verify"],
    ["render (renderFhir + JSON)", "render"],
    ["DOM (RecordView markup + layout)", "dom"],
    ["total", "total", `≤ ${AIM_MS} ms`],
  ];
  for (const [label, step, aim = ""] of rows) {
    const cells = opts.variants.map((v) => `${ms(percentile(v.times[step], 50))} / ${ms(percentile(v.times[step], 95))}`);
    console.log(pad([label, ms(native[step]?.p50), ...cells, aim], widths));
  }
  console.log(pad(["module first load + instantiate", "—", ...opts.variants.map((v) => `${ms(percentile(v.loads, 50))} / ${ms(Math.max(...v.loads))}`), ""], widths));
  console.log(`  (milliseconds; load: p50 / max of ${opts.loads} cold loads)`);

  console.log(`\n${"size (KiB; gzip -9 by Node's zlib)".padEnd(34)} ${"raw".padStart(9)}   ${"gzip -9".padStart(9)}   aim (gzip)`);
  for (const v of opts.variants) {
    const [raw, gz] = fileSize(join(v.dir, "medvault_web_bg.wasm"));
    const b = v.build;
    const built = b
      ? `   ${b.describe}: built in ${b.seconds.toFixed(0)} s${b.cargoSeconds === undefined ? "" : ` (cargo ${b.cargoSeconds.toFixed(0)} s${b.wasmOpt ? `, wasm-opt ${b.wasmOptSeconds.toFixed(0)} s` : ""})`}`
      : "";
    console.log(`${`wasm: ${v.name}`.padEnd(34)} ${kib(raw).padStart(9)}   ${kib(gz).padStart(9)}   ≤ 1.5 MB ${gz <= AIMS.wasm ? "ok" : "OVER"}${built}`);
  }
  const assets = join(WEB, "dist/assets");
  if (existsSync(assets)) {
    const dist = sizes(assets);
    console.log(`${"web/dist JavaScript bundle".padEnd(34)} ${kib(dist.js[0]).padStart(9)}   ${kib(dist.js[1]).padStart(9)}   ≤ 500 KB ${dist.js[1] <= AIMS.js ? "ok" : "OVER"}`);
    console.log(`${"web/dist WebAssembly module".padEnd(34)} ${kib(dist.wasm[0]).padStart(9)}   ${kib(dist.wasm[1]).padStart(9)}   ≤ 1.5 MB ${dist.wasm[1] <= AIMS.wasm ? "ok" : "OVER"}`);
  } else {
    console.log("web/dist is not built (npm run build): no JavaScript bundle to weigh");
  }
}

main().catch((e) => {
  console.error(`error: ${e.message}`);
  process.exit(1);
});
