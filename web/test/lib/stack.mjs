// The real local stack for the browser tests: `medvault dev` (anvil, an IPFS node, the deployed
// contracts, three key nodes and the relayer) on free ports, the built page served beside a
// deployment file, and the `medvault` command line for what a doctor does.
import { spawn, execFile } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, readFileSync, writeFileSync, createWriteStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { createServer as netServer } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { promisify } from "node:util";

import { ROOT } from "./wasm.mjs";

const run = promisify(execFile);
export const PASSWORD = "browser tests only";

/** The `medvault` binary: MEDVAULT_BIN, or the debug build in the cargo target dir. */
export function medvaultBin() {
  const bin =
    process.env.MEDVAULT_BIN ?? join(process.env.CARGO_TARGET_DIR ?? join(ROOT, "target"), "debug/medvault");
  if (!existsSync(bin)) throw new Error(`${bin} is missing: build it (cargo build -p medvault) or set MEDVAULT_BIN`);
  return bin;
}

/** A port free on 127.0.0.1 now. */
export async function freePort() {
  const server = netServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address();
  server.close();
  await once(server, "close");
  return port;
}

async function waitFor(what, check, timeoutMs, proc) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (proc && proc.exitCode !== null) throw new Error(`${what}: the process exited (${proc.exitCode})`);
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what}: not ready after ${timeoutMs / 1000} s`);
}

/**
 * Starts `medvault dev` with its relayer and its web page (web/dist) on free ports and its
 * deployment file in a fresh folder; resolves once the relayer answers. `stop()` ends it (Ctrl-C: it stops the relayer, the
 * key nodes, the chain and the IPFS node).
 */
export async function startStack(outDir) {
  const dir = mkdtempSync(join(tmpdir(), "medvault-web-test-"));
  const deploymentPath = join(dir, "local.json");
  const listen = `127.0.0.1:${await freePort()}`;
  const web = `127.0.0.1:${await freePort()}`;
  const log = createWriteStream(join(outDir, "medvault-dev.log"));
  const proc = spawn(medvaultBin(), ["dev", "--listen", listen, "--deployment", deploymentPath, "--web", join(ROOT, "web/dist"), "--web-listen", web], {
    cwd: ROOT,
    env: { ...process.env, MEDVAULT_ROOT: ROOT, RUST_LOG: process.env.RUST_LOG ?? "warn", NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  proc.stdout.pipe(log);
  proc.stderr.pipe(log);
  const relayerUrl = `http://${listen}`;
  const stop = async () => {
    if (proc.exitCode !== null) return;
    process.kill(-proc.pid, "SIGINT");
    const exited = once(proc, "exit");
    const timer = setTimeout(() => proc.exitCode === null && process.kill(-proc.pid, "SIGKILL"), 20_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitFor("medvault dev's deployment file", () => existsSync(deploymentPath), 300_000, proc);
    await waitFor("the relayer", async () => (await fetch(`${relayerUrl}/health`)).ok, 120_000, proc);
  } catch (e) {
    await stop();
    throw new Error(`${e.message}; see ${join(outDir, "medvault-dev.log")}`);
  }
  const deployment = JSON.parse(readFileSync(deploymentPath, "utf8"));
  // The page as `medvault dev` serves it, when web/dist is built.
  const webUrl = `http://${web}/`;
  return { dir, deploymentPath, deployment, relayerUrl, webUrl, stop };
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

/**
 * Serves the built page (web/dist) as a static host would, with a deployment file beside it:
 * `/` with `deployment`, and `/<name>/` with `variants[name]` (a page whose deployment names,
 * say, a relayer that is down).
 */
export async function servePage(distDir, deployment, variants = {}) {
  if (!existsSync(join(distDir, "index.html"))) throw new Error(`${distDir} is not built: run \`npm run build\` in web/`);
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let served = deployment;
    for (const [name, d] of Object.entries(variants)) {
      if (path.startsWith(`/${name}/`)) {
        path = path.slice(name.length + 1);
        served = d;
      }
    }
    if (path === "/deployment.json") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(served));
      return;
    }
    const file = normalize(join(distDir, path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(distDir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404);
      res.end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

/** Runs `medvault … --json` against the stack; the parsed answer. */
export async function medvault(stack, args, env = {}) {
  const base = { ...process.env };
  delete base.MEDVAULT_KEYSTORE;
  delete base.MEDVAULT_SPONSOR_KEYSTORE;
  try {
    const { stdout } = await run(medvaultBin(), [...args, "--json"], {
      cwd: stack.dir,
      env: { ...base, MEDVAULT_DEPLOYMENT: stack.deploymentPath, MEDVAULT_PASSWORD: PASSWORD, NO_COLOR: "1", ...env },
      timeout: 300_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    return JSON.parse(stdout.trim());
  } catch (e) {
    throw new Error(`medvault ${args.join(" ")} failed: ${e.stderr ?? e.message}`);
  }
}

/** A keystore of `privateKey` (light KDF) in the stack's folder; its path. */
export async function keystore(stack, name, privateKey) {
  const path = join(stack.dir, `${name}.json`);
  await medvault(stack, ["account", "import", "--light-kdf", "--keystore", path], { MEDVAULT_PRIVATE_KEY: privateKey });
  return path;
}

export function writeFile(stack, name, text) {
  const path = join(stack.dir, name);
  writeFileSync(path, text);
  return path;
}
