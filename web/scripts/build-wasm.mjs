// Builds medvault-web (web/wasm) for the browser: cargo's build for wasm32, then wasm-bindgen's
// `--target web` glue into web/wasm/pkg (what the page imports and the Node tests load).
// wasm-bindgen-cli is the one scripts/setup installed into tools/wasm-bindgen, of exactly the
// wasm-bindgen crate's version.
//
// The page's build is the size-optimised one `scripts/bench web` chose (docs/CHANGELOG.md, "Web"):
// the workspace's `wasm` profile (release at opt-level "s", one codegen unit, LTO), then
// binaryen's `wasm-opt -Oz` (tools/binaryen, from scripts/setup).
//
//   node scripts/build-wasm.mjs [--profile NAME] [--no-wasm-opt] [--out DIR]
//
// `--profile release --no-wasm-opt` is the plain release build; scripts/bench builds each variant
// into its own DIR and measures them side by side. DIR/build.json records how long the build took.
import { execFileSync } from "node:child_process";
import { existsSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const opts = { profile: "wasm", wasmOpt: true, out: join(root, "web/wasm/pkg") };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === "--profile") opts.profile = argv[++i];
  else if (argv[i] === "--no-wasm-opt") opts.wasmOpt = false;
  else if (argv[i] === "--out") opts.out = resolve(argv[++i]);
  else {
    console.error(`error: unexpected argument ${argv[i]}: [--profile NAME] [--no-wasm-opt] [--out DIR]`);
    process.exit(1);
  }
}
const target = process.env.CARGO_TARGET_DIR ? resolve(process.env.CARGO_TARGET_DIR) : join(root, "target");
const tool = (path, what) => {
  const bin = join(root, path);
  if (!existsSync(bin)) {
    console.error(`error: ${bin} is missing: run scripts/setup (it installs ${what})`);
    process.exit(1);
  }
  return bin;
};
const bindgen = tool("tools/wasm-bindgen/bin/wasm-bindgen", "wasm-bindgen-cli");
const wasmOpt = opts.wasmOpt ? tool("tools/binaryen/node_modules/.bin/wasm-opt", "binaryen") : null;
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: "inherit" });

const since = (t) => Number(process.hrtime.bigint() - t) / 1e9;
const started = process.hrtime.bigint();
run("cargo", ["build", "-p", "medvault-web", "--target", "wasm32-unknown-unknown", "--profile", opts.profile, "--locked"]);
// cargo puts the release profile's output in release/, another profile's in a folder of its name.
const wasm = join(target, "wasm32-unknown-unknown", opts.profile === "dev" ? "debug" : opts.profile, "medvault_web.wasm");
run(bindgen, ["--target", "web", "--out-dir", opts.out, wasm]);
const module = join(opts.out, "medvault_web_bg.wasm");
const cargoSeconds = since(started);
const optStarted = process.hrtime.bigint();
if (wasmOpt) {
  // The features rustc's wasm32 target enables; wasm-opt must keep to the same.
  run(wasmOpt, [
    "-Oz",
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
    module,
    "-o",
    module,
  ]);
}
const wasmOptSeconds = wasmOpt ? since(optStarted) : 0;
const seconds = since(started);
const describe = `profile ${opts.profile}${wasmOpt ? " + wasm-opt -Oz" : ""}`;
// The cargo part depends on what the target folder already held (cargo builds only what changed).
const build = { profile: opts.profile, wasmOpt: !!wasmOpt, seconds, cargoSeconds, wasmOptSeconds, describe };
writeFileSync(join(opts.out, "build.json"), `${JSON.stringify(build)}\n`);
const size = statSync(module).size;
console.log(`${opts.out}: medvault_web_bg.wasm ${(size / 1024).toFixed(0)} KiB (${describe}, ${seconds.toFixed(0)} s)`);
