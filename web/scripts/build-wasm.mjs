// Builds medvault-web (web/wasm) for the browser: cargo's release build for wasm32, then
// wasm-bindgen's `--target web` glue into web/wasm/pkg (what the page imports and the Node tests
// load). wasm-bindgen-cli is the one scripts/setup installed into tools/wasm-bindgen, of exactly
// the wasm-bindgen crate's version.
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const target = process.env.CARGO_TARGET_DIR ? resolve(process.env.CARGO_TARGET_DIR) : join(root, "target");
const bindgen = join(root, "tools/wasm-bindgen/bin/wasm-bindgen");
if (!existsSync(bindgen)) {
  console.error(`error: ${bindgen} is missing: run scripts/setup (it installs wasm-bindgen-cli)`);
  process.exit(1);
}
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: "inherit" });
run("cargo", ["build", "-p", "medvault-web", "--target", "wasm32-unknown-unknown", "--release", "--locked"]);
const wasm = join(target, "wasm32-unknown-unknown/release/medvault_web.wasm");
const out = join(root, "web/wasm/pkg");
run(bindgen, ["--target", "web", "--out-dir", out, wasm]);
const size = statSync(join(out, "medvault_web_bg.wasm")).size;
console.log(`web/wasm/pkg: medvault_web_bg.wasm ${(size / 1024).toFixed(0)} KiB`);
